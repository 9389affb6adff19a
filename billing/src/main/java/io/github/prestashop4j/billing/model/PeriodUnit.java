package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The unit of a billing or trial period.
 *
 * <p>String-backed rather than a Java {@code enum}: a value the server adds later is kept as is
 * (see {@link #isKnown()}) instead of failing the decoding. Compare with {@code equals}; values are
 * matched ignoring case. Immutable.
 */
public final class PeriodUnit {
  /** Days. */
  public static final PeriodUnit DAY = new PeriodUnit("day");

  /** Weeks. */
  public static final PeriodUnit WEEK = new PeriodUnit("week");

  /** Months. */
  public static final PeriodUnit MONTH = new PeriodUnit("month");

  /** Years. */
  public static final PeriodUnit YEAR = new PeriodUnit("year");

  private static final List<PeriodUnit> KNOWN = List.of(DAY, WEEK, MONTH, YEAR);

  private final String value;

  private PeriodUnit(String value) {
    this.value = value;
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
    Objects.requireNonNull(value, "value");
    for (PeriodUnit known : KNOWN) {
      if (known.value.equalsIgnoreCase(value)) {
        return known;
      }
    }
    return new PeriodUnit(value);
  }

  /**
   * Returns the value as the server sends it.
   *
   * @return the value, for example {@code "day"}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Tells whether this SDK knows the value.
   *
   * @return {@code true} for the constants of this class
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeriodUnit that
        && that.value.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
  }

  @Override
  public int hashCode() {
    return value.toLowerCase(Locale.ROOT).hashCode();
  }

  /** Returns the value. */
  @Override
  public String toString() {
    return value;
  }
}
