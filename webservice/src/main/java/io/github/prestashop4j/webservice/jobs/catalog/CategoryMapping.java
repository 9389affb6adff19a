package io.github.prestashop4j.webservice.jobs.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the warehouse's categories to the shop's category ids. A product's default category ({@code
 * id_category_default}) is the mapped one; it is also in that category and in the {@linkplain
 * Builder#alsoIn(long...) categories every product goes in} (for example Home). Names match exactly
 * (case and spaces count). Immutable.
 *
 * <pre>{@code
 * CategoryMapping mapping = CategoryMapping.builder()
 *     .map("KITCHEN/MUGS", 10)
 *     .map("KITCHEN/PLATES", 11)
 *     .alsoIn(2)                 // Home
 *     .build();
 * }</pre>
 */
public final class CategoryMapping {
  private final Map<String, Long> categories;
  private final List<Long> alsoIn;
  private final Long fallback;

  private CategoryMapping(Builder b) {
    this.categories = Map.copyOf(b.categories);
    this.alsoIn = List.copyOf(b.alsoIn);
    this.fallback = b.fallback;
  }

  /**
   * Starts a mapping.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the shop's default category for a warehouse category.
   *
   * @param warehouseCategory the warehouse's category
   * @return the shop category id, or the fallback, or empty when neither is set
   */
  public Optional<Long> categoryFor(String warehouseCategory) {
    Objects.requireNonNull(warehouseCategory, "warehouseCategory");
    return Optional.ofNullable(categories.getOrDefault(warehouseCategory, fallback));
  }

  /**
   * Returns every category a product of this warehouse category is in: the mapped one, then the
   * ones every product is in.
   *
   * @param warehouseCategory the warehouse's category
   * @return the ids without duplicates, empty when the category is not mapped and there is no
   *     fallback
   */
  public List<Long> categoriesFor(String warehouseCategory) {
    Optional<Long> main = categoryFor(warehouseCategory);
    if (main.isEmpty()) {
      return List.of();
    }
    Set<Long> all = new LinkedHashSet<>();
    all.add(main.get());
    all.addAll(alsoIn);
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "CategoryMapping[" + categories.size() + " categories, alsoIn=" + alsoIn + "]";
  }

  /** Builds a {@link CategoryMapping}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Long> categories = new LinkedHashMap<>();
    private final List<Long> alsoIn = new ArrayList<>();
    private Long fallback;

    private Builder() {}

    /**
     * Maps one warehouse category.
     *
     * @param warehouseCategory the warehouse's name for it
     * @param categoryId the shop's category id, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the category was mapped already or the id is below 1
     */
    public Builder map(String warehouseCategory, long categoryId) {
      Objects.requireNonNull(warehouseCategory, "warehouseCategory");
      if (categories.containsKey(warehouseCategory)) {
        throw new IllegalArgumentException(
            "map: warehouse category \"" + warehouseCategory + "\" is mapped twice");
      }
      categories.put(warehouseCategory, id("map", categoryId));
      return this;
    }

    /**
     * Maps several warehouse categories.
     *
     * @param mapping warehouse category to the shop's category id
     * @return this builder
     */
    public Builder mapAll(Map<String, Long> mapping) {
      Objects.requireNonNull(mapping, "mapping").forEach(this::map);
      return this;
    }

    /**
     * Adds categories every imported product is in besides its own, for example Home (2). Default:
     * none.
     *
     * @param categoryIds the ids, 1 or more each
     * @return this builder
     */
    public Builder alsoIn(long... categoryIds) {
      for (long id : categoryIds) {
        alsoIn.add(id("alsoIn", id));
      }
      return this;
    }

    /**
     * Sets the category of products whose warehouse category is not mapped. Default: none, and such
     * a product fails without any request.
     *
     * @param categoryId the shop's category id, 1 or more
     * @return this builder
     */
    public Builder fallback(long categoryId) {
      this.fallback = id("fallback", categoryId);
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     */
    public CategoryMapping build() {
      return new CategoryMapping(this);
    }

    private static long id(String field, long id) {
      if (id < 1) {
        throw new IllegalArgumentException(
            field + ": category ids must be 1 or more (got " + id + ")");
      }
      return id;
    }
  }
}
