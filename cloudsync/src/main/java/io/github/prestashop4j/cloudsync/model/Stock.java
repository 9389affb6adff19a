package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * The stock of a product or combination: an item of the {@code stocks} collection, {@code GET
 * /raw/v1/{shopId}/stocks}. The path is inferred from ps_eventbus's collection name; it is not
 * confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Stock extends RawRecord {
  private Stock(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Stock of(Map<String, ?> fields) {
    return new Stock(fields);
  }

  /**
   * Returns {@code idStockAvailable}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idStockAvailable() {
    return text("idStockAvailable");
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

  /**
   * Returns {@code physicalQuantity}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> physicalQuantity() {
    return longValue("physicalQuantity");
  }

  /**
   * Returns {@code reservedQuantity}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> reservedQuantity() {
    return longValue("reservedQuantity");
  }

  /**
   * Returns {@code dependsOnStock}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> dependsOnStock() {
    return bool("dependsOnStock");
  }

  /**
   * Returns {@code outOfStock}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> outOfStock() {
    return longValue("outOfStock");
  }

  /**
   * Returns {@code location}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> location() {
    return text("location");
  }
}
