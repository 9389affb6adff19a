package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.core.internal.Frozen;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of sync error and how often it happened, an entry of an {@link ErrorReport}.
 *
 * <p>Every field, known or not, stays in {@link #fields()}. Immutable and thread-safe.
 */
public final class SyncError {
  private final Map<String, Object> fields;

  private SyncError(Map<String, ?> fields) {
    this.fields = Frozen.map(Objects.requireNonNull(fields, "fields"));
  }

  /**
   * Creates the value from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the value
   */
  public static SyncError of(Map<String, ?> fields) {
    return new SyncError(fields);
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
   * Returns {@code code}: the error code.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> code() {
    return Fields.text(fields.get("code"));
  }

  /**
   * Returns {@code description}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> description() {
    return Fields.text(fields.get("description"));
  }

  /**
   * Returns {@code distribution}, as the API sent it (its shape is not documented: a count, or
   * counts per content or per day).
   *
   * @return a number, string, map or list; empty when absent
   */
  public Optional<Object> distribution() {
    return Optional.ofNullable(fields.get("distribution"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncError that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the field names only. */
  @Override
  public String toString() {
    return "SyncError" + fields.keySet();
  }
}
