package io.github.prestashop4j.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value the server sends as a string from a set it may grow, such as a subscription status: a
 * string-backed type rather than a Java {@code enum}, so that a value added by the server later is
 * kept (see {@link #isKnown()}) instead of failing the decoding.
 *
 * <p>Subclasses declare their known values as constants and look values up with {@link
 * #lookup(String, List, Function)}. Values of the same class are equal when their texts are equal
 * ignoring case. Immutable.
 */
public abstract class StringValue implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The text as the server sends it. */
  private final String value;

  /**
   * Creates a value.
   *
   * @param value the text as the server sends it
   */
  protected StringValue(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the known constant matching a text (ignoring case), or a new value keeping the text.
   *
   * @param <T> the value type
   * @param value the text
   * @param known the known constants
   * @param unknown creates a value for a text that is not known
   * @return the constant or the new value
   */
  protected static <T extends StringValue> T lookup(
      String value, List<T> known, Function<String, T> unknown) {
    Objects.requireNonNull(value, "value");
    for (T constant : known) {
      if (constant.value().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    return unknown.apply(value);
  }

  /**
   * Returns the text as the server sends it.
   *
   * @return the text
   */
  @JsonValue
  public final String value() {
    return value;
  }

  /**
   * Tells whether this SDK knows the value.
   *
   * @return {@code true} for the constants of the subclass
   */
  public abstract boolean isKnown();

  /** Equal to a value of the same class whose text is equal ignoring case. */
  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((StringValue) other).value.equalsIgnoreCase(value);
  }

  @Override
  public final int hashCode() {
    return value.toLowerCase(Locale.ROOT).hashCode();
  }

  /** Returns the text. */
  @Override
  public final String toString() {
    return value;
  }
}
