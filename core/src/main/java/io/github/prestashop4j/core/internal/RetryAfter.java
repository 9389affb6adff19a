package io.github.prestashop4j.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header: a number of seconds or an HTTP date (RFC 9110 section
 * 10.2.3).
 */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Parses a {@code Retry-After} value.
   *
   * @param value the header value, or {@code null}
   * @param clock the clock that an HTTP date is measured against
   * @return the delay (zero for a date in the past), or empty for a missing or unreadable value
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException e) {
        // More digits than a long holds: the server asks for longer than anyone will wait.
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
      }
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(clock.instant(), at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
