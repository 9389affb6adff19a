package io.github.prestashop4j.cloudsync;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The period (and, for a vendor's errors, the shop) of a Reporting API error report. Instants are
 * sent as ISO-8601 in UTC; the API's own format and defaults are not documented. Nothing is set by
 * default. Immutable.
 */
public final class ErrorQuery {
  private static final ErrorQuery ALL = builder().build();

  private final String shopId;
  private final Instant start;
  private final Instant end;

  private ErrorQuery(Builder builder) {
    this.shopId = builder.shopId;
    this.start = builder.start;
    this.end = builder.end;
  }

  /**
   * Returns the query that sets nothing: the server's default period.
   *
   * @return the empty query
   */
  public static ErrorQuery all() {
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
   * Returns the shop filter.
   *
   * @return the shop id, or {@code null} for every shop
   */
  public String shopId() {
    return shopId;
  }

  /**
   * Returns the start of the period.
   *
   * @return the start, or {@code null} for the server's default
   */
  public Instant start() {
    return start;
  }

  /**
   * Returns the end of the period.
   *
   * @return the end, or {@code null} for the server's default
   */
  public Instant end() {
    return end;
  }

  Map<String, String> parameters(boolean withShop) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (withShop && shopId != null) {
      parameters.put("shopId", shopId);
    }
    if (start != null) {
      parameters.put("start", start.toString());
    }
    if (end != null) {
      parameters.put("end", end.toString());
    }
    return Collections.unmodifiableMap(parameters);
  }

  @Override
  public String toString() {
    return "ErrorQuery[shopId=" + shopId + ", start=" + start + ", end=" + end + "]";
  }

  /** Builds an {@link ErrorQuery}. */
  public static final class Builder {
    private String shopId;
    private Instant start;
    private Instant end;

    private Builder() {}

    /**
     * Restricts a vendor's errors to one shop; ignored by the per-shop report, whose path names the
     * shop.
     *
     * @param shopId the CloudSync shop id
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder shopId(String shopId) {
      Objects.requireNonNull(shopId, "shopId");
      if (shopId.isBlank()) {
        throw new IllegalArgumentException("shopId: must not be blank");
      }
      this.shopId = shopId;
      return this;
    }

    /**
     * Sets the start of the period.
     *
     * @param start the start
     * @return this builder
     */
    public Builder start(Instant start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * Sets the end of the period.
     *
     * @param end the end
     * @return this builder
     */
    public Builder end(Instant end) {
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalStateException if the end is before the start
     */
    public ErrorQuery build() {
      if (start != null && end != null && end.isBefore(start)) {
        throw new IllegalStateException("end: must not be before start");
      }
      return new ErrorQuery(this);
    }
  }
}
