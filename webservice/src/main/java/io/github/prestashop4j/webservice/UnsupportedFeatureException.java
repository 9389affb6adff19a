package io.github.prestashop4j.webservice;

import io.github.prestashop4j.core.PrestaShopException;

/**
 * The store's PrestaShop version does not offer what was asked, for example PATCH before 8.0.
 * Nothing was changed.
 */
public class UnsupportedFeatureException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing and from which version it exists
   * @param cause the store's answer, if it was asked
   */
  public UnsupportedFeatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
