package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A product image: an item of the {@code images} collection, {@code GET /raw/v1/{shopId}/images}.
 * The path is inferred from ps_eventbus's collection name; it is not confirmed by PrestaShop's
 * documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Image extends RawRecord {
  private Image(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Image of(Map<String, ?> fields) {
    return new Image(fields);
  }

  /**
   * Returns {@code idImage}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idImage() {
    return text("idImage");
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
   * Returns {@code position}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> position() {
    return longValue("position");
  }

  /**
   * Returns {@code cover}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> cover() {
    return bool("cover");
  }
}
