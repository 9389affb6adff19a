package io.github.prestashop4j.core;

/**
 * 403 Forbidden: the credentials are valid but may not do this (for the Webservice, the key lacks
 * the permission for this resource and method).
 */
public class PermissionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error response.
   *
   * @param response what the server answered
   */
  public PermissionException(ErrorResponse response) {
    super(response);
  }
}
