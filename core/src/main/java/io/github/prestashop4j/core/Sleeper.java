package io.github.prestashop4j.core;

import java.time.Duration;

/**
 * Waits between retries. The default waits for real; tests supply one that records the wait and
 * returns at once.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits.
   *
   * @param duration how long; never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that blocks the calling thread.
   *
   * @return a sleeper backed by {@link Thread#sleep(long, int)}
   */
  static Sleeper system() {
    return duration -> {
      long nanos = duration.toNanos();
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    };
  }
}
