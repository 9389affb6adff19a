package io.github.prestashop4j.core;

import io.github.prestashop4j.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how long to wait before trying a call again.
 *
 * <p>What is retried: a failure to connect (the request was never sent, so every method); an I/O
 * failure after the request was sent, and the statuses in {@link #retryableStatuses()} (default
 * 429, 502, 503, 504), only for idempotent requests (GET, HEAD, PUT, DELETE, or a request marked
 * so), so a POST or PATCH that may have reached the server is never sent twice. A call that ran out
 * of time is never retried.
 *
 * <p>How long: the server's {@code Retry-After} (seconds or HTTP date) when it sent one, otherwise
 * exponential backoff with full jitter: a random wait between zero and {@code min(maxBackoff,
 * initialBackoff * 2^(retry - 1))}. A {@code Retry-After} longer than {@link #maxRetryAfter()}, or
 * a wait that would pass the call's deadline, ends the retries at once and the last failure is
 * thrown.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(builder.retryableStatuses);
  }

  /**
   * Returns the default policy: 3 attempts, backoff from 500 ms capped at 10 s, {@code Retry-After}
   * honoured up to 60 s, statuses 429, 502, 503 and 504.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return a policy with a single attempt
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder starting from this policy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxAttempts = maxAttempts;
    builder.initialBackoff = initialBackoff;
    builder.maxBackoff = maxBackoff;
    builder.maxRetryAfter = maxRetryAfter;
    builder.retryableStatuses = new TreeSet<>(retryableStatuses);
    return builder;
  }

  /**
   * Returns how many times a call is attempted in all, the first attempt included.
   *
   * @return at least 1; default 3
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the upper bound of the first backoff wait.
   *
   * @return default 500 ms
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the cap on a backoff wait.
   *
   * @return default 10 s
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the longest {@code Retry-After} the SDK waits for; a longer one ends the retries.
   *
   * @return default 60 s
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns the HTTP statuses retried for idempotent requests.
   *
   * @return default 429, 502, 503, 504
   */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /**
   * Computes a backoff wait with full jitter.
   *
   * @param retry which retry this is: 1 for the wait before the second attempt
   * @param random a number in {@code [0, 1)}, from the caller's random source
   * @return a wait between zero and {@code min(maxBackoff, initialBackoff * 2^(retry - 1))}
   * @throws IllegalArgumentException if {@code retry < 1} or {@code random} is outside {@code [0,
   *     1)}
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry: must be at least 1 (got " + retry + ")");
    }
    if (!(random >= 0 && random < 1)) {
      throw new IllegalArgumentException("random: must be in [0, 1) (got " + random + ")");
    }
    long initial = initialBackoff.toNanos();
    long cap = maxBackoff.toNanos();
    // Doubling stops at the cap, which also keeps the shift from overflowing.
    long ceiling = initial;
    for (int i = 1; i < retry && ceiling < cap; i++) {
      ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    }
    ceiling = Math.min(ceiling, cap);
    return Duration.ofNanos((long) (ceiling * random));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy other
        && maxAttempts == other.maxAttempts
        && initialBackoff.equals(other.initialBackoff)
        && maxBackoff.equals(other.maxBackoff)
        && maxRetryAfter.equals(other.maxRetryAfter)
        && retryableStatuses.equals(other.retryableStatuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, retryableStatuses);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", retryableStatuses="
        + new TreeSet<>(retryableStatuses)
        + "]";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    // Longer waits belong to a scheduler, not to a blocked thread; it also keeps nanoseconds in
    // range.
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = new TreeSet<>(Set.of(429, 502, 503, 504));

    private Builder() {}

    /**
     * Sets how many attempts a call gets in all.
     *
     * @param maxAttempts from 1 (no retry) to 10; default 3
     * @return this builder
     * @throws IllegalArgumentException if outside 1..10
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException(
            "maxAttempts: must be between 1 and 10 (got " + maxAttempts + ")");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the upper bound of the first backoff wait.
     *
     * @param initialBackoff a positive duration up to one hour; default 500 ms
     * @return this builder
     * @throws IllegalArgumentException if not positive or longer than an hour
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = backoffSetting(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the cap on a backoff wait.
     *
     * @param maxBackoff a positive duration up to one hour; default 10 s
     * @return this builder
     * @throws IllegalArgumentException if not positive or longer than an hour
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = backoffSetting(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the SDK waits for.
     *
     * @param maxRetryAfter zero or more; default 60 s. A longer server request ends the retries.
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Checks.notNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Sets the HTTP statuses that are retried for idempotent requests.
     *
     * @param statuses statuses from 400 to 599; default 429, 502, 503, 504
     * @return this builder
     * @throws IllegalArgumentException if a status is outside 400..599
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      for (Integer status : statuses) {
        if (status == null || status < 400 || status > 599) {
          throw new IllegalArgumentException(
              "retryableStatuses: must hold error statuses from 400 to 599 (got " + status + ")");
        }
      }
      this.retryableStatuses = new TreeSet<>(statuses);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     * @throws IllegalStateException if {@code initialBackoff} is longer than {@code maxBackoff}
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalStateException(
            "initialBackoff: must not be longer than maxBackoff ("
                + initialBackoff
                + " > "
                + maxBackoff
                + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration backoffSetting(Duration value, String name) {
      if (Checks.positive(value, name).compareTo(MAX_BACKOFF) > 0) {
        throw new IllegalArgumentException(
            name + ": must be at most " + MAX_BACKOFF + " (got " + value + ")");
      }
      return value;
    }
  }
}
