package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.core.internal.Frozen;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sync errors over a period, from {@code GET /reporting/v1/vendor/{vendorId}/errors} or {@code GET
 * /reporting/v1/shop/{shopId}/errors}.
 *
 * <p>Every field, known or not, stays in {@link #fields()}. Immutable and thread-safe.
 */
public final class ErrorReport {
  private final Map<String, Object> fields;

  private ErrorReport(Map<String, ?> fields) {
    this.fields = Frozen.map(Objects.requireNonNull(fields, "fields"));
  }

  /**
   * Creates the value from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the value
   */
  public static ErrorReport of(Map<String, ?> fields) {
    return new ErrorReport(fields);
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
   * Returns {@code start}: the start of the period.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> start() {
    return Fields.instant(fields.get("start"));
  }

  /**
   * Returns {@code end}: the end of the period.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> end() {
    return Fields.instant(fields.get("end"));
  }

  /**
   * Returns the errors ({@code errors}).
   *
   * @return the errors, empty when there were none
   */
  public List<SyncError> errors() {
    return Fields.objects(fields.get("errors")).stream().map(SyncError::of).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ErrorReport that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the field names only. */
  @Override
  public String toString() {
    return "ErrorReport" + fields.keySet();
  }
}
