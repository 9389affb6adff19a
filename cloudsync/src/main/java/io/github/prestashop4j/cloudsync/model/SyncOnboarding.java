package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.core.internal.Frozen;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a shop was onboarded to CloudSync, from {@code GET
 * /reporting/v1/shop-sync-onboarding/{shopId}}.
 *
 * <p>Every field, known or not, stays in {@link #fields()}. Immutable and thread-safe.
 */
public final class SyncOnboarding {
  private final Map<String, Object> fields;

  private SyncOnboarding(Map<String, ?> fields) {
    this.fields = Frozen.map(Objects.requireNonNull(fields, "fields"));
  }

  /**
   * Creates the value from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the value
   */
  public static SyncOnboarding of(Map<String, ?> fields) {
    return new SyncOnboarding(fields);
  }

  /**
   * Returns every field, in the server's order.
   *
   * @return an unmodifiable map; values may be {@code null}
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns {@code firstOnboarding}: the first onboarding.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> firstOnboarding() {
    return Fields.instant(fields.get("firstOnboarding"));
  }

  /**
   * Returns {@code lastOnboarding}: the latest onboarding.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> lastOnboarding() {
    return Fields.instant(fields.get("lastOnboarding"));
  }

  /**
   * Returns {@code targetUrl}: the shop URL CloudSync pulls from.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> targetUrl() {
    return Fields.text(fields.get("targetUrl"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncOnboarding that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the field names only. */
  @Override
  public String toString() {
    return "SyncOnboarding" + fields.keySet();
  }
}
