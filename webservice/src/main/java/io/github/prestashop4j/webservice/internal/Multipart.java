package io.github.prestashop4j.webservice.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Encodes one file as a {@code multipart/form-data} body (RFC 7578), the only form PHP fills {@code
 * $_FILES} from. The boundary is random and checked against the content; the file name is escaped
 * so that it cannot end its header line or its quoted string.
 */
public final class Multipart {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] CRLF = {'\r', '\n'};
  // A field name and a media type are sent unquoted or quoted as they are: tokens only.
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

  private Multipart() {}

  /**
   * An encoded body.
   *
   * @param body the bytes to send
   * @param contentType the {@code Content-Type} to send them with, boundary included
   */
  public record Encoded(byte[] body, String contentType) {}

  /**
   * Encodes one file field.
   *
   * @param field the form field name, a token such as {@code image}
   * @param filename the file name; directories are dropped, quotes and line breaks escaped
   * @param contentType the file's media type, {@code type/subtype} without parameters
   * @param content the file
   * @return the body and its content type
   * @throws IllegalArgumentException if the field name or media type is not a plain token
   */
  public static Encoded encode(String field, String filename, String contentType, byte[] content) {
    return encode(field, filename, contentType, content, Multipart::boundary);
  }

  // The boundaries are a parameter so that a test can offer one that the content holds.
  static Encoded encode(
      String field,
      String filename,
      String contentType,
      byte[] content,
      java.util.function.Supplier<String> boundaries) {
    Objects.requireNonNull(content, "content");
    if (field == null || !TOKEN.matcher(field).matches()) {
      throw new IllegalArgumentException("field: must be a token (letters, digits, _ . + -)");
    }
    if (contentType == null || !MEDIA_TYPE.matcher(contentType).matches()) {
      throw new IllegalArgumentException("contentType: must be type/subtype without parameters");
    }
    String boundary = boundaries.get();
    while (BoundedInput.indexOf(content, ("--" + boundary).getBytes(StandardCharsets.US_ASCII))
        >= 0) {
      boundary = boundaries.get();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
    write(out, "--" + boundary);
    out.writeBytes(CRLF);
    write(
        out,
        "Content-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + escapeFilename(filename)
            + "\"");
    out.writeBytes(CRLF);
    write(out, "Content-Type: " + contentType);
    out.writeBytes(CRLF);
    out.writeBytes(CRLF);
    out.writeBytes(content);
    out.writeBytes(CRLF);
    write(out, "--" + boundary + "--");
    out.writeBytes(CRLF);
    return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  /**
   * Makes a file name safe for a quoted {@code filename} parameter: the last path segment only,
   * {@code "} as {@code %22}, CR and LF as {@code %0D} and {@code %0A} (as browsers do), other
   * control characters dropped; UTF-8 otherwise. An empty result becomes {@code image}.
   *
   * @param filename the name as given
   * @return the escaped name
   */
  static String escapeFilename(String filename) {
    String name = filename == null ? "" : filename;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        out.append("%22");
      } else if (c == '\r') {
        out.append("%0D");
      } else if (c == '\n') {
        out.append("%0A");
      } else if (!Character.isISOControl(c)) {
        out.append(c);
      }
    }
    String escaped = out.toString().strip();
    return escaped.isEmpty() || escaped.equals(".") || escaped.equals("..") ? "image" : escaped;
  }

  private static String boundary() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return "----prestashop4j-" + HexFormat.of().formatHex(random);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
