package io.github.prestashop4j.webservice.jobs.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Computes a selling price ({@code price}, tax excluded, as PrestaShop stores it) from a cost. A
 * combination with its own cost gets as price impact the difference between its price and the
 * product's.
 *
 * <pre>{@code
 * PricingStrategy pricing = PricingStrategy.costPlusMargin(new BigDecimal("40"), RoundingRule.endingIn99());
 * pricing.price(new BigDecimal("10.00"));   // 14.00 rounded up: 14.99
 * }</pre>
 */
@FunctionalInterface
public interface PricingStrategy {
  /**
   * Returns the selling price for a cost.
   *
   * @param cost the cost, tax excluded, 0 or more
   * @return the price, tax excluded, 0 or more
   */
  BigDecimal price(BigDecimal cost);

  /**
   * Cost plus a margin in percent of the cost, then rounded: {@code cost * (1 + percent / 100)}.
   *
   * @param percent the margin, 0 or more, for example {@code 40} for 40 %
   * @param rounding how the result is rounded
   * @return the strategy
   */
  static PricingStrategy costPlusMargin(BigDecimal percent, RoundingRule rounding) {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(rounding, "rounding");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException(
          "percent: must be 0 or more (got " + percent.toPlainString() + ")");
    }
    BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
    return cost -> rounding.round(cost.multiply(factor));
  }
}
