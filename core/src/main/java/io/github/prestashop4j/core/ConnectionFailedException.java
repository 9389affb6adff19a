package io.github.prestashop4j.core;

/**
 * No connection to the server could be made (refused, unreachable host, unknown name, connect
 * timeout), so the request was never sent. Such failures are retried for every method, POST and
 * PATCH included.
 */
public class ConnectionFailedException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, with the method and redacted URL
   * @param cause the I/O failure, or {@code null}
   */
  public ConnectionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
