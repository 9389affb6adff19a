package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.core.internal.Frozen;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a CloudSync Raw API collection, as the API returned it: every field, known or not,
 * with tolerant typed readers.
 *
 * <p>The typed models of this package ({@link Order}, {@link Product}, ...) extend it with named
 * accessors; items of a collection this SDK does not know are returned as {@code RawRecord} itself.
 * Every item carries CloudSync's own fields: {@link #id()} (the CloudSync row id), {@link
 * #shopId()}, {@link #createdAt()}, {@link #updatedAt()}, {@link #lastSyncedAt()} and, once deleted
 * in the shop, {@link #deletedAt()}.
 *
 * <p>Readers are tolerant: an id may arrive as a number or a string, a boolean as {@code true},
 * {@code 1} or {@code "1"}, a date as an ISO-8601 string with or without offset. A value that is
 * absent, {@code null} or cannot be converted reads as empty; it stays available unchanged in
 * {@link #fields()}.
 *
 * <p>Immutable and thread-safe. Two records are equal when they are of the same class and hold
 * equal fields.
 */
public class RawRecord {
  private final Map<String, Object> fields;

  RawRecord(Map<String, ?> fields) {
    this.fields = Frozen.map(Objects.requireNonNull(fields, "fields"));
  }

  /**
   * Creates a record from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON: strings, numbers, booleans, {@code null}, lists
   *     and maps; copied
   * @return the record
   */
  public static RawRecord of(Map<String, ?> fields) {
    return new RawRecord(fields);
  }

  /**
   * Returns every field of the item, in the server's order. Numbers with a fraction are {@link
   * BigDecimal} with the digits sent; nested objects and arrays are unmodifiable maps and lists.
   *
   * @return an unmodifiable map; values may be {@code null}
   */
  public final Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns a field's raw value.
   *
   * @param field the camelCase field name
   * @return the value, empty when absent or {@code null}
   */
  public final Optional<Object> get(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /**
   * Reads a field as text; numbers and booleans are written out.
   *
   * @param field the camelCase field name
   * @return the text, empty when absent, {@code null} or an object or array
   */
  public final Optional<String> text(String field) {
    return Fields.text(fields.get(field));
  }

  /**
   * Reads a field as an exact decimal (amounts, rates); a numeric string is accepted.
   *
   * @param field the camelCase field name
   * @return the number, empty when absent, {@code null} or not a number
   */
  public final Optional<BigDecimal> decimal(String field) {
    return Fields.decimal(fields.get(field));
  }

  /**
   * Reads a field as a whole number; a numeric string is accepted.
   *
   * @param field the camelCase field name
   * @return the number, empty when absent, {@code null}, fractional or out of range
   */
  public final Optional<Long> longValue(String field) {
    return Fields.longValue(fields.get(field));
  }

  /**
   * Reads a field as a boolean: {@code true}/{@code false}, {@code 1}/{@code 0}, as JSON values or
   * strings.
   *
   * @param field the camelCase field name
   * @return the boolean, empty when absent, {@code null} or anything else
   */
  public final Optional<Boolean> bool(String field) {
    return Fields.bool(fields.get(field));
  }

  /**
   * Reads a field as an instant: ISO-8601 with or without offset (an offset such as {@code +0200}
   * is accepted; without one, UTC is assumed), a date alone (midnight UTC), or epoch seconds or
   * milliseconds. PrestaShop's zero date reads as empty.
   *
   * @param field the camelCase field name
   * @return the instant, empty when absent, {@code null} or not a date
   */
  public final Optional<Instant> instant(String field) {
    return Fields.instant(fields.get(field));
  }

  /**
   * Returns CloudSync's id of this item ({@code id}), as text whether the API sent a number or a
   * string.
   *
   * @return the id, empty when the item has none
   */
  public final Optional<String> id() {
    return text("id");
  }

  /**
   * Returns the CloudSync shop id ({@code shopId}).
   *
   * @return the shop id, empty when absent
   */
  public final Optional<String> shopId() {
    return text("shopId");
  }

  /**
   * Returns when the item was created ({@code createdAt}).
   *
   * @return the instant, empty when absent
   */
  public final Optional<Instant> createdAt() {
    return instant("createdAt");
  }

  /**
   * Returns when the item was last updated in the shop ({@code updatedAt}).
   *
   * @return the instant, empty when absent
   */
  public final Optional<Instant> updatedAt() {
    return instant("updatedAt");
  }

  /**
   * Returns when CloudSync last received the item ({@code lastSyncedAt}).
   *
   * @return the instant, empty when absent
   */
  public final Optional<Instant> lastSyncedAt() {
    return instant("lastSyncedAt");
  }

  /**
   * Returns when the item was deleted in the shop ({@code deletedAt}).
   *
   * @return the instant, empty while the item exists
   */
  public final Optional<Instant> deletedAt() {
    return instant("deletedAt");
  }

  /**
   * Tells whether the item is deleted: {@code deleted} is true or {@code deletedAt} is set.
   *
   * @return {@code true} for a deleted item
   */
  public final boolean isDeleted() {
    return bool("deleted").orElse(false) || deletedAt().isPresent();
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && fields.equals(((RawRecord) other).fields);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), fields);
  }

  /** Shows the id and the number of fields, not their values, which may be personal data. */
  @Override
  public final String toString() {
    return getClass().getSimpleName()
        + "[id="
        + id().orElse("?")
        + ", fields="
        + fields.size()
        + "]";
  }
}
