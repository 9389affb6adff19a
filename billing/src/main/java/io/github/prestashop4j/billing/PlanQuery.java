package io.github.prestashop4j.billing;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parameters of the legacy plans listing, {@link BillingClient#plans(String, PlanQuery)}.
 * Immutable; every parameter is optional and unset by default.
 *
 * @deprecated the plans listing is deprecated (since module-lib-billing 3.0); use {@link
 *     ComponentQuery} with {@link BillingClient#components(String, ComponentQuery)}
 */
@Deprecated
public final class PlanQuery {
  private final String language;
  private final String status;
  private final Integer limit;
  private final Integer offset;

  private PlanQuery(Builder builder) {
    this.language = builder.language;
    this.status = builder.status;
    this.limit = builder.limit;
    this.offset = builder.offset;
  }

  /**
   * Starts a query.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the language.
   *
   * @return the ISO code sent as {@code lang_iso_code}, empty when unset
   */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns the status filter.
   *
   * @return the status sent as {@code status}, empty when unset
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the page size.
   *
   * @return the size sent as {@code limit}, empty when unset
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Returns the offset.
   *
   * @return the offset sent as {@code offset}, empty when unset
   */
  public OptionalInt offset() {
    return offset == null ? OptionalInt.empty() : OptionalInt.of(offset);
  }

  @Override
  public String toString() {
    return "PlanQuery[language="
        + language
        + ", status="
        + status
        + ", limit="
        + limit
        + ", offset="
        + offset
        + "]";
  }

  /** Builds a {@link PlanQuery}. */
  public static final class Builder {
    private String language;
    private String status;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * Asks for texts in a language.
     *
     * @param language an ISO 639-1 code, for example {@code fr}; {@code null} to unset
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Keeps plans in a status.
     *
     * @param status for example {@code active}; {@code null} to unset
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets the offset of the page.
     *
     * @param offset at least 0
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalStateException naming the parameter that is out of range or blank
     */
    public PlanQuery build() {
      ComponentQuery.requireNotBlank(language, "language");
      ComponentQuery.requireNotBlank(status, "status");
      if (limit != null && limit < 1) {
        throw new IllegalStateException("limit: must be at least 1 (got " + limit + ")");
      }
      if (offset != null && offset < 0) {
        throw new IllegalStateException("offset: must be at least 0 (got " + offset + ")");
      }
      return new PlanQuery(this);
    }
  }
}
