package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A supplier of a product: an item of the {@code product-suppliers} collection, {@code GET
 * /raw/v1/{shopId}/product-suppliers}. The path is inferred from ps_eventbus's collection name; it
 * is not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class ProductSupplier extends RawRecord {
  private ProductSupplier(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static ProductSupplier of(Map<String, ?> fields) {
    return new ProductSupplier(fields);
  }

  /**
   * Returns {@code idProductSupplier}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProductSupplier() {
    return text("idProductSupplier");
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
   * Returns {@code idSupplier}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idSupplier() {
    return text("idSupplier");
  }
}
