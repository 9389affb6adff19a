package io.github.prestashop4j.webservice;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An image type (a generated size such as {@code small_default}) from {@code /api/image_types}: its
 * dimensions and the kinds of images it is generated for.
 *
 * @param id the image type's id
 * @param name the name used in image paths, for example {@code small_default}
 * @param width the width in pixels
 * @param height the height in pixels
 * @param kinds the kinds it is generated for, among products, categories, manufacturers, suppliers
 *     and stores
 * @param otherFields fields this SDK does not model, by name (kept as the store sent them)
 */
public record ImageType(
    long id,
    String name,
    int width,
    int height,
    Set<ImageKind> kinds,
    Map<String, String> otherFields) {
  /**
   * Checks and copies the values.
   *
   * @param id the id
   * @param name the name
   * @param width the width
   * @param height the height
   * @param kinds the kinds
   * @param otherFields the other fields
   */
  public ImageType {
    Objects.requireNonNull(name, "name");
    kinds = Set.copyOf(kinds);
    otherFields = Map.copyOf(otherFields);
  }

  /**
   * Tells whether this size is generated for a kind of image.
   *
   * @param kind the kind
   * @return {@code true} if images of that kind exist in this size
   */
  public boolean appliesTo(ImageKind kind) {
    return kinds.contains(kind);
  }
}
