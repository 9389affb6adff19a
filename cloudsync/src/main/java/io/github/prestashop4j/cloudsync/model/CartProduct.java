package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A product in a cart: an item of the {@code cart-products} collection, {@code GET
 * /raw/v1/{shopId}/cart-products}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class CartProduct extends RawRecord {
  private CartProduct(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static CartProduct of(Map<String, ?> fields) {
    return new CartProduct(fields);
  }

  /**
   * Returns {@code idCartProduct}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCartProduct() {
    return text("idCartProduct");
  }

  /**
   * Returns {@code idCart}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCart() {
    return text("idCart");
  }

  /**
   * Returns {@code idProduct}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProduct() {
    return text("idProduct");
  }

  /**
   * Returns {@code idProductAttribute}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProductAttribute() {
    return text("idProductAttribute");
  }

  /**
   * Returns {@code quantity}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> quantity() {
    return longValue("quantity");
  }
}
