package io.github.prestashop4j.core.internal;

import java.nio.charset.StandardCharsets;

/** Strict percent-encoding, the one way every client puts a value into a URL. */
public final class PercentEncoding {
  private PercentEncoding() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Encodes a path segment, a query name or a query value: only RFC 3986 unreserved characters stay
   * as they are, everything else (including {@code / [ ] | , % & = + # ! < > ;}, space as {@code
   * %20}) becomes UTF-8 {@code %XX}. Safe in every part of a URL, and read back the same by PHP and
   * by the cloud APIs.
   *
   * @param s the text
   * @return the encoded text
   */
  public static String encode(String s) {
    StringBuilder sb = null;
    byte[] bytes = null;
    for (int i = 0; i < s.length(); i++) {
      if (!unreserved(s.charAt(i))) {
        bytes = s.getBytes(StandardCharsets.UTF_8);
        sb = new StringBuilder(bytes.length * 3);
        break;
      }
    }
    if (sb == null) {
      return s;
    }
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x80 && unreserved((char) c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }
}
