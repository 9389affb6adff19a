package io.github.prestashop4j.core.auth;

/**
 * Supplies the {@code Authorization} header of each request.
 *
 * <p>Implementations must be thread-safe, may block (for example to fetch a token) and must never
 * reveal the credential in {@code toString()} or in an exception message.
 */
@FunctionalInterface
public interface AuthProvider {
  /**
   * Returns the {@code Authorization} header value for the next request.
   *
   * @return for example {@code Basic ...} or {@code Bearer ...}
   * @throws io.github.prestashop4j.core.PrestaShopException if the credential cannot be obtained
   */
  String authorizationHeader();
}
