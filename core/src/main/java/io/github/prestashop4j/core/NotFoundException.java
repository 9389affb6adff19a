package io.github.prestashop4j.core;

/** 404 Not Found: the resource or entity does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error response.
   *
   * @param response what the server answered
   */
  public NotFoundException(ErrorResponse response) {
    super(response);
  }
}
