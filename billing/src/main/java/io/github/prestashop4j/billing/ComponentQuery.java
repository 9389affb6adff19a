package io.github.prestashop4j.billing;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters for {@link BillingClient#components(String, ComponentQuery)}. Immutable; every filter is
 * optional and unset by default, in which case the server's own default applies.
 */
public final class ComponentQuery {
  private static final ComponentQuery ALL = new Builder().build();

  private final String status;
  private final String componentType;
  private final String language;

  private ComponentQuery(Builder builder) {
    this.status = builder.status;
    this.componentType = builder.componentType;
    this.language = builder.language;
  }

  /**
   * Returns a query with no filter.
   *
   * @return the query
   */
  public static ComponentQuery all() {
    return ALL;
  }

  /**
   * Returns a query for the active components only, as module-lib-billing asks.
   *
   * @return the query ({@code filter_status=active})
   */
  public static ComponentQuery active() {
    return builder().status("active").build();
  }

  /**
   * Starts a query.
   *
   * @return a builder with no filter set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the status filter.
   *
   * @return the status sent as {@code filter_status}, empty when unset
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the component type filter.
   *
   * @return the type sent as {@code filter_component_type}, empty when unset
   */
  public Optional<String> componentType() {
    return Optional.ofNullable(componentType);
  }

  /**
   * Returns the language.
   *
   * @return the ISO code sent as {@code lang_iso_code}, empty when unset
   */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  @Override
  public String toString() {
    return "ComponentQuery[status="
        + status
        + ", componentType="
        + componentType
        + ", language="
        + language
        + "]";
  }

  /** Builds a {@link ComponentQuery}. */
  public static final class Builder {
    private String status;
    private String componentType;
    private String language;

    private Builder() {}

    /**
     * Keeps components in a status.
     *
     * @param status for example {@code active}; {@code null} to unset
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * Keeps components of a type.
     *
     * @param componentType for example {@code plan} or {@code addon}; {@code null} to unset
     * @return this builder
     */
    public Builder componentType(String componentType) {
      this.componentType = componentType;
      return this;
    }

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
     * Builds the query.
     *
     * @return the query
     * @throws IllegalStateException naming a filter that is set but blank
     */
    public ComponentQuery build() {
      requireNotBlank(status, "status");
      requireNotBlank(componentType, "componentType");
      requireNotBlank(language, "language");
      return new ComponentQuery(this);
    }
  }

  static void requireNotBlank(String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalStateException(name + ": must not be blank when set");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComponentQuery that
        && Objects.equals(status, that.status)
        && Objects.equals(componentType, that.componentType)
        && Objects.equals(language, that.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, componentType, language);
  }
}
