package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The type of a subscription item or of a product component.
 *
 * <p>String-backed rather than a Java {@code enum}: a value the server adds later is kept as is
 * (see {@link #isKnown()}) instead of failing the decoding. Compare with {@code equals}; values are
 * matched ignoring case. Immutable.
 */
public final class ItemType {
  /** The plan: the main, recurring item. */
  public static final ItemType PLAN = new ItemType("plan");

  /** An add-on to the plan. */
  public static final ItemType ADDON = new ItemType("addon");

  /** A one-off charge. */
  public static final ItemType CHARGE = new ItemType("charge");

  private static final List<ItemType> KNOWN = List.of(PLAN, ADDON, CHARGE);

  private final String value;

  private ItemType(String value) {
    this.value = value;
  }

  /**
   * Returns the instance for a value sent by the server.
   *
   * @param value the value, for example {@code "plan"}
   * @return one of the constants when the value is known (ignoring case), otherwise a new instance
   *     that keeps the value
   */
  @JsonCreator
  public static ItemType of(String value) {
    Objects.requireNonNull(value, "value");
    for (ItemType known : KNOWN) {
      if (known.value.equalsIgnoreCase(value)) {
        return known;
      }
    }
    return new ItemType(value);
  }

  /**
   * Returns the value as the server sends it.
   *
   * @return the value, for example {@code "plan"}
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
    return other instanceof ItemType that
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
