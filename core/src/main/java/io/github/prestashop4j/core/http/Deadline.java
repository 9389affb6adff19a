package io.github.prestashop4j.core.http;

import io.github.prestashop4j.core.internal.Checks;
import java.time.Duration;

/**
 * A point in time by which a call must be over, measured on the monotonic clock ({@link
 * System#nanoTime()}), so that changes of the wall clock do not move it.
 */
public final class Deadline {
  private final long endNanos;
  private final Duration timeout;

  private Deadline(long endNanos, Duration timeout) {
    this.endNanos = endNanos;
    this.timeout = timeout;
  }

  /**
   * Returns a deadline a given time from now.
   *
   * @param timeout how long from now; must be positive
   * @return the deadline
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public static Deadline after(Duration timeout) {
    Checks.positive(timeout, "timeout");
    long nanos = saturatedNanos(timeout);
    return new Deadline(System.nanoTime() + nanos, timeout);
  }

  /**
   * Returns the time left.
   *
   * @return the time until the deadline, zero once it has passed
   */
  public Duration remaining() {
    return Duration.ofNanos(remainingNanos());
  }

  /**
   * Returns the time left in nanoseconds.
   *
   * @return nanoseconds until the deadline, zero once it has passed
   */
  public long remainingNanos() {
    return Math.max(0, endNanos - System.nanoTime());
  }

  /**
   * Tells whether the deadline has passed.
   *
   * @return {@code true} once no time is left
   */
  public boolean expired() {
    return remainingNanos() == 0;
  }

  /**
   * Returns the timeout the deadline was created with.
   *
   * @return the original timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Describes the deadline as passed, for timeout messages: one wording wherever a call runs out of
   * time.
   *
   * @param when where the call was, for example {@code while reading the response body}; may be
   *     empty
   * @return for example {@code call deadline of PT30S passed while reading the response body}
   */
  public String passed(String when) {
    return "call deadline of " + timeout + " passed" + (when.isEmpty() ? "" : " " + when);
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 2;
    }
  }

  @Override
  public String toString() {
    return "Deadline[timeout=" + timeout + ", remaining=" + remaining() + "]";
  }
}
