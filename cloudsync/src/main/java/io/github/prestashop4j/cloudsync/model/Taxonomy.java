package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A category's Google taxonomy mapping (full sync only): an item of the {@code taxonomies}
 * collection, {@code GET /raw/v1/{shopId}/taxonomies}. The path is inferred from ps_eventbus's
 * collection name; it is not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Taxonomy extends RawRecord {
  private Taxonomy(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Taxonomy of(Map<String, ?> fields) {
    return new Taxonomy(fields);
  }

  /**
   * Returns {@code idCategory}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCategory() {
    return text("idCategory");
  }
}
