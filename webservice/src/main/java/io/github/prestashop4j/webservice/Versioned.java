package io.github.prestashop4j.webservice;

import java.util.Objects;
import java.util.Optional;

/**
 * A value read with the store's {@code Content-Sha1}, to ask later whether it changed ({@code
 * Local-Content-Sha1}, answered with 304 Not Modified from PrestaShop 8.0).
 *
 * @param <T> the value type
 * @param value the value
 * @param contentSha1 the SHA-1 of the response body as the store sent it, when it did
 */
public record Versioned<T>(T value, Optional<String> contentSha1) {
  /**
   * Checks the components.
   *
   * @param value the value
   * @param contentSha1 the store's SHA-1 of the body, if sent
   */
  public Versioned {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(contentSha1, "contentSha1");
  }
}
