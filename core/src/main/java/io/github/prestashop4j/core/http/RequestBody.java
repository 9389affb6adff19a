package io.github.prestashop4j.core.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An immutable request body with its media type. Held in memory, so a retried request sends the
 * same bytes again.
 */
public final class RequestBody {
  private final byte[] content;
  private final String contentType;

  private RequestBody(byte[] content, String contentType) {
    this.content = content;
    this.contentType = contentType;
  }

  /**
   * Creates a body from bytes, which are copied.
   *
   * @param content the bytes to send
   * @param contentType the media type, for example {@code text/xml; charset=utf-8}
   * @return the body
   */
  public static RequestBody of(byte[] content, String contentType) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentType, "contentType");
    return new RequestBody(content.clone(), contentType);
  }

  /**
   * Creates a body from text, encoded as UTF-8.
   *
   * @param content the text to send
   * @param contentType the media type, for example {@code application/x-www-form-urlencoded}
   * @return the body
   */
  public static RequestBody ofUtf8(String content, String contentType) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentType, "contentType");
    return new RequestBody(content.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /**
   * Returns the media type.
   *
   * @return the value sent as {@code Content-Type}
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns the length in bytes.
   *
   * @return the number of bytes sent
   */
  public int length() {
    return content.length;
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return the bytes to send
   */
  public byte[] bytes() {
    return content.clone();
  }

  /** Describes the body by type and length only: bodies may hold personal data. */
  @Override
  public String toString() {
    return "RequestBody[" + contentType + ", " + content.length + " bytes]";
  }
}
