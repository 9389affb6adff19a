package io.github.prestashop4j.core;

import io.github.prestashop4j.core.internal.Redaction;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The server answered with an error status. Carries the HTTP status, the errors the server listed,
 * the method and URL of the request (credentials removed) and a short excerpt of the body.
 *
 * <p>Subclasses exist for the common cases; see the status table in the README. Statuses without a
 * subclass are thrown as {@code ApiException} itself, redirects included: a 3xx other than 304 is
 * never followed, and its message names the {@code Location} it pointed to (credentials removed).
 */
public class ApiException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int statusCode;

  /** The HTTP method of the request. */
  private final String method;

  /** The request URL, credentials removed. */
  private final String url;

  /** The errors the server listed. */
  private final List<ApiError> errors;

  /** The start of the response body. */
  private final String bodyExcerpt;

  /**
   * Creates an exception for an error response.
   *
   * @param response what the server answered
   */
  public ApiException(ErrorResponse response) {
    super(describe(response));
    this.statusCode = response.statusCode();
    this.method = response.method();
    this.url = response.url();
    this.errors = response.errors();
    this.bodyExcerpt = response.bodyExcerpt();
  }

  private static String describe(ErrorResponse response) {
    StringBuilder message =
        new StringBuilder()
            .append(response.method())
            .append(' ')
            .append(response.url())
            .append(" returned HTTP ")
            .append(response.statusCode());
    if (response.isRedirect()) {
      message
          .append(", a redirect ")
          .append(
              response
                  .headers()
                  .firstValue("Location")
                  .map(location -> "to " + redact(location))
                  .orElse("without a Location"))
          .append(" (redirects are never followed)");
    }
    if (!response.errors().isEmpty()) {
      message
          .append(": ")
          .append(
              response.errors().stream().map(ApiError::toString).collect(Collectors.joining("; ")));
    } else if (!response.bodyExcerpt().isBlank()) {
      message.append(": ").append(response.bodyExcerpt().strip());
    }
    return message.toString();
  }

  // The Location may carry credentials in its user information or query, like any URL.
  private static String redact(String location) {
    try {
      return Redaction.uri(URI.create(location.strip()));
    } catch (IllegalArgumentException e) {
      return "an invalid URL";
    }
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status, for example 404
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return the method, for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the URL of the failed request, with user information and secret-bearing query
   * parameters removed.
   *
   * @return the redacted URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the errors the server listed, in its order.
   *
   * @return the errors, empty when the body held none that could be read
   */
  public List<ApiError> errors() {
    return errors;
  }

  /**
   * Tells whether the server listed an error with this numeric code.
   *
   * @param code a Webservice error code such as 85
   * @return {@code true} if one of {@link #errors()} has this code
   */
  public boolean hasErrorCode(int code) {
    return errors.stream()
        .anyMatch(e -> e.numericCode().isPresent() && e.numericCode().getAsInt() == code);
  }

  /**
   * Returns the start of the response body, for diagnosis.
   *
   * @return at most {@value ErrorResponse#MAX_EXCERPT_CHARS} characters of the body, empty when
   *     there was none
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
