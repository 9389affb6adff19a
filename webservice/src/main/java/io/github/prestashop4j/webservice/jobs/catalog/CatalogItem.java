package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.webservice.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One product as the warehouse sends it: its reference (the stable key the import finds it by),
 * names and descriptions per language, the warehouse's category, its cost, weight, barcode, stock,
 * combinations and images. Immutable; build it with {@link #builder(String)}.
 *
 * <pre>{@code
 * CatalogItem mug = CatalogItem.builder("WH-MUG-001")
 *     .name(1, "Blue mug").name(2, "Tasse bleue")
 *     .warehouseCategory("KITCHEN/MUGS")
 *     .cost(new BigDecimal("4.20"))
 *     .quantity(120)
 *     .image(CatalogImage.url("https://warehouse.example.com/img/WH-MUG-001.jpg"))
 *     .build();
 * }</pre>
 */
public final class CatalogItem {
  private final String reference;
  private final LocalizedText name;
  private final LocalizedText description;
  private final LocalizedText descriptionShort;
  private final String warehouseCategory;
  private final BigDecimal cost;
  private final BigDecimal weight;
  private final String ean13;
  private final Long quantity;
  private final List<CatalogCombination> combinations;
  private final List<CatalogImage> images;

  private CatalogItem(Builder b) {
    this.reference = b.reference;
    this.name = b.name;
    this.description = b.description;
    this.descriptionShort = b.descriptionShort;
    this.warehouseCategory = b.warehouseCategory;
    this.cost = b.cost;
    this.weight = b.weight;
    this.ean13 = b.ean13;
    this.quantity = b.quantity;
    this.combinations = List.copyOf(b.combinations);
    this.images = List.copyOf(b.images);
  }

  /**
   * Starts an item.
   *
   * @param reference the product's {@code reference}: the key a re-run finds the product by
   * @return the builder
   * @throws IllegalArgumentException if the reference is empty, longer than 64 characters, has
   *     surrounding spaces or holds one of {@code < > ; = { }} (PrestaShop refuses them), or if a
   *     filter cannot look it up: it holds {@code [ ] |} or a line break, or reads as an interval
   *     such as {@code 10,20}
   */
  public static Builder builder(String reference) {
    return new Builder(Checks.reference("reference", reference));
  }

  /**
   * Returns a builder holding this item's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(reference);
    b.name = name;
    b.description = description;
    b.descriptionShort = descriptionShort;
    b.warehouseCategory = warehouseCategory;
    b.cost = cost;
    b.weight = weight;
    b.ean13 = ean13;
    b.quantity = quantity;
    b.combinations.addAll(combinations);
    b.images.addAll(images);
    return b;
  }

  /**
   * Returns the reference.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the names.
   *
   * @return one name per language id
   */
  public LocalizedText name() {
    return name;
  }

  /**
   * Returns the descriptions.
   *
   * @return the descriptions (HTML), empty if not imported
   */
  public Optional<LocalizedText> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the short descriptions.
   *
   * @return the short descriptions (HTML), empty if not imported
   */
  public Optional<LocalizedText> descriptionShort() {
    return Optional.ofNullable(descriptionShort);
  }

  /**
   * Returns the warehouse's category, mapped to the shop's by the {@link CategoryMapping}.
   *
   * @return the warehouse category
   */
  public String warehouseCategory() {
    return warehouseCategory;
  }

  /**
   * Returns the cost, written as {@code wholesale_price} and priced by the {@link PricingStrategy}.
   *
   * @return the cost, tax excluded
   */
  public BigDecimal cost() {
    return cost;
  }

  /**
   * Returns the weight.
   *
   * @return the weight, empty if not imported
   */
  public Optional<BigDecimal> weight() {
    return Optional.ofNullable(weight);
  }

  /**
   * Returns the EAN-13 barcode.
   *
   * @return the barcode, empty if not imported
   */
  public Optional<String> ean13() {
    return Optional.ofNullable(ean13);
  }

  /**
   * Returns the stock quantity of a product without combinations.
   *
   * @return the quantity, empty to leave the store's stock alone
   */
  public Optional<Long> quantity() {
    return Optional.ofNullable(quantity);
  }

  /**
   * Returns the combinations.
   *
   * @return the combinations, empty for a simple product
   */
  public List<CatalogCombination> combinations() {
    return combinations;
  }

  /**
   * Returns the images, the first one becoming the cover.
   *
   * @return the images, uploaded when the store has none for the product
   */
  public List<CatalogImage> images() {
    return images;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CatalogItem i
        && reference.equals(i.reference)
        && name.equals(i.name)
        && Objects.equals(description, i.description)
        && Objects.equals(descriptionShort, i.descriptionShort)
        && warehouseCategory.equals(i.warehouseCategory)
        && cost.equals(i.cost)
        && Objects.equals(weight, i.weight)
        && Objects.equals(ean13, i.ean13)
        && Objects.equals(quantity, i.quantity)
        && combinations.equals(i.combinations)
        && images.equals(i.images);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, name, warehouseCategory, cost, combinations);
  }

  /** Names the reference and the category only. */
  @Override
  public String toString() {
    return "CatalogItem[" + reference + ", category=" + warehouseCategory + "]";
  }

  /** Builds a {@link CatalogItem}; not thread-safe. */
  public static final class Builder {
    private final String reference;
    private LocalizedText name = LocalizedText.empty();
    private LocalizedText description;
    private LocalizedText descriptionShort;
    private String warehouseCategory;
    private BigDecimal cost;
    private BigDecimal weight;
    private String ean13;
    private Long quantity;
    private final List<CatalogCombination> combinations = new ArrayList<>();
    private final List<CatalogImage> images = new ArrayList<>();

    private Builder(String reference) {
      this.reference = reference;
    }

    /**
     * Sets the name in one language; required for every language the import writes.
     *
     * @param languageId the language id, 1 or more
     * @param text the name, not blank
     * @return this builder
     */
    public Builder name(int languageId, String text) {
      Objects.requireNonNull(text, "name");
      if (text.isBlank()) {
        throw new IllegalArgumentException("name: must not be blank (language " + languageId + ")");
      }
      name = name.with(Checks.languageId("name", languageId), text);
      return this;
    }

    /**
     * Sets the description in one language. Default: not imported.
     *
     * @param languageId the language id, 1 or more
     * @param html the description
     * @return this builder
     */
    public Builder description(int languageId, String html) {
      Objects.requireNonNull(html, "description");
      LocalizedText current = description == null ? LocalizedText.empty() : description;
      description = current.with(Checks.languageId("description", languageId), html);
      return this;
    }

    /**
     * Sets the short description in one language. Default: not imported.
     *
     * @param languageId the language id, 1 or more
     * @param html the short description
     * @return this builder
     */
    public Builder descriptionShort(int languageId, String html) {
      Objects.requireNonNull(html, "descriptionShort");
      LocalizedText current = descriptionShort == null ? LocalizedText.empty() : descriptionShort;
      descriptionShort = current.with(Checks.languageId("descriptionShort", languageId), html);
      return this;
    }

    /**
     * Sets the warehouse's category; required.
     *
     * @param warehouseCategory the category as the warehouse names it
     * @return this builder
     */
    public Builder warehouseCategory(String warehouseCategory) {
      Objects.requireNonNull(warehouseCategory, "warehouseCategory");
      if (warehouseCategory.isBlank()) {
        throw new IllegalArgumentException("warehouseCategory: must not be blank");
      }
      this.warehouseCategory = warehouseCategory;
      return this;
    }

    /**
     * Sets the cost; required.
     *
     * @param cost the cost, tax excluded, 0 or more
     * @return this builder
     */
    public Builder cost(BigDecimal cost) {
      this.cost = Checks.notNegative("cost", Objects.requireNonNull(cost, "cost"));
      return this;
    }

    /**
     * Sets the weight. Default: not imported.
     *
     * @param weight the weight in the store's unit, 0 or more
     * @return this builder
     */
    public Builder weight(BigDecimal weight) {
      this.weight = Checks.notNegative("weight", weight);
      return this;
    }

    /**
     * Sets the EAN-13 barcode. Default: not imported.
     *
     * @param ean13 1 to 13 digits
     * @return this builder
     */
    public Builder ean13(String ean13) {
      this.ean13 = Checks.ean13("ean13", ean13);
      return this;
    }

    /**
     * Sets the stock of a product without combinations. Default: the store's stock is left alone.
     *
     * @param quantity 0 or more
     * @return this builder
     */
    public Builder quantity(long quantity) {
      this.quantity = Checks.notNegative("quantity", quantity);
      return this;
    }

    /**
     * Adds a combination.
     *
     * @param combination the combination
     * @return this builder
     */
    public Builder combination(CatalogCombination combination) {
      combinations.add(Objects.requireNonNull(combination, "combination"));
      return this;
    }

    /**
     * Adds an image; the first one becomes the cover.
     *
     * @param image the image
     * @return this builder
     */
    public Builder image(CatalogImage image) {
      images.add(Objects.requireNonNull(image, "image"));
      return this;
    }

    /**
     * Builds the item.
     *
     * @return the item
     * @throws IllegalStateException naming the field: no name, no warehouse category, no cost, a
     *     quantity on a product with combinations (set it on each combination), or two combinations
     *     with the same reference
     */
    public CatalogItem build() {
      String item = "item " + reference + ": ";
      if (name.isEmpty()) {
        throw new IllegalStateException(item + "name: required");
      }
      if (warehouseCategory == null) {
        throw new IllegalStateException(item + "warehouseCategory: required");
      }
      if (cost == null) {
        throw new IllegalStateException(item + "cost: required");
      }
      if (quantity != null && !combinations.isEmpty()) {
        throw new IllegalStateException(
            item + "quantity: a product with combinations has its stock on each combination");
      }
      Set<String> seen = new HashSet<>();
      for (CatalogCombination c : combinations) {
        if (!seen.add(Snapshot.key(c.reference()))) {
          throw new IllegalStateException(
              item + "combinations: reference " + c.reference() + " appears twice");
        }
      }
      return new CatalogItem(this);
    }
  }
}
