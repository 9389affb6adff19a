package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * An order: an item of the {@code orders} collection, {@code GET /raw/v1/{shopId}/orders}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Order extends RawRecord {
  private Order(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Order of(Map<String, ?> fields) {
    return new Order(fields);
  }

  /**
   * Returns {@code idOrder}: the order id in the shop.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrder() {
    return text("idOrder");
  }

  /**
   * Returns {@code reference}: the order reference, for example {@code XKBKNABJK}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> reference() {
    return text("reference");
  }

  /**
   * Returns {@code idCustomer}: the customer's id in the shop.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCustomer() {
    return text("idCustomer");
  }

  /**
   * Returns {@code idCart}: the cart's id in the shop.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCart() {
    return text("idCart");
  }

  /**
   * Returns {@code currentState}: the id of the order's current state.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> currentState() {
    return longValue("currentState");
  }

  /**
   * Returns {@code statusLabel}: the label of the current state, for example {@code Canceled}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> statusLabel() {
    return text("statusLabel");
  }

  /**
   * Returns {@code conversionRate}: the currency's conversion rate when the order was placed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> conversionRate() {
    return decimal("conversionRate");
  }

  /**
   * Returns {@code totalPaidTaxExcl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> totalPaidTaxExcl() {
    return decimal("totalPaidTaxExcl");
  }

  /**
   * Returns {@code totalPaidTaxIncl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> totalPaidTaxIncl() {
    return decimal("totalPaidTaxIncl");
  }

  /**
   * Returns {@code totalPaidTax}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> totalPaidTax() {
    return decimal("totalPaidTax");
  }

  /**
   * Returns {@code totalPaidReal}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> totalPaidReal() {
    return decimal("totalPaidReal");
  }

  /**
   * Returns {@code shippingCost}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> shippingCost() {
    return decimal("shippingCost");
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
   * Returns {@code currency}: the ISO code of the order's currency.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> currency() {
    return text("currency");
  }

  /**
   * Returns {@code paymentModule}: the payment module, for example {@code ps_checkpayment}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> paymentModule() {
    return text("paymentModule");
  }

  /**
   * Returns {@code paymentMode}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> paymentMode() {
    return text("paymentMode");
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
   * Returns {@code isPaid}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isPaid() {
    return bool("isPaid");
  }

  /**
   * Returns {@code isValidated}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isValidated() {
    return bool("isValidated");
  }

  /**
   * Returns {@code isShipped}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isShipped() {
    return bool("isShipped");
  }

  /**
   * Returns {@code newCustomer}: whether this was the customer's first order.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> newCustomer() {
    return bool("newCustomer");
  }

  /**
   * Returns {@code deliveryCountryCode}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> deliveryCountryCode() {
    return text("deliveryCountryCode");
  }

  /**
   * Returns {@code invoiceCountryCode}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> invoiceCountryCode() {
    return text("invoiceCountryCode");
  }
}
