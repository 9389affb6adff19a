package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A specific price of a product: an item of the {@code specific-prices} collection, {@code GET
 * /raw/v1/{shopId}/specific-prices}. The path is inferred from ps_eventbus's collection name; it is
 * not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class SpecificPrice extends RawRecord {
  private SpecificPrice(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static SpecificPrice of(Map<String, ?> fields) {
    return new SpecificPrice(fields);
  }

  /**
   * Returns {@code idSpecificPrice}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idSpecificPrice() {
    return text("idSpecificPrice");
  }

  /**
   * Returns {@code idProduct}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProduct() {
    return text("idProduct");
  }

  /**
   * Returns {@code idProductAttribute}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProductAttribute() {
    return text("idProductAttribute");
  }

  /**
   * Returns {@code idCurrency}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCurrency() {
    return text("idCurrency");
  }

  /**
   * Returns {@code idCountry}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCountry() {
    return text("idCountry");
  }

  /**
   * Returns {@code idGroup}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idGroup() {
    return text("idGroup");
  }

  /**
   * Returns {@code idCustomer}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCustomer() {
    return text("idCustomer");
  }

  /**
   * Returns {@code price}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> price() {
    return decimal("price");
  }

  /**
   * Returns {@code fromQuantity}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> fromQuantity() {
    return longValue("fromQuantity");
  }

  /**
   * Returns {@code reduction}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> reduction() {
    return decimal("reduction");
  }

  /**
   * Returns {@code reductionTax}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> reductionTax() {
    return bool("reductionTax");
  }

  /**
   * Returns {@code reductionType}: {@code amount} or {@code percentage}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> reductionType() {
    return text("reductionType");
  }

  /**
   * Returns {@code from}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> from() {
    return instant("from");
  }

  /**
   * Returns {@code to}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> to() {
    return instant("to");
  }

  /**
   * Returns {@code discountPercentage}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> discountPercentage() {
    return decimal("discountPercentage");
  }
}
