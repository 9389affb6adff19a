package io.github.prestashop4j.cloudsync.testing;

import io.github.prestashop4j.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every wait and returns at once. A copy of core's test helper, which is not published as a
 * test jar.
 */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  /** Returns the waits asked for, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
