package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A stock movement: an item of the {@code stock-movements} collection, {@code GET
 * /raw/v1/{shopId}/stock-movements}. The path is inferred from ps_eventbus's collection name; it is
 * not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class StockMovement extends RawRecord {
  private StockMovement(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static StockMovement of(Map<String, ?> fields) {
    return new StockMovement(fields);
  }

  /**
   * Returns {@code idStockMvt}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idStockMvt() {
    return text("idStockMvt");
  }

  /**
   * Returns {@code idStock}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idStock() {
    return text("idStock");
  }

  /**
   * Returns {@code physicalQuantity}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> physicalQuantity() {
    return longValue("physicalQuantity");
  }

  /**
   * Returns {@code sign}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> sign() {
    return longValue("sign");
  }
}
