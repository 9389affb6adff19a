package io.github.prestashop4j.core;

/**
 * 401 Unauthorized: the credentials are missing, wrong or disabled; also every refusal from an
 * OAuth2 token endpoint (the OAuth2 error code, such as {@code invalid_client}, is in {@link
 * #errors()}).
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error response.
   *
   * @param response what the server answered
   */
  public AuthenticationException(ErrorResponse response) {
    super(response);
  }
}
