package io.github.prestashop4j.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.billing.webhook.ResourceVersionTracker.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ResourceVersionTrackerTest {
  private final WebhookParser parser = WebhookParser.create();

  private WebhookEvent statusUpdated(String status, long version) {
    return parser.parse(
        "{\"eventType\":\"subscription.status-updated\",\"data\":{\"subscription\":"
            + "{\"id\":\"sub_1\",\"status\":\""
            + status
            + "\",\"resource_version\":"
            + version
            + "}}}");
  }

  @Test
  void outOfOrderDeliveryIsDetectedAsStale() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();
    WebhookEvent activated = statusUpdated("active", 100);
    WebhookEvent cancelled = statusUpdated("cancelled", 200);

    // The cancellation arrives first, the earlier activation afterwards (a Svix retry, say).
    assertThat(tracker.track(cancelled)).isEqualTo(Outcome.NEWER);
    assertThat(tracker.track(activated)).isEqualTo(Outcome.STALE);
    assertThat(tracker.latest("subscription", "sub_1")).hasValue(200);
  }

  @Test
  void inOrderDeliveriesAreNewerAndRedeliveriesTheSame() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();

    assertThat(tracker.track(statusUpdated("active", 100))).isEqualTo(Outcome.NEWER);
    assertThat(tracker.track(statusUpdated("non_renewing", 150))).isEqualTo(Outcome.NEWER);
    assertThat(tracker.track(statusUpdated("non_renewing", 150))).isEqualTo(Outcome.SAME);
    assertThat(tracker.latest("subscription", "sub_1")).hasValue(150);
  }

  @Test
  void entitiesAreTrackedByTypeAndId() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();

    assertThat(tracker.track(EntityVersion.of("subscription", "x", 5))).isEqualTo(Outcome.NEWER);
    assertThat(tracker.track(EntityVersion.of("customer", "x", 1))).isEqualTo(Outcome.NEWER);
    assertThat(tracker.track(EntityVersion.of("subscription", "y", 1))).isEqualTo(Outcome.NEWER);
    assertThat(tracker.track(EntityVersion.of("subscription", "x", 4))).isEqualTo(Outcome.STALE);
    assertThat(tracker.latest("customer", "y")).isEmpty();
    assertThat(tracker.size()).isEqualTo(3);
  }

  @Test
  void eventsWithoutAVersionAreUnversioned() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();

    assertThat(tracker.track(parser.parse("{\"eventType\":\"something.new\",\"data\":{}}")))
        .isEqualTo(Outcome.UNVERSIONED);
    assertThat(tracker.size()).isZero();
  }

  @Test
  void memoryIsBoundedByForgettingTheLeastRecentlySeen() {
    ResourceVersionTracker tracker = ResourceVersionTracker.withMaxEntries(2);

    tracker.track(EntityVersion.of("subscription", "a", 10));
    tracker.track(EntityVersion.of("subscription", "b", 10));
    tracker.latest("subscription", "a");
    tracker.track(EntityVersion.of("subscription", "c", 10));

    assertThat(tracker.size()).isEqualTo(2);
    assertThat(tracker.latest("subscription", "a")).hasValue(10);
    assertThat(tracker.latest("subscription", "b")).isEmpty();
    // A forgotten entity cannot be judged: its next delivery counts as newer.
    assertThat(tracker.track(EntityVersion.of("subscription", "b", 1))).isEqualTo(Outcome.NEWER);
    assertThat(tracker.maxEntries()).isEqualTo(2);
    assertThat(ResourceVersionTracker.create().maxEntries())
        .isEqualTo(ResourceVersionTracker.DEFAULT_MAX_ENTRIES);
    assertThat(tracker.toString()).contains("size=2");
  }

  @Test
  void concurrentDeliveriesKeepTheHighestVersion() throws Exception {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Outcome>> tasks = new ArrayList<>();
      for (long version = 1; version <= 400; version++) {
        long v = version;
        tasks.add(() -> tracker.track(EntityVersion.of("subscription", "sub_1", v)));
      }
      List<Future<Outcome>> outcomes = pool.invokeAll(tasks);
      for (Future<Outcome> outcome : outcomes) {
        assertThat(outcome.get()).isIn(Outcome.NEWER, Outcome.STALE);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(tracker.latest("subscription", "sub_1")).hasValue(400);
  }

  @Test
  void badArgumentsNameTheField() {
    assertThatThrownBy(() -> ResourceVersionTracker.withMaxEntries(0))
        .hasMessageStartingWith("maxEntries:");
    assertThatThrownBy(() -> EntityVersion.of(" ", "x", 1)).hasMessageStartingWith("entityType:");
    assertThatThrownBy(() -> EntityVersion.of("t", "", 1)).hasMessageStartingWith("entityId:");
    EntityVersion version = EntityVersion.of("subscription", "s", 3);
    assertThat(version).hasToString("subscription:s@3");
    assertThat(version.hashCode()).isEqualTo(EntityVersion.of("subscription", "s", 3).hashCode());
    assertThat(version.entityType()).isEqualTo("subscription");
    assertThat(version.entityId()).isEqualTo("s");
    assertThat(version.version()).isEqualTo(3);
  }
}
