package io.github.prestashop4j.cloudsync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to list from a Raw API collection: paging ({@code limit}, {@code offset}), order ({@code
 * sort}, {@code direction}), the {@code createdAt}/{@code updatedAt}/{@code lastSyncedAt} filters
 * and any per-field filter.
 *
 * <pre>{@code
 * RawQuery query = RawQuery.builder()
 *     .updatedAtStart(Instant.parse("2026-11-23T00:00:00Z"))
 *     .filter("isPaid", true)
 *     .filter("currentStateStart", 2)       // range filters: <field>Start / <field>End
 *     .sort("updatedAt", SortDirection.ASC)
 *     .limit(100)
 *     .build();
 * }</pre>
 *
 * <p>Per-field filters are named after the item's camelCase field; numbers and dates also take
 * {@code <field>Start} and {@code <field>End} (inclusive bounds, as the API documents them through
 * its clients). Dates are sent as ISO-8601 instants in UTC, for example {@code
 * 2026-11-23T10:15:30Z}; the API's own date format is not documented. Nothing is set by default:
 * the server then applies its own limit (10 in the one known client) and order.
 *
 * <p>Immutable and thread-safe.
 */
public final class RawQuery {
  private static final RawQuery ALL = builder().build();
  private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]{0,127}");
  private static final Set<String> RESERVED = Set.of("limit", "offset", "sort", "direction");

  private final Integer limit;
  private final Integer offset;
  private final String sort;
  private final SortDirection direction;
  private final Map<String, String> filters;

  private RawQuery(Builder builder) {
    this.limit = builder.limit;
    this.offset = builder.offset;
    this.sort = builder.sort;
    this.direction = builder.direction;
    this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.filters));
  }

  /**
   * Returns the query that sets nothing: the first page in the server's default order and size.
   *
   * @return the empty query
   */
  public static RawQuery all() {
    return ALL;
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this query, to derive another one.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.limit = limit;
    builder.offset = offset;
    builder.sort = sort;
    builder.direction = direction;
    builder.filters.putAll(filters);
    return builder;
  }

  /**
   * Returns the page size.
   *
   * @return the limit, or {@code null} when the server's default applies
   */
  public Integer limit() {
    return limit;
  }

  /**
   * Returns the offset of the first item.
   *
   * @return the offset, or {@code null} for the start
   */
  public Integer offset() {
    return offset;
  }

  /**
   * Returns the field the listing is sorted by.
   *
   * @return the field, or {@code null} for the server's order
   */
  public String sort() {
    return sort;
  }

  /**
   * Returns the sort direction.
   *
   * @return the direction, or {@code null} for the server's default
   */
  public SortDirection direction() {
    return direction;
  }

  /**
   * Returns the filters, as sent: name to query-parameter value, in the order they were set.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> filters() {
    return filters;
  }

  /**
   * Returns every query parameter of this query, in a stable order: {@code limit}, {@code offset},
   * {@code sort}, {@code direction}, then the filters.
   *
   * @return an unmodifiable map of unencoded names and values
   */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (limit != null) {
      parameters.put("limit", limit.toString());
    }
    if (offset != null) {
      parameters.put("offset", offset.toString());
    }
    if (sort != null) {
      parameters.put("sort", sort);
    }
    if (direction != null) {
      parameters.put("direction", direction.value());
    }
    parameters.putAll(filters);
    return Collections.unmodifiableMap(parameters);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawQuery that && parameters().equals(that.parameters());
  }

  @Override
  public int hashCode() {
    return parameters().hashCode();
  }

  /** Shows the parameter names only: filter values may be personal data. */
  @Override
  public String toString() {
    return "RawQuery" + parameters().keySet();
  }

  static String checkField(String name, String setting) {
    Objects.requireNonNull(name, setting);
    if (!FIELD.matcher(name).matches()) {
      throw new IllegalArgumentException(
          setting
              + ": must be a camelCase field name (a lower-case letter, then letters and digits,"
              + " at most 128) (got '"
              + name
              + "')");
    }
    return name;
  }

  /** Builds a {@link RawQuery}. Not thread-safe. */
  public static final class Builder {
    private Integer limit;
    private Integer offset;
    private String sort;
    private SortDirection direction;
    private final Map<String, String> filters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the page size. The API's maximum is not documented.
     *
     * @param limit 1 or more; default: the server's (10 in the one known client)
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder limit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit: must be at least 1 (got " + limit + ")");
      }
      this.limit = limit;
      return this;
    }

    /**
     * Sets the offset of the first item.
     *
     * @param offset 0 or more; default 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder offset(int offset) {
      if (offset < 0) {
        throw new IllegalArgumentException("offset: must not be negative (got " + offset + ")");
      }
      this.offset = offset;
      return this;
    }

    /**
     * Sorts by a field.
     *
     * @param field a camelCase field name, for example {@code updatedAt}
     * @param direction the direction
     * @return this builder
     * @throws IllegalArgumentException if the field name is not camelCase
     */
    public Builder sort(String field, SortDirection direction) {
      this.sort = checkField(field, "sort");
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sorts by a field in the server's default direction.
     *
     * @param field a camelCase field name, for example {@code updatedAt}
     * @return this builder
     * @throws IllegalArgumentException if the field name is not camelCase
     */
    public Builder sort(String field) {
      this.sort = checkField(field, "sort");
      this.direction = null;
      return this;
    }

    /**
     * Keeps items created at exactly this instant ({@code createdAt}).
     *
     * @param instant the instant
     * @return this builder
     */
    public Builder createdAt(Instant instant) {
      return filter("createdAt", instant);
    }

    /**
     * Keeps items created at or after this instant ({@code createdAtStart}).
     *
     * @param instant the inclusive lower bound
     * @return this builder
     */
    public Builder createdAtStart(Instant instant) {
      return filter("createdAtStart", instant);
    }

    /**
     * Keeps items created at or before this instant ({@code createdAtEnd}).
     *
     * @param instant the inclusive upper bound
     * @return this builder
     */
    public Builder createdAtEnd(Instant instant) {
      return filter("createdAtEnd", instant);
    }

    /**
     * Keeps items updated at exactly this instant ({@code updatedAt}).
     *
     * @param instant the instant
     * @return this builder
     */
    public Builder updatedAt(Instant instant) {
      return filter("updatedAt", instant);
    }

    /**
     * Keeps items updated at or after this instant ({@code updatedAtStart}).
     *
     * @param instant the inclusive lower bound
     * @return this builder
     */
    public Builder updatedAtStart(Instant instant) {
      return filter("updatedAtStart", instant);
    }

    /**
     * Keeps items updated at or before this instant ({@code updatedAtEnd}).
     *
     * @param instant the inclusive upper bound
     * @return this builder
     */
    public Builder updatedAtEnd(Instant instant) {
      return filter("updatedAtEnd", instant);
    }

    /**
     * Keeps items synchronised to CloudSync at exactly this instant ({@code lastSyncedAt}).
     *
     * @param instant the instant
     * @return this builder
     */
    public Builder lastSyncedAt(Instant instant) {
      return filter("lastSyncedAt", instant);
    }

    /**
     * Keeps items synchronised at or after this instant ({@code lastSyncedAtStart}).
     *
     * @param instant the inclusive lower bound
     * @return this builder
     */
    public Builder lastSyncedAtStart(Instant instant) {
      return filter("lastSyncedAtStart", instant);
    }

    /**
     * Keeps items synchronised at or before this instant ({@code lastSyncedAtEnd}).
     *
     * @param instant the inclusive upper bound
     * @return this builder
     */
    public Builder lastSyncedAtEnd(Instant instant) {
      return filter("lastSyncedAtEnd", instant);
    }

    /**
     * Adds a filter on a field, replacing an earlier one of the same name.
     *
     * @param field a camelCase field name, optionally ending in {@code Start} or {@code End}, for
     *     example {@code reference} or {@code currentStateStart}; not {@code limit}, {@code
     *     offset}, {@code sort} nor {@code direction}
     * @param value the value, sent as is
     * @return this builder
     * @throws IllegalArgumentException if the name is not camelCase or is reserved
     */
    public Builder filter(String field, String value) {
      checkField(field, "filter");
      if (RESERVED.contains(field)) {
        throw new IllegalArgumentException(
            "filter: '" + field + "' is a paging or sort parameter; use its own setter");
      }
      filters.put(field, Objects.requireNonNull(value, field));
      return this;
    }

    /**
     * Adds a filter with a whole-number value.
     *
     * @param field a camelCase field name, see {@link #filter(String, String)}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is not camelCase or is reserved
     */
    public Builder filter(String field, long value) {
      return filter(field, Long.toString(value));
    }

    /**
     * Adds a filter with a decimal value, sent without exponent.
     *
     * @param field a camelCase field name, see {@link #filter(String, String)}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is not camelCase or is reserved
     */
    public Builder filter(String field, BigDecimal value) {
      return filter(field, Objects.requireNonNull(value, field).toPlainString());
    }

    /**
     * Adds a filter with a boolean value, sent as {@code true} or {@code false}.
     *
     * @param field a camelCase field name, see {@link #filter(String, String)}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is not camelCase or is reserved
     */
    public Builder filter(String field, boolean value) {
      return filter(field, Boolean.toString(value));
    }

    /**
     * Adds a filter with a date value, sent as an ISO-8601 instant in UTC.
     *
     * @param field a camelCase field name, see {@link #filter(String, String)}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is not camelCase or is reserved
     */
    public Builder filter(String field, Instant value) {
      return filter(field, Objects.requireNonNull(value, field).toString());
    }

    /**
     * Removes a filter.
     *
     * @param field the name of the filter
     * @return this builder
     */
    public Builder removeFilter(String field) {
      filters.remove(field);
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the immutable query
     */
    public RawQuery build() {
      return new RawQuery(this);
    }
  }
}
