package io.github.prestashop4j.core;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests, thrown once retries are exhausted or when the server asked for a wait
 * longer than the retry policy accepts.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The delay the server asked for, or {@code null}. */
  private final Duration retryAfter;

  /**
   * Creates the exception for an error response.
   *
   * @param response what the server answered
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or {@code null}
   */
  public RateLimitException(ErrorResponse response, Duration retryAfter) {
    super(response);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked the client to wait.
   *
   * @return the {@code Retry-After} delay, empty when the server sent none or an unreadable one
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
