package io.github.prestashop4j.core;

import io.github.prestashop4j.core.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An error response as the SDK saw it, handed to an {@link
 * io.github.prestashop4j.core.http.ErrorDecoder} to become an exception.
 *
 * @param method the HTTP method of the request
 * @param url the request URL with credentials removed
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param errors the errors read from the body, in the server's order (may be empty)
 * @param bodyExcerpt the start of the body, at most {@link #MAX_EXCERPT_CHARS} characters
 * @param retryAfter the delay asked for in {@code Retry-After}, or {@code null} when there was none
 */
public record ErrorResponse(
    String method,
    String url,
    int statusCode,
    HttpHeaders headers,
    List<ApiError> errors,
    String bodyExcerpt,
    Duration retryAfter) {

  /** Longest body excerpt kept in an exception. */
  public static final int MAX_EXCERPT_CHARS = 512;

  /**
   * Checks and copies the components.
   *
   * @param method the HTTP method of the request
   * @param url the request URL with credentials removed
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param errors the errors read from the body
   * @param bodyExcerpt the start of the body; cut to {@link #MAX_EXCERPT_CHARS} characters
   * @param retryAfter the delay asked for in {@code Retry-After}, or {@code null}
   */
  public ErrorResponse {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(headers, "headers");
    errors = List.copyOf(errors);
    bodyExcerpt =
        bodyExcerpt == null
            ? ""
            : bodyExcerpt.length() > MAX_EXCERPT_CHARS
                ? bodyExcerpt.substring(0, MAX_EXCERPT_CHARS)
                : bodyExcerpt;
  }

  /**
   * Tells whether this is a redirect: a 3xx other than 304. The SDK never follows one, so it is an
   * error like a 4xx; a 304 is the answer to a conditional read and never becomes an error.
   *
   * @return {@code true} for a 3xx other than 304
   */
  public boolean isRedirect() {
    return statusCode >= 300 && statusCode < 400 && statusCode != 304;
  }
}
