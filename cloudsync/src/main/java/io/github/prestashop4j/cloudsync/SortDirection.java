package io.github.prestashop4j.cloudsync;

import io.github.prestashop4j.core.StringValue;
import java.util.List;
import java.util.Objects;

/**
 * The order of a Raw API listing, sent as the {@code direction} query parameter. String-backed: the
 * exact spelling the API expects is not documented, so {@link #of(String)} sends any other value
 * unchanged. Values compare without regard to case.
 */
public final class SortDirection extends StringValue {
  private static final long serialVersionUID = 1L;

  /** Ascending, sent as {@code asc}. */
  public static final SortDirection ASC = new SortDirection("asc");

  /** Descending, sent as {@code desc}. */
  public static final SortDirection DESC = new SortDirection("desc");

  private static final List<SortDirection> KNOWN = List.of(ASC, DESC);

  private SortDirection(String value) {
    super(value);
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
    return lookup(value, KNOWN, SortDirection::new);
  }

  /**
   * Tells whether this is {@link #ASC} or {@link #DESC}.
   *
   * @return {@code true} for the two directions this SDK names
   */
  @Override
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Keeps {@link #ASC} and {@link #DESC} single instances across serialisation.
   *
   * @return the canonical instance of this direction
   */
  private Object readResolve() {
    return of(value());
  }
}
