package io.github.prestashop4j.testkit;

import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.testkit.internal.FaultPlan;
import java.time.Duration;

/**
 * Faults the fake servers inject into their answers, for testing a client's retries and error
 * handling. Faults are queued: each request takes the next queued fault, so {@code
 * faults.serviceUnavailable(2).tooManyRequests(1, Duration.ofSeconds(3))} answers 503, 503, 429 and
 * then normally. Latency applies to every request until cleared. Thread-safe.
 */
public final class Faults {
  private final FaultPlan plan;

  Faults(FaultPlan plan) {
    this.plan = plan;
  }

  /**
   * Delays every answer (default none).
   *
   * @param latency the delay before each answer; zero for none
   * @return this
   * @throws NullPointerException if null
   * @throws IllegalArgumentException if negative
   */
  public Faults latency(Duration latency) {
    plan.latency(Checks.notNegative(latency, "latency"));
    return this;
  }

  /**
   * Answers the next requests with 503 Service Unavailable.
   *
   * @param times how many requests
   * @return this
   */
  public Faults serviceUnavailable(int times) {
    return queue(times, FaultPlan.Kind.UNAVAILABLE, Duration.ZERO);
  }

  /**
   * Answers the next requests with 429 Too Many Requests and a {@code Retry-After} header.
   *
   * @param times how many requests
   * @param retryAfter the {@code Retry-After} value, sent in whole seconds
   * @return this
   * @throws NullPointerException if {@code retryAfter} is null
   * @throws IllegalArgumentException if {@code retryAfter} is negative or {@code times} below 1
   */
  public Faults tooManyRequests(int times, Duration retryAfter) {
    return queue(times, FaultPlan.Kind.RATE_LIMITED, Checks.notNegative(retryAfter, "retryAfter"));
  }

  /**
   * Closes the connection of the next requests before sending any byte of the answer.
   *
   * @param times how many requests
   * @return this
   */
  public Faults resetConnection(int times) {
    return queue(times, FaultPlan.Kind.RESET, Duration.ZERO);
  }

  /**
   * Sends only the first half of the next answers' bodies (the announced length stays the full
   * one), then closes the connection.
   *
   * @param times how many requests
   * @return this
   */
  public Faults truncateBody(int times) {
    return queue(times, FaultPlan.Kind.TRUNCATED, Duration.ZERO);
  }

  /**
   * How many queued faults are still to be used.
   *
   * @return the count
   */
  public int pending() {
    return plan.pending();
  }

  /** Removes every queued fault and the latency. */
  public void clear() {
    plan.clear();
  }

  private Faults queue(int times, FaultPlan.Kind kind, Duration retryAfter) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    for (int i = 0; i < times; i++) {
      plan.add(new FaultPlan.Fault(kind, retryAfter));
    }
    return this;
  }

  @Override
  public String toString() {
    return "Faults[pending=" + plan.pending() + ", latency=" + plan.latency() + "]";
  }
}
