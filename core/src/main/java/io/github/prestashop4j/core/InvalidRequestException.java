package io.github.prestashop4j.core;

/**
 * The server refused the request as invalid: 400, 405, 409, 413, 422, or a Webservice error whose
 * codes say the request was wrong even when the store answered 500.
 */
public class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error response.
   *
   * @param response what the server answered
   */
  public InvalidRequestException(ErrorResponse response) {
    super(response);
  }
}
