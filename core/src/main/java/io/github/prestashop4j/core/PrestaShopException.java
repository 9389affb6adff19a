package io.github.prestashop4j.core;

/**
 * Root of every exception thrown by prestashop4j. It is unchecked, so callers catch only what they
 * can handle.
 *
 * <p>The direct subclasses tell where a call failed:
 *
 * <ul>
 *   <li>{@link ApiException}: the server answered with an error status (and its subclasses, one per
 *       common case);
 *   <li>{@link TransportException}: the exchange itself failed (connection, deadline, I/O);
 *   <li>{@link DecodeException}: the server answered, but its body could not be read;
 *   <li>{@link RequestValidationException}: a request was refused before anything was sent;
 *   <li>{@link InsecureTransportException}: credentials would have travelled over plain HTTP.
 * </ul>
 *
 * <p>Messages never contain keys, secrets or tokens.
 */
public class PrestaShopException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, without secrets
   */
  public PrestaShopException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, without secrets
   * @param cause the underlying failure, or {@code null}
   */
  public PrestaShopException(String message, Throwable cause) {
    super(message, cause);
  }
}
