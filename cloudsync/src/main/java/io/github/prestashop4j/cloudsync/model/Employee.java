package io.github.prestashop4j.cloudsync.model;

import java.util.Map;
import java.util.Optional;

/**
 * An employee (anonymised): an item of the {@code employees} collection, {@code GET
 * /raw/v1/{shopId}/employees}. The path is inferred from ps_eventbus's collection name; it is not
 * confirmed by PrestaShop's documentation or a known client.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Employee extends RawRecord {
  private Employee(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Employee of(Map<String, ?> fields) {
    return new Employee(fields);
  }

  /**
   * Returns {@code idEmployee}. The field name is inferred from ps_eventbus, not confirmed.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idEmployee() {
    return text("idEmployee");
  }
}
