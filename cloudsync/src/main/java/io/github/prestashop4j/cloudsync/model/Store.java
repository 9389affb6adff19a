package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A physical store: an item of the {@code stores} collection, {@code GET /raw/v1/{shopId}/stores}.
 * The path is inferred from ps_eventbus's collection name; it is not confirmed by PrestaShop's
 * documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Store extends RawRecord {
  private Store(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Store of(Map<String, ?> fields) {
    return new Store(fields);
  }

  /**
   * Returns {@code idStore}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idStore() {
    return text("idStore");
  }

  /**
   * Returns {@code name}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> name() {
    return text("name");
  }

  /**
   * Returns {@code active}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> active() {
    return bool("active");
  }
}
