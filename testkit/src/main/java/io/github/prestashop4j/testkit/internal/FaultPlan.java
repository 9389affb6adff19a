package io.github.prestashop4j.testkit.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Faults queued by a test: each request takes the next one; latency applies to every request. */
public final class FaultPlan {
  /** The kinds of fault. */
  public enum Kind {
    /** 503 with a small text body. */
    UNAVAILABLE,
    /** 429 with {@code Retry-After}. */
    RATE_LIMITED,
    /** The connection is closed before any response byte. */
    RESET,
    /** The response announces its full length but stops half way. */
    TRUNCATED
  }

  /** One queued fault. */
  public record Fault(Kind kind, Duration retryAfter) {}

  private final ConcurrentLinkedQueue<Fault> queue = new ConcurrentLinkedQueue<>();
  private volatile Duration latency = Duration.ZERO;

  public void add(Fault f) {
    queue.add(f);
  }

  public Fault next() {
    return queue.poll();
  }

  public void latency(Duration d) {
    this.latency = d;
  }

  public Duration latency() {
    return latency;
  }

  public int pending() {
    return queue.size();
  }

  public void clear() {
    queue.clear();
    latency = Duration.ZERO;
  }
}
