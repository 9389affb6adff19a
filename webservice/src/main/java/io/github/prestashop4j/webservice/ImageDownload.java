package io.github.prestashop4j.webservice;

import java.util.Objects;

/**
 * What a download wrote.
 *
 * @param contentType the image's media type, as the store sent it (for example {@code image/jpeg})
 * @param bytes the number of bytes written
 */
public record ImageDownload(String contentType, long bytes) {
  /**
   * Checks the values.
   *
   * @param contentType the media type
   * @param bytes the byte count
   */
  public ImageDownload {
    Objects.requireNonNull(contentType, "contentType");
  }
}
