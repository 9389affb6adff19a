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

  /**
   * Called when a server answered 401 to a request that carried this provider's credential. A
   * provider that can obtain a new credential (an OAuth2 token revoked before its expiry, say)
   * drops the refused one and returns {@code true}: the request is then sent once more, with the
   * new credential. A 401 means the server refused the request before acting on it, so this holds
   * for POST too.
   *
   * @param refusedHeader the {@code Authorization} value the server refused
   * @return {@code true} to send the request once more; the default returns {@code false}
   */
  default boolean renewAfterRefusal(String refusedHeader) {
    return false;
  }
}
