package io.github.prestashop4j.webservice.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the single file part of a {@code multipart/form-data} body, independently of the SDK's
 * encoder, to compare what the client sent with the recorded upload.
 *
 * @param boundary the boundary from the {@code Content-Type}
 * @param field the form field name
 * @param filename the file name, as written (escaped)
 * @param contentType the part's {@code Content-Type}
 * @param headers the part's headers, names lower-cased
 * @param content the file bytes
 */
public record MultipartParts(
    String boundary,
    String field,
    String filename,
    String contentType,
    Map<String, String> headers,
    byte[] content) {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("; name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("; filename=\"([^\"]*)\"");

  /**
   * Parses a body holding exactly one part.
   *
   * @param contentType the request's {@code Content-Type}
   * @param body the body
   * @return the part
   */
  public static MultipartParts parse(String contentType, byte[] body) {
    Matcher b = BOUNDARY.matcher(contentType);
    if (!contentType.startsWith("multipart/form-data") || !b.find()) {
      throw new AssertionError("not multipart/form-data with a boundary: " + contentType);
    }
    String boundary = b.group(1);
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String opening = "--" + boundary + "\r\n";
    if (!text.startsWith(opening)) {
      throw new AssertionError("body does not start with the boundary line");
    }
    int headersEnd = text.indexOf("\r\n\r\n", opening.length());
    String closing = "\r\n--" + boundary + "--\r\n";
    if (headersEnd < 0 || !text.endsWith(closing)) {
      throw new AssertionError("body is not one part closed by the final boundary");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : text.substring(opening.length(), headersEnd).split("\r\n")) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          new String(
              line.substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
              StandardCharsets.UTF_8));
    }
    String disposition = headers.getOrDefault("content-disposition", "");
    Matcher name = NAME.matcher(disposition);
    Matcher filename = FILENAME.matcher(disposition);
    byte[] content = Arrays.copyOfRange(body, headersEnd + 4, body.length - closing.length());
    return new MultipartParts(
        boundary,
        name.find() ? name.group(1) : null,
        filename.find() ? filename.group(1) : null,
        headers.get("content-type"),
        headers,
        content);
  }
}
