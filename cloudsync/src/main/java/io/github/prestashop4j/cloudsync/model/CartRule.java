package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A cart rule (voucher or promotion): an item of the {@code cart-rules} collection, {@code GET
 * /raw/v1/{shopId}/cart-rules}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class CartRule extends RawRecord {
  private CartRule(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static CartRule of(Map<String, ?> fields) {
    return new CartRule(fields);
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
   * Returns {@code idCustomer}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCustomer() {
    return text("idCustomer");
  }

  /**
   * Returns {@code code}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> code() {
    return text("code");
  }

  /**
   * Returns {@code description}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> description() {
    return text("description");
  }

  /**
   * Returns {@code from}: start of validity.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> from() {
    return instant("from");
  }

  /**
   * Returns {@code to}: end of validity.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> to() {
    return instant("to");
  }

  /**
   * Returns {@code quantity}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> quantity() {
    return longValue("quantity");
  }

  /**
   * Returns {@code quantityPerUser}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> quantityPerUser() {
    return longValue("quantityPerUser");
  }

  /**
   * Returns {@code priority}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> priority() {
    return longValue("priority");
  }

  /**
   * Returns {@code partialUse}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> partialUse() {
    return bool("partialUse");
  }

  /**
   * Returns {@code minimumAmount}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> minimumAmount() {
    return decimal("minimumAmount");
  }

  /**
   * Returns {@code freeShipping}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> freeShipping() {
    return bool("freeShipping");
  }

  /**
   * Returns {@code reductionPercent}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> reductionPercent() {
    return decimal("reductionPercent");
  }

  /**
   * Returns {@code reductionAmount}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> reductionAmount() {
    return decimal("reductionAmount");
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
   * Returns {@code active}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> active() {
    return bool("active");
  }
}
