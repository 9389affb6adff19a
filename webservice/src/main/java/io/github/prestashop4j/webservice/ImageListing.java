package io.github.prestashop4j.webservice;

import java.util.List;

/**
 * A kind's listing ({@code /api/images/products}, {@code /api/images/categories}, ...): the sizes
 * generated for that kind and the ids of the objects that have an image.
 *
 * @param sizes the image types of the kind, by id and name
 * @param ids the ids of the objects (products, categories, ...) that have at least one image, in
 *     the store's order
 */
public record ImageListing(List<Size> sizes, List<Long> ids) {
  /**
   * Copies the lists.
   *
   * @param sizes the sizes
   * @param ids the ids
   */
  public ImageListing {
    sizes = List.copyOf(sizes);
    ids = List.copyOf(ids);
  }

  /**
   * One generated size of a kind.
   *
   * @param id the image type's id
   * @param name its name, for {@link ImagePath#size(String)}
   */
  public record Size(long id, String name) {}
}
