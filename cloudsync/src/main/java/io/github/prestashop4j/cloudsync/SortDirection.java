package io.github.prestashop4j.cloudsync;

import java.util.Locale;
import java.util.Objects;

/**
 * The order of a Raw API listing, sent as the {@code direction} query parameter. String-backed: the
 * exact spelling the API expects is not documented, so {@link #of(String)} sends any other value
 * unchanged.
 */
public final class SortDirection {
  /** Ascending, sent as {@code asc}. */
  public static final SortDirection ASC = new SortDirection("asc");

  /** Descending, sent as {@code desc}. */
  public static final SortDirection DESC = new SortDirection("desc");

  private final String value;

  private SortDirection(String value) {
    this.value = value;
  }

  /**
   * Returns the direction with this value: {@link #ASC} or {@link #DESC} for {@code asc} and {@code
   * desc} in any case, otherwise the value as given.
   *
   * @param value the value to send
   * @return the direction
   * @throws IllegalArgumentException if the value is blank or holds characters other than letters
   *     and digits
   */
  public static SortDirection of(String value) {
    Objects.requireNonNull(value, "direction");
    if (value.isEmpty() || !value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
      throw new IllegalArgumentException(
          "direction: must be letters and digits only (got '" + value + "')");
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals(ASC.value)) {
      return ASC;
    }
    return lower.equals(DESC.value) ? DESC : new SortDirection(value);
  }

  /**
   * Returns the value sent.
   *
   * @return for example {@code asc}
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SortDirection that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the value. */
  @Override
  public String toString() {
    return value;
  }
}
