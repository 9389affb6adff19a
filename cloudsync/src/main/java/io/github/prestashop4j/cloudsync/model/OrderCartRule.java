package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A cart rule applied to an order: an item of the {@code order-cart-rules} collection, {@code GET
 * /raw/v1/{shopId}/order-cart-rules}. The path is inferred from ps_eventbus's collection name; it
 * is not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class OrderCartRule extends RawRecord {
  private OrderCartRule(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static OrderCartRule of(Map<String, ?> fields) {
    return new OrderCartRule(fields);
  }

  /**
   * Returns {@code idOrderCartRule}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrderCartRule() {
    return text("idOrderCartRule");
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
   * Returns {@code idCartRule}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCartRule() {
    return text("idCartRule");
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
   * Returns {@code name}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> name() {
    return text("name");
  }

  /**
   * Returns {@code value}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> value() {
    return decimal("value");
  }

  /**
   * Returns {@code valueTaxExcl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> valueTaxExcl() {
    return decimal("valueTaxExcl");
  }

  /**
   * Returns {@code freeShipping}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> freeShipping() {
    return bool("freeShipping");
  }
}
