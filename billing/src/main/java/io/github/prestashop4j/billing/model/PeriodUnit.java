package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.prestashop4j.core.StringValue;
import java.util.List;

/**
 * The unit of a billing or trial period.
 *
 * <p>String-backed rather than a Java {@code enum}: a value the server adds later is kept as is
 * (see {@link #isKnown()}) instead of failing the decoding. Compare with {@code equals}; values are
 * matched ignoring case. Immutable.
 */
public final class PeriodUnit extends StringValue {
  private static final long serialVersionUID = 1L;

  /** Days. */
  public static final PeriodUnit DAY = new PeriodUnit("day");

  /** Weeks. */
  public static final PeriodUnit WEEK = new PeriodUnit("week");

  /** Months. */
  public static final PeriodUnit MONTH = new PeriodUnit("month");

  /** Years. */
  public static final PeriodUnit YEAR = new PeriodUnit("year");

  private static final List<PeriodUnit> KNOWN = List.of(DAY, WEEK, MONTH, YEAR);

  private PeriodUnit(String value) {
    super(value);
  }

  /**
   * Returns the instance for a value sent by the server.
   *
   * @param value the value, for example {@code "day"}
   * @return one of the constants when the value is known (ignoring case), otherwise a new instance
   *     that keeps the value
   */
  @JsonCreator
  public static PeriodUnit of(String value) {
    return lookup(value, KNOWN, PeriodUnit::new);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(this);
  }
}
