package io.github.prestashop4j.webservice.jobs.catalog;

import java.util.Objects;

/**
 * One change the import made, or would make in a dry run, to a field it owns.
 *
 * <p>Field names are the store's: {@code price}, {@code name[2]} (language 2), {@code categories},
 * {@code combinations[REF].price} (the combination with reference {@code REF}), {@code stock} and
 * {@code combinations[REF].stock}, {@code images}.
 *
 * @param field the field
 * @param before the store's value, {@code ""} when the product or combination does not exist yet
 * @param after the imported value
 */
public record FieldChange(String field, String before, String after) {
  /**
   * Checks the values.
   *
   * @param field the field
   * @param before the store's value
   * @param after the imported value
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** Shows {@code field: before -> after}. */
  @Override
  public String toString() {
    return field + ": \"" + before + "\" -> \"" + after + "\"";
  }
}
