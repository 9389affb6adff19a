package io.github.prestashop4j.core;

/**
 * The call's deadline passed before the response, body included, was read. The deadline covers
 * every attempt and every wait between attempts; see {@link RequestOptions#callTimeout()}.
 */
public class DeadlineExceededException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out, with the method, redacted URL and deadline
   * @param cause the underlying timeout, or {@code null}
   */
  public DeadlineExceededException(String message, Throwable cause) {
    super(message, cause);
  }
}
