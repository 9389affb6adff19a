package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A carrier restricted to a product: an item of the {@code custom-product-carriers} collection,
 * {@code GET /raw/v1/{shopId}/custom-product-carriers}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class CustomProductCarrier extends RawRecord {
  private CustomProductCarrier(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static CustomProductCarrier of(Map<String, ?> fields) {
    return new CustomProductCarrier(fields);
  }

  /**
   * Returns {@code idCustomProductCarrier}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCustomProductCarrier() {
    return text("idCustomProductCarrier");
  }

  /**
   * Returns {@code idCarrierReference}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCarrierReference() {
    return text("idCarrierReference");
  }

  /**
   * Returns {@code idProduct}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idProduct() {
    return text("idProduct");
  }
}
