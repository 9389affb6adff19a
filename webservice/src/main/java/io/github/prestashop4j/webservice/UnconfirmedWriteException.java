package io.github.prestashop4j.webservice;

import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.ServerException;

/**
 * A write (POST, PUT, PATCH, DELETE) failed with a server error, yet may have been applied.
 *
 * <p>PrestaShop turns PHP notices and warnings into errors after the object may already be saved,
 * so a 5xx answer to a write does not prove that nothing changed. Check the store (for example list
 * by a unique field) before sending the write again; the SDK never retries it by itself.
 */
public class UnconfirmedWriteException extends ServerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param response what the store answered
   */
  public UnconfirmedWriteException(ErrorResponse response) {
    super(response);
  }

  /** The store's message, followed by the warning that the write may have happened. */
  @Override
  public String getMessage() {
    return super.getMessage() + " (the write may have been applied: check before sending it again)";
  }
}
