package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The carrier of an order's shipment: an item of the {@code order-carriers} collection, {@code GET
 * /raw/v1/{shopId}/order-carriers}. The path is inferred from ps_eventbus's collection name; it is
 * not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class OrderCarrier extends RawRecord {
  private OrderCarrier(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static OrderCarrier of(Map<String, ?> fields) {
    return new OrderCarrier(fields);
  }

  /**
   * Returns {@code idOrderCarrier}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrderCarrier() {
    return text("idOrderCarrier");
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
   * Returns {@code idCarrier}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCarrier() {
    return text("idCarrier");
  }

  /**
   * Returns {@code idOrderInvoice}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrderInvoice() {
    return text("idOrderInvoice");
  }

  /**
   * Returns {@code weight}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> weight() {
    return decimal("weight");
  }

  /**
   * Returns {@code shippingCostTaxExcl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> shippingCostTaxExcl() {
    return decimal("shippingCostTaxExcl");
  }

  /**
   * Returns {@code shippingCostTaxIncl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> shippingCostTaxIncl() {
    return decimal("shippingCostTaxIncl");
  }

  /**
   * Returns {@code trackingNumber}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> trackingNumber() {
    return text("trackingNumber");
  }

  /**
   * Returns {@code dateAdd}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> dateAdd() {
    return instant("dateAdd");
  }
}
