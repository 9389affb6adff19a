package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A product in a wishlist: an item of the {@code wishlist-products} collection, {@code GET
 * /raw/v1/{shopId}/wishlist-products}. The path is inferred from ps_eventbus's collection name; it
 * is not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class WishlistProduct extends RawRecord {
  private WishlistProduct(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static WishlistProduct of(Map<String, ?> fields) {
    return new WishlistProduct(fields);
  }

  /**
   * Returns {@code idWishlistProduct}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idWishlistProduct() {
    return text("idWishlistProduct");
  }

  /**
   * Returns {@code idWishlist}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idWishlist() {
    return text("idWishlist");
  }

  /**
   * Returns {@code idProduct}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProduct() {
    return text("idProduct");
  }

  /**
   * Returns {@code idProductAttribute}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProductAttribute() {
    return text("idProductAttribute");
  }

  /**
   * Returns {@code quantity}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> quantity() {
    return longValue("quantity");
  }
}
