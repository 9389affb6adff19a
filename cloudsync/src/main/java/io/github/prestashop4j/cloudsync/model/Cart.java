package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A cart: an item of the {@code carts} collection, {@code GET /raw/v1/{shopId}/carts}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Cart extends RawRecord {
  private Cart(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Cart of(Map<String, ?> fields) {
    return new Cart(fields);
  }

  /**
   * Returns {@code idCart}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCart() {
    return text("idCart");
  }
}
