package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.core.internal.Frozen;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a sync trigger, from {@code POST /sync/v1/sync/trigger} or {@code
 * /sync/v1/sync/trigger-full}.
 *
 * <p>Every field, known or not, stays in {@link #fields()}. Immutable and thread-safe.
 */
public final class SyncTriggerResult {
  private final Map<String, Object> fields;

  private SyncTriggerResult(Map<String, ?> fields) {
    this.fields = Frozen.map(Objects.requireNonNull(fields, "fields"));
  }

  /**
   * Creates the value from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the value
   */
  public static SyncTriggerResult of(Map<String, ?> fields) {
    return new SyncTriggerResult(fields);
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
   * Returns {@code result}: what the server reported, for example a status word.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> result() {
    return Fields.text(fields.get("result"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncTriggerResult that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the field names only. */
  @Override
  public String toString() {
    return "SyncTriggerResult" + fields.keySet();
  }
}
