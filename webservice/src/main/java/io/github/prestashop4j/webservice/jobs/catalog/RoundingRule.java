package io.github.prestashop4j.webservice.jobs.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a computed price is rounded: to cents, or up to a price ending in {@code .99} or {@code .90}.
 * The rules given here never return a negative price.
 */
@FunctionalInterface
public interface RoundingRule {
  /**
   * Rounds a price.
   *
   * @param price the computed price, 0 or more
   * @return the rounded price
   */
  BigDecimal round(BigDecimal price);

  /**
   * Rounds half up to cents: 12.345 becomes 12.35.
   *
   * @return the rule
   */
  static RoundingRule cents() {
    return halfUp(2);
  }

  /**
   * Rounds half up to a number of decimals.
   *
   * @param scale the decimals, 0 to 6 (PrestaShop stores 6)
   * @return the rule
   */
  static RoundingRule halfUp(int scale) {
    if (scale < 0 || scale > 6) {
      throw new IllegalArgumentException("scale: must be between 0 and 6 (got " + scale + ")");
    }
    return price -> price.setScale(scale, RoundingMode.HALF_UP);
  }

  /**
   * Rounds up to the nearest price ending in the given cents, never below the price rounded to
   * cents: with {@code 0.99}, 12.34 becomes 12.99 and 13.00 becomes 13.99.
   *
   * @param cents the ending, from 0.00 to 0.99, for example {@code new BigDecimal("0.90")}
   * @return the rule
   */
  static RoundingRule endingIn(BigDecimal cents) {
    Objects.requireNonNull(cents, "cents");
    if (cents.signum() < 0
        || cents.compareTo(BigDecimal.ONE) >= 0
        || cents.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "cents: must be between 0.00 and 0.99 in cents (got " + cents.toPlainString() + ")");
    }
    BigDecimal ending = cents.setScale(2, RoundingMode.UNNECESSARY);
    return price -> {
      BigDecimal rounded = price.setScale(2, RoundingMode.HALF_UP);
      BigDecimal candidate = rounded.setScale(0, RoundingMode.FLOOR).add(ending);
      return candidate.compareTo(rounded) < 0 ? candidate.add(BigDecimal.ONE) : candidate;
    };
  }

  /**
   * Rounds up to a price ending in .99.
   *
   * @return the rule
   */
  static RoundingRule endingIn99() {
    return endingIn(new BigDecimal("0.99"));
  }

  /**
   * Rounds up to a price ending in .90.
   *
   * @return the rule
   */
  static RoundingRule endingIn90() {
    return endingIn(new BigDecimal("0.90"));
  }
}
