package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A wishlist: an item of the {@code wishlists} collection, {@code GET /raw/v1/{shopId}/wishlists}.
 * The path is inferred from ps_eventbus's collection name; it is not confirmed by PrestaShop's
 * documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Wishlist extends RawRecord {
  private Wishlist(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Wishlist of(Map<String, ?> fields) {
    return new Wishlist(fields);
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
   * Returns {@code idCustomer}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCustomer() {
    return text("idCustomer");
  }

  /**
   * Returns {@code name}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> name() {
    return text("name");
  }
}
