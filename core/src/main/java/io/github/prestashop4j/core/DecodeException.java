package io.github.prestashop4j.core;

/**
 * The server answered, but the body could not be read as what was expected: malformed XML or JSON,
 * a value of the wrong type, a document over the size limits, or an HTML error page instead of
 * data.
 */
public class DecodeException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be decoded and where
   * @param cause the parser's failure, or {@code null}
   */
  public DecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
