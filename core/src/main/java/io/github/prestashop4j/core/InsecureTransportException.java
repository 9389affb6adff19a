package io.github.prestashop4j.core;

/**
 * Credentials would have been sent over plain {@code http://} to a host other than loopback. Use
 * {@code https://}, or opt in with {@link ClientConfig.Builder#allowInsecureHttp(boolean)} for a
 * store that has no TLS (the credentials then travel readable by anyone on the path).
 */
public class InsecureTransportException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which URL was refused and how to proceed
   */
  public InsecureTransportException(String message) {
    super(message);
  }
}
