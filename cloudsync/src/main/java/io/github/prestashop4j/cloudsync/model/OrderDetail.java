package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One line of an order: an item of the {@code order-details} collection, {@code GET
 * /raw/v1/{shopId}/order-details}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class OrderDetail extends RawRecord {
  private OrderDetail(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static OrderDetail of(Map<String, ?> fields) {
    return new OrderDetail(fields);
  }

  /**
   * Returns {@code idOrderDetail}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrderDetail() {
    return text("idOrderDetail");
  }

  /**
   * Returns {@code idOrder}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrder() {
    return text("idOrder");
  }

  /**
   * Returns {@code productId}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> productId() {
    return text("productId");
  }

  /**
   * Returns {@code productAttributeId}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> productAttributeId() {
    return text("productAttributeId");
  }

  /**
   * Returns {@code uniqueProductId}: {@code <idProduct>-<idProductAttribute>}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> uniqueProductId() {
    return text("uniqueProductId");
  }

  /**
   * Returns {@code productQuantity}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> productQuantity() {
    return longValue("productQuantity");
  }

  /**
   * Returns {@code unitPriceTaxIncl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> unitPriceTaxIncl() {
    return decimal("unitPriceTaxIncl");
  }

  /**
   * Returns {@code unitPriceTaxExcl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> unitPriceTaxExcl() {
    return decimal("unitPriceTaxExcl");
  }

  /**
   * Returns {@code refund}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> refund() {
    return decimal("refund");
  }

  /**
   * Returns {@code refundTaxExcl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> refundTaxExcl() {
    return decimal("refundTaxExcl");
  }

  /**
   * Returns {@code currency}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> currency() {
    return text("currency");
  }

  /**
   * Returns {@code category}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> category() {
    return text("category");
  }

  /**
   * Returns {@code isoCode}: the language of the category name.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> isoCode() {
    return text("isoCode");
  }

  /**
   * Returns {@code conversionRate}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> conversionRate() {
    return decimal("conversionRate");
  }
}
