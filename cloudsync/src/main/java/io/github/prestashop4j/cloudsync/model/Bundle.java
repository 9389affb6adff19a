package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A product of a pack (bundle): an item of the {@code bundles} collection, {@code GET
 * /raw/v1/{shopId}/bundles}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Bundle extends RawRecord {
  private Bundle(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Bundle of(Map<String, ?> fields) {
    return new Bundle(fields);
  }

  /**
   * Returns {@code idBundleProduct}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idBundleProduct() {
    return text("idBundleProduct");
  }

  /**
   * Returns {@code idBundle}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idBundle() {
    return text("idBundle");
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
   * Returns {@code uniqueProductId}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> uniqueProductId() {
    return text("uniqueProductId");
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
