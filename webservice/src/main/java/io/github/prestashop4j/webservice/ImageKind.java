package io.github.prestashop4j.webservice;

import java.util.Locale;

/**
 * The families of images under {@code /api/images/}: each is one path segment, with its own listing
 * and addressing.
 */
public enum ImageKind {
  /** Product images: {@code images/products/{productId}/{imageId}}, several per product. */
  PRODUCTS,
  /** Category images: {@code images/categories/{categoryId}}, one per category. */
  CATEGORIES,
  /** Brand logos: {@code images/manufacturers/{manufacturerId}}. */
  MANUFACTURERS,
  /** Supplier logos: {@code images/suppliers/{supplierId}}. */
  SUPPLIERS,
  /** Physical store pictures: {@code images/stores/{storeId}}. */
  STORES,
  /**
   * Pictures customers uploaded to customise a product: {@code
   * images/customizations/{cartId}/{customizationId}/{index}}.
   */
  CUSTOMIZATIONS,
  /** The shop's logos: {@code images/general/{header|mail|invoice|store_icon}}. */
  GENERAL;

  /**
   * Returns the path segment.
   *
   * @return for example {@code products}
   */
  public String pathSegment() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether images of this kind belong to one object each, addressed by its id (categories,
   * manufacturers, suppliers, stores).
   *
   * @return {@code true} for one image per object
   */
  public boolean onePerObject() {
    return this == CATEGORIES || this == MANUFACTURERS || this == SUPPLIERS || this == STORES;
  }
}
