package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A currency of the shop: an item of the {@code currencies} collection, {@code GET
 * /raw/v1/{shopId}/currencies}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Currency extends RawRecord {
  private Currency(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Currency of(Map<String, ?> fields) {
    return new Currency(fields);
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
   * Returns {@code name}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> name() {
    return text("name");
  }

  /**
   * Returns {@code isoCode}.
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

  /**
   * Returns {@code active}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> active() {
    return bool("active");
  }

  /**
   * Returns {@code precision}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> precision() {
    return longValue("precision");
  }
}
