package io.github.prestashop4j.core;

/**
 * The HTTP exchange failed before a complete response was received: the connection broke, the
 * server closed it, or the call ran out of time. The request may or may not have reached the
 * server; see {@link ConnectionFailedException} for the case where it provably did not.
 */
public class TransportException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, with the method and redacted URL
   * @param cause the I/O failure, or {@code null}
   */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
