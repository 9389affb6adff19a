package io.github.prestashop4j.billing.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Remembers the latest {@code resource_version} seen per entity (type and id), so that a webhook
 * delivered late or twice is recognised: Billing (through Svix) retries and may deliver events out
 * of order.
 *
 * <p>Check first, and record only once the event was handled: a delivery whose handling failed is
 * retried by Billing, and that retry must still count as {@link Outcome#NEWER}.
 *
 * <pre>{@code
 * if (tracker.check(event) == ResourceVersionTracker.Outcome.NEWER) {
 *   apply(event);            // else: already applied, or older than what was applied
 *   tracker.record(event);   // not reached when apply throws
 * }
 * }</pre>
 *
 * <p><b>Memory</b> is bounded: at most {@link #maxEntries()} entities are kept (default {@value
 * #DEFAULT_MAX_ENTRIES}, roughly 200 bytes each), and the least recently seen entity is forgotten
 * first. A forgotten entity's next delivery counts as {@link Outcome#NEWER}. The tracker lives in
 * memory only: a service with several instances, or one that restarts, should also store the
 * version with the entity and compare there.
 *
 * <p>Thread-safe.
 */
public final class ResourceVersionTracker {
  /** The default number of entities remembered: {@value}. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  /** How a delivery's version compares with the latest one seen for its entity. */
  public enum Outcome {
    /** Newer than anything recorded (or the entity is unknown): apply it, then record it. */
    NEWER,
    /** The same version as the latest recorded: a redelivery, or another event of the change. */
    SAME,
    /**
     * Older than the latest recorded: delivered out of order; applying it would undo a newer
     * change.
     */
    STALE,
    /** The event carries no entity version, so it cannot be ordered. */
    UNVERSIONED
  }

  private final int maxEntries;
  private final Map<String, Long> latest;

  private ResourceVersionTracker(int maxEntries) {
    this.maxEntries = maxEntries;
    this.latest =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > ResourceVersionTracker.this.maxEntries;
          }
        };
  }

  /**
   * Creates a tracker that remembers up to {@value #DEFAULT_MAX_ENTRIES} entities.
   *
   * @return the tracker
   */
  public static ResourceVersionTracker create() {
    return new ResourceVersionTracker(DEFAULT_MAX_ENTRIES);
  }

  /**
   * Creates a tracker with a bound of its own.
   *
   * @param maxEntries how many entities to remember, at least 1
   * @return the tracker
   * @throws IllegalArgumentException if the bound is below 1
   */
  public static ResourceVersionTracker withMaxEntries(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries: must be at least 1 (got " + maxEntries + ")");
    }
    return new ResourceVersionTracker(maxEntries);
  }

  /**
   * Compares an event's entity version with the latest recorded; records nothing.
   *
   * @param event a parsed webhook
   * @return the outcome; {@link Outcome#UNVERSIONED} when the event carries no entity version
   */
  public Outcome check(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    return event.entityVersion().map(this::check).orElse(Outcome.UNVERSIONED);
  }

  /**
   * Compares a version with the latest recorded for its entity; records nothing.
   *
   * @param version the entity and its version
   * @return {@link Outcome#NEWER}, {@link Outcome#SAME} or {@link Outcome#STALE}
   */
  public Outcome check(EntityVersion version) {
    Objects.requireNonNull(version, "version");
    String key = key(version.entityType(), version.entityId());
    synchronized (latest) {
      Long known = latest.get(key);
      if (known == null || version.version() > known) {
        return Outcome.NEWER;
      }
      return version.version() == known ? Outcome.SAME : Outcome.STALE;
    }
  }

  /**
   * Records an event's entity version as handled, unless a newer or equal one is already recorded.
   * Call it after the event was handled successfully.
   *
   * @param event a parsed webhook
   * @return {@code true} if the version is now the latest; {@code false} if a version at least as
   *     new was recorded meanwhile, or the event carries no entity version
   */
  public boolean record(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    return event.entityVersion().map(this::record).orElse(false);
  }

  /**
   * Records a version as handled, unless a newer or equal one is already recorded for its entity.
   * The comparison and the update are one step, so a concurrent older record never replaces a newer
   * one.
   *
   * @param version the entity and its version
   * @return {@code true} if the version is now the latest, {@code false} if it was not newer
   */
  public boolean record(EntityVersion version) {
    Objects.requireNonNull(version, "version");
    String key = key(version.entityType(), version.entityId());
    synchronized (latest) {
      Long known = latest.get(key);
      if (known == null || version.version() > known) {
        latest.put(key, version.version());
        return true;
      }
      return false;
    }
  }

  /**
   * Returns the latest version seen for an entity.
   *
   * @param entityType for example {@value EntityVersion#SUBSCRIPTION}
   * @param entityId the entity's id
   * @return the version, empty when the entity is unknown or was forgotten
   */
  public OptionalLong latest(String entityType, String entityId) {
    String key = key(entityType, entityId);
    synchronized (latest) {
      Long known = latest.get(key);
      return known == null ? OptionalLong.empty() : OptionalLong.of(known);
    }
  }

  /**
   * Returns how many entities are remembered.
   *
   * @return the count, at most {@link #maxEntries()}
   */
  public int size() {
    synchronized (latest) {
      return latest.size();
    }
  }

  /**
   * Returns the bound.
   *
   * @return the most entities remembered
   */
  public int maxEntries() {
    return maxEntries;
  }

  private static String key(String entityType, String entityId) {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    // The type never holds a NUL, so the key cannot be ambiguous.
    return entityType + '\0' + entityId;
  }

  @Override
  public String toString() {
    return "ResourceVersionTracker[size=" + size() + ", maxEntries=" + maxEntries + "]";
  }
}
