package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A category, in one language: an item of the {@code categories} collection, {@code GET
 * /raw/v1/{shopId}/categories}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Category extends RawRecord {
  private Category(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Category of(Map<String, ?> fields) {
    return new Category(fields);
  }

  /**
   * Returns {@code uniqueCategoryId}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> uniqueCategoryId() {
    return text("uniqueCategoryId");
  }

  /**
   * Returns {@code idCategory}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCategory() {
    return text("idCategory");
  }

  /**
   * Returns {@code idParent}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idParent() {
    return text("idParent");
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
   * Returns {@code linkRewrite}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> linkRewrite() {
    return text("linkRewrite");
  }

  /**
   * Returns {@code metaTitle}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> metaTitle() {
    return text("metaTitle");
  }

  /**
   * Returns {@code metaKeywords}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> metaKeywords() {
    return text("metaKeywords");
  }

  /**
   * Returns {@code metaDescription}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> metaDescription() {
    return text("metaDescription");
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
