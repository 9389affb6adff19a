package io.github.prestashop4j.core;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One error reported by a server in an error response: the Webservice's {@code
 * <error><code/><message/>} entries, an OAuth2 {@code error}/{@code error_description} pair, or a
 * cloud API's error body.
 */
public final class ApiError implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The server's error code, or {@code null}. */
  private final String code;

  /** The server's message, empty when it gave none. */
  private final String message;

  private ApiError(String code, String message) {
    this.code = code;
    this.message = message;
  }

  /**
   * Creates an error.
   *
   * @param code the server's error code (a number for the Webservice, a word such as {@code
   *     invalid_client} for OAuth2), or {@code null} when the server gave none
   * @param message the server's message, or {@code null} when it gave none (stored as empty)
   * @return the error
   */
  public static ApiError of(String code, String message) {
    return new ApiError(code, message == null ? "" : message);
  }

  /**
   * Returns the server's error code.
   *
   * @return the code, or {@code null} when the server gave none
   */
  public String code() {
    return code;
  }

  /**
   * Returns the code as a number, as the Webservice uses them (for example 85 for a validation
   * error).
   *
   * @return the numeric code, or empty when there is no code or it is not a number
   */
  public OptionalInt numericCode() {
    if (code == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(code.trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Returns the server's message.
   *
   * @return the message, empty when the server gave none
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiError other
        && Objects.equals(code, other.code)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message);
  }

  @Override
  public String toString() {
    return code == null ? message : "[" + code + "] " + message;
  }
}
