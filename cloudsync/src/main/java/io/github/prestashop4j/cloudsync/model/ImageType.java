package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * An image type (full sync only): an item of the {@code image-types} collection, {@code GET
 * /raw/v1/{shopId}/image-types}. The path is inferred from ps_eventbus's collection name; it is not
 * confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class ImageType extends RawRecord {
  private ImageType(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static ImageType of(Map<String, ?> fields) {
    return new ImageType(fields);
  }

  /**
   * Returns {@code idImageType}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idImageType() {
    return text("idImageType");
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
   * Returns {@code width}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> width() {
    return longValue("width");
  }

  /**
   * Returns {@code height}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> height() {
    return longValue("height");
  }
}
