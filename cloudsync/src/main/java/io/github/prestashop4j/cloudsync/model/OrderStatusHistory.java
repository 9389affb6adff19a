package io.github.prestashop4j.cloudsync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One change of an order's state: an item of the {@code order-status-history} collection, {@code
 * GET /raw/v1/{shopId}/order-status-history}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class OrderStatusHistory extends RawRecord {
  private OrderStatusHistory(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static OrderStatusHistory of(Map<String, ?> fields) {
    return new OrderStatusHistory(fields);
  }

  /**
   * Returns {@code idOrderHistory}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrderHistory() {
    return text("idOrderHistory");
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
   * Returns {@code idOrderState}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idOrderState() {
    return text("idOrderState");
  }

  /**
   * Returns {@code name}: the state's name.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> name() {
    return text("name");
  }

  /**
   * Returns {@code template}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> template() {
    return text("template");
  }

  /**
   * Returns {@code dateAdd}: when the order entered the state.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> dateAdd() {
    return instant("dateAdd");
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
   * Returns {@code isDelivered}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isDelivered() {
    return bool("isDelivered");
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
   * Returns {@code isPaid}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isPaid() {
    return bool("isPaid");
  }
}
