package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.cloudsync.ShopContent;
import io.github.prestashop4j.core.internal.Frozen;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sync status of one shop content, an entry of a {@link SyncSummary}.
 *
 * <p>Every field, known or not, stays in {@link #fields()}. Immutable and thread-safe.
 */
public final class ContentSyncStatus {
  private final Map<String, Object> fields;

  private ContentSyncStatus(Map<String, ?> fields) {
    this.fields = Frozen.map(Objects.requireNonNull(fields, "fields"));
  }

  /**
   * Creates the value from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the value
   */
  public static ContentSyncStatus of(Map<String, ?> fields) {
    return new ContentSyncStatus(fields);
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
   * Returns {@code firstSyncFinishedAt}: when the first full sync finished.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> firstSyncFinishedAt() {
    return Fields.instant(fields.get("firstSyncFinishedAt"));
  }

  /**
   * Returns {@code lastSyncFinishedAt}: when the last sync finished.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> lastSyncFinishedAt() {
    return Fields.instant(fields.get("lastSyncFinishedAt"));
  }

  /**
   * Returns {@code httpStatus}: the HTTP status of the last pull from the shop.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> httpStatus() {
    return Fields.longValue(fields.get("httpStatus"));
  }

  /**
   * Returns {@code httpStatusText}: the text of that status.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> httpStatusText() {
    return Fields.text(fields.get("httpStatusText"));
  }

  /**
   * Returns the content ({@code shopContent}).
   *
   * @return the content, empty when absent or not a valid shop content (blank, or holding spaces)
   */
  public Optional<ShopContent> shopContent() {
    return Fields.text(fields.get("shopContent")).flatMap(Fields::shopContent);
  }

  /**
   * Returns {@code requested} as text (its type is not documented: a date or a flag).
   *
   * @return the value, empty when absent
   */
  public Optional<String> requested() {
    return Fields.text(fields.get("requested"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContentSyncStatus that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the field names only. */
  @Override
  public String toString() {
    return "ContentSyncStatus" + fields.keySet();
  }
}
