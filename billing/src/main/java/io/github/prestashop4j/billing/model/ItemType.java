package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.prestashop4j.core.StringValue;
import java.util.List;

/**
 * The type of a subscription item or of a product component.
 *
 * <p>String-backed rather than a Java {@code enum}: a value the server adds later is kept as is
 * (see {@link #isKnown()}) instead of failing the decoding. Compare with {@code equals}; values are
 * matched ignoring case. Immutable.
 */
public final class ItemType extends StringValue {
  private static final long serialVersionUID = 1L;

  /** The plan: the main, recurring item. */
  public static final ItemType PLAN = new ItemType("plan");

  /** An add-on to the plan. */
  public static final ItemType ADDON = new ItemType("addon");

  /** A one-off charge. */
  public static final ItemType CHARGE = new ItemType("charge");

  private static final List<ItemType> KNOWN = List.of(PLAN, ADDON, CHARGE);

  private ItemType(String value) {
    super(value);
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
    return lookup(value, KNOWN, ItemType::new);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(this);
  }
}
