package io.github.prestashop4j.webservice.jobs.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One combination (variant) of a {@link CatalogItem}: its own reference, the attribute values that
 * make it ({@code product_option_values} ids, for example size M and colour blue), its cost and its
 * stock. Immutable; build it with {@link #builder(String)}.
 */
public final class CatalogCombination {
  private final String reference;
  private final List<Long> optionValueIds;
  private final BigDecimal cost;
  private final String ean13;
  private final BigDecimal weightImpact;
  private final Long quantity;

  private CatalogCombination(Builder b) {
    this.reference = b.reference;
    this.optionValueIds = List.copyOf(b.optionValueIds);
    this.cost = b.cost;
    this.ean13 = b.ean13;
    this.weightImpact = b.weightImpact;
    this.quantity = b.quantity;
  }

  /**
   * Starts a combination.
   *
   * @param reference its reference, unique within the product: the key a re-run finds it by
   * @return the builder
   * @throws IllegalArgumentException if the reference breaks a rule of {@link
   *     CatalogItem#builder(String)}
   */
  public static Builder builder(String reference) {
    return new Builder(Checks.reference("combination reference", reference));
  }

  /**
   * Returns the reference.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the attribute values ({@code product_option_values} ids), without duplicates.
   *
   * @return the ids, in the order given
   */
  public List<Long> optionValueIds() {
    return optionValueIds;
  }

  /**
   * Returns the combination's own cost, when it differs from the product's.
   *
   * @return the cost, tax excluded; empty to use the product's
   */
  public Optional<BigDecimal> cost() {
    return Optional.ofNullable(cost);
  }

  /**
   * Returns the EAN-13 barcode.
   *
   * @return the barcode, empty if not imported
   */
  public Optional<String> ean13() {
    return Optional.ofNullable(ean13);
  }

  /**
   * Returns the weight added to the product's.
   *
   * @return the weight impact, empty if not imported
   */
  public Optional<BigDecimal> weightImpact() {
    return Optional.ofNullable(weightImpact);
  }

  /**
   * Returns the stock quantity.
   *
   * @return the quantity, empty to leave the store's stock alone
   */
  public Optional<Long> quantity() {
    return Optional.ofNullable(quantity);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CatalogCombination c
        && reference.equals(c.reference)
        && optionValueIds.equals(c.optionValueIds)
        && Objects.equals(cost, c.cost)
        && Objects.equals(ean13, c.ean13)
        && Objects.equals(weightImpact, c.weightImpact)
        && Objects.equals(quantity, c.quantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, optionValueIds, cost, ean13, weightImpact, quantity);
  }

  @Override
  public String toString() {
    return "CatalogCombination[" + reference + ", options=" + optionValueIds + "]";
  }

  /** Builds a {@link CatalogCombination}; not thread-safe. */
  public static final class Builder {
    private final String reference;
    private final LinkedHashSet<Long> optionValueIds = new LinkedHashSet<>();
    private BigDecimal cost;
    private String ean13;
    private BigDecimal weightImpact;
    private Long quantity;

    private Builder(String reference) {
      this.reference = reference;
    }

    /**
     * Adds attribute values ({@code product_option_values} ids); at least one is required.
     *
     * @param ids the ids, 1 or more each
     * @return this builder
     */
    public Builder optionValues(long... ids) {
      for (long id : ids) {
        if (id < 1) {
          throw new IllegalArgumentException(
              "optionValues: ids must be 1 or more (got " + id + ")");
        }
        optionValueIds.add(id);
      }
      return this;
    }

    /**
     * Sets the combination's own cost; its price impact is then the pricing strategy's price for
     * this cost minus the product's price. Default: the product's cost (no impact).
     *
     * @param cost the cost, tax excluded, 0 or more
     * @return this builder
     */
    public Builder cost(BigDecimal cost) {
      this.cost = Checks.notNegative("cost", cost);
      return this;
    }

    /**
     * Sets the EAN-13 barcode. Default: not imported.
     *
     * @param ean13 1 to 13 digits
     * @return this builder
     */
    public Builder ean13(String ean13) {
      this.ean13 = Checks.ean13("ean13", ean13);
      return this;
    }

    /**
     * Sets the weight added to the product's. Default: not imported.
     *
     * @param weightImpact the weight impact, 0 or more
     * @return this builder
     */
    public Builder weightImpact(BigDecimal weightImpact) {
      this.weightImpact = Checks.notNegative("weightImpact", weightImpact);
      return this;
    }

    /**
     * Sets the stock quantity. Default: the store's stock is left alone.
     *
     * @param quantity 0 or more
     * @return this builder
     */
    public Builder quantity(long quantity) {
      this.quantity = Checks.notNegative("quantity", quantity);
      return this;
    }

    /**
     * Builds the combination.
     *
     * @return the combination
     * @throws IllegalStateException if no attribute value was given
     */
    public CatalogCombination build() {
      if (optionValueIds.isEmpty()) {
        throw new IllegalStateException(
            "combination " + reference + ": optionValues: at least one is required");
      }
      return new CatalogCombination(this);
    }
  }
}
