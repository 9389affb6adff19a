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

  /** Checks, then records as a handler that succeeded would. */
  private static Outcome handled(ResourceVersionTracker tracker, WebhookEvent event) {
    Outcome outcome = tracker.check(event);
    if (outcome == Outcome.NEWER) {
      assertThat(tracker.record(event)).isTrue();
    }
    return outcome;
  }

  private static Outcome handled(ResourceVersionTracker tracker, EntityVersion version) {
    Outcome outcome = tracker.check(version);
    if (outcome == Outcome.NEWER) {
      assertThat(tracker.record(version)).isTrue();
    }
    return outcome;
  }

  @Test
  void aRetryAfterAFailedHandlingIsStillNewer() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();
    WebhookEvent cancelled = statusUpdated("cancelled", 200);

    // The first delivery is checked, then its handling fails: nothing is recorded.
    assertThat(tracker.check(cancelled)).isEqualTo(Outcome.NEWER);
    assertThat(tracker.latest("subscription", "sub_1")).isEmpty();
    // Billing retries; this time the handling succeeds.
    assertThat(tracker.check(cancelled)).isEqualTo(Outcome.NEWER);
    assertThat(tracker.record(cancelled)).isTrue();
    assertThat(tracker.check(cancelled)).isEqualTo(Outcome.SAME);
    assertThat(tracker.record(cancelled)).isFalse();
  }

  @Test
  void recordNeverReplacesANewerVersion() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();

    assertThat(tracker.record(statusUpdated("cancelled", 200))).isTrue();
    assertThat(tracker.record(statusUpdated("active", 100))).isFalse();
    assertThat(tracker.latest("subscription", "sub_1")).hasValue(200);
    assertThat(tracker.record(parser.parse("{\"eventType\":\"something.new\",\"data\":{}}")))
        .isFalse();
  }

  @Test
  void outOfOrderDeliveryIsDetectedAsStale() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();
    WebhookEvent activated = statusUpdated("active", 100);
    WebhookEvent cancelled = statusUpdated("cancelled", 200);

    // The cancellation arrives first, the earlier activation afterwards (a Svix retry, say).
    assertThat(handled(tracker, cancelled)).isEqualTo(Outcome.NEWER);
    assertThat(handled(tracker, activated)).isEqualTo(Outcome.STALE);
    assertThat(tracker.latest("subscription", "sub_1")).hasValue(200);
  }

  @Test
  void inOrderDeliveriesAreNewerAndRedeliveriesTheSame() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();

    assertThat(handled(tracker, statusUpdated("active", 100))).isEqualTo(Outcome.NEWER);
    assertThat(handled(tracker, statusUpdated("non_renewing", 150))).isEqualTo(Outcome.NEWER);
    assertThat(handled(tracker, statusUpdated("non_renewing", 150))).isEqualTo(Outcome.SAME);
    assertThat(tracker.latest("subscription", "sub_1")).hasValue(150);
  }

  @Test
  void entitiesAreTrackedByTypeAndId() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();

    assertThat(handled(tracker, EntityVersion.of("subscription", "x", 5))).isEqualTo(Outcome.NEWER);
    assertThat(handled(tracker, EntityVersion.of("customer", "x", 1))).isEqualTo(Outcome.NEWER);
    assertThat(handled(tracker, EntityVersion.of("subscription", "y", 1))).isEqualTo(Outcome.NEWER);
    assertThat(handled(tracker, EntityVersion.of("subscription", "x", 4))).isEqualTo(Outcome.STALE);
    assertThat(tracker.latest("customer", "y")).isEmpty();
    assertThat(tracker.size()).isEqualTo(3);
  }

  @Test
  void eventsWithoutAVersionAreUnversioned() {
    ResourceVersionTracker tracker = ResourceVersionTracker.create();

    assertThat(handled(tracker, parser.parse("{\"eventType\":\"something.new\",\"data\":{}}")))
        .isEqualTo(Outcome.UNVERSIONED);
    assertThat(tracker.size()).isZero();
  }

  @Test
  void memoryIsBoundedByForgettingTheLeastRecentlySeen() {
    ResourceVersionTracker tracker = ResourceVersionTracker.withMaxEntries(2);

    handled(tracker, EntityVersion.of("subscription", "a", 10));
    handled(tracker, EntityVersion.of("subscription", "b", 10));
    tracker.latest("subscription", "a");
    handled(tracker, EntityVersion.of("subscription", "c", 10));

    assertThat(tracker.size()).isEqualTo(2);
    assertThat(tracker.latest("subscription", "a")).hasValue(10);
    assertThat(tracker.latest("subscription", "b")).isEmpty();
    // A forgotten entity cannot be judged: its next delivery counts as newer.
    assertThat(handled(tracker, EntityVersion.of("subscription", "b", 1))).isEqualTo(Outcome.NEWER);
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
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (long version = 1; version <= 400; version++) {
        long v = version;
        tasks.add(() -> tracker.record(EntityVersion.of("subscription", "sub_1", v)));
      }
      for (Future<Boolean> recorded : pool.invokeAll(tasks)) {
        recorded.get();
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
