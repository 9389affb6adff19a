package io.github.prestashop4j.core;

/**
 * 5xx: the server failed. Retried for idempotent requests on 502, 503 and 504 before it is thrown.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error response.
   *
   * @param response what the server answered
   */
  public ServerException(ErrorResponse response) {
    super(response);
  }
}
