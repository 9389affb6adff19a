package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A product, one item per combination and language: an item of the {@code products} collection,
 * {@code GET /raw/v1/{shopId}/products}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Product extends RawRecord {
  private Product(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Product of(Map<String, ?> fields) {
    return new Product(fields);
  }

  /**
   * Returns {@code uniqueProductId}: {@code <idProduct>-<idAttribute>}, the key of the item in the
   * shop.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> uniqueProductId() {
    return text("uniqueProductId");
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
   * Returns {@code idAttribute}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idAttribute() {
    return text("idAttribute");
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
   * Returns {@code isDefaultAttribute}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isDefaultAttribute() {
    return bool("isDefaultAttribute");
  }

  /**
   * Returns {@code name}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> name() {
    return text("name");
  }

  /**
   * Returns {@code description}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> description() {
    return text("description");
  }

  /**
   * Returns {@code descriptionShort}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> descriptionShort() {
    return text("descriptionShort");
  }

  /**
   * Returns {@code linkRewrite}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> linkRewrite() {
    return text("linkRewrite");
  }

  /**
   * Returns {@code link}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> link() {
    return text("link");
  }

  /**
   * Returns {@code defaultCategory}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> defaultCategory() {
    return text("defaultCategory");
  }

  /**
   * Returns {@code idCategoryDefault}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCategoryDefault() {
    return text("idCategoryDefault");
  }

  /**
   * Returns {@code categoryPath}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> categoryPath() {
    return text("categoryPath");
  }

  /**
   * Returns {@code reference}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> reference() {
    return text("reference");
  }

  /**
   * Returns {@code upc}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> upc() {
    return text("upc");
  }

  /**
   * Returns {@code ean}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> ean() {
    return text("ean");
  }

  /**
   * Returns {@code isbn}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> isbn() {
    return text("isbn");
  }

  /**
   * Returns {@code mpn}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> mpn() {
    return text("mpn");
  }

  /**
   * Returns {@code condition}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> condition() {
    return text("condition");
  }

  /**
   * Returns {@code visibility}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> visibility() {
    return text("visibility");
  }

  /**
   * Returns {@code active}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> active() {
    return bool("active");
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
   * Returns {@code manufacturer}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> manufacturer() {
    return text("manufacturer");
  }

  /**
   * Returns {@code idManufacturer}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idManufacturer() {
    return text("idManufacturer");
  }

  /**
   * Returns {@code idSupplier}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idSupplier() {
    return text("idSupplier");
  }

  /**
   * Returns {@code weight}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> weight() {
    return decimal("weight");
  }

  /**
   * Returns {@code priceTaxExcl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> priceTaxExcl() {
    return decimal("priceTaxExcl");
  }

  /**
   * Returns {@code priceTaxIncl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> priceTaxIncl() {
    return decimal("priceTaxIncl");
  }

  /**
   * Returns {@code salePriceTaxExcl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> salePriceTaxExcl() {
    return decimal("salePriceTaxExcl");
  }

  /**
   * Returns {@code salePriceTaxIncl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> salePriceTaxIncl() {
    return decimal("salePriceTaxIncl");
  }

  /**
   * Returns {@code tax}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> tax() {
    return decimal("tax");
  }

  /**
   * Returns {@code availableForOrder}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> availableForOrder() {
    return bool("availableForOrder");
  }

  /**
   * Returns {@code availableDate}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> availableDate() {
    return instant("availableDate");
  }

  /**
   * Returns {@code isBundle}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isBundle() {
    return bool("isBundle");
  }

  /**
   * Returns {@code isVirtual}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isVirtual() {
    return bool("isVirtual");
  }

  /**
   * Returns {@code cover}: the cover image URL.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> cover() {
    return text("cover");
  }

  /**
   * Returns {@code isoCode}: the language of the texts.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> isoCode() {
    return text("isoCode");
  }
}
