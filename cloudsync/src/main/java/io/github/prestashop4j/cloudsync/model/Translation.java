package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * A translation: an item of the {@code translations} collection, {@code GET
 * /raw/v1/{shopId}/translations}. The path is inferred from ps_eventbus's collection name; it is
 * not confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Translation extends RawRecord {
  private Translation(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Translation of(Map<String, ?> fields) {
    return new Translation(fields);
  }

  /**
   * Returns {@code idTranslation}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idTranslation() {
    return text("idTranslation");
  }

  /**
   * Returns {@code idLang}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idLang() {
    return text("idLang");
  }

  /**
   * Returns {@code key}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> key() {
    return text("key");
  }

  /**
   * Returns {@code translation}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> translation() {
    return text("translation");
  }

  /**
   * Returns {@code domain}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> domain() {
    return text("domain");
  }
}
