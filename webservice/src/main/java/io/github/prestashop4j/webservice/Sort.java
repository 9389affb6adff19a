package io.github.prestashop4j.webservice;

import java.util.Objects;

/**
 * One sort key of a list query, emitted as {@code field_ASC} or {@code field_DESC} inside {@code
 * sort=[...]}.
 *
 * <p>The server splits each key at its last {@code _}, so field names that contain {@code _} (such
 * as {@code id_category_default}) are fine. Sorting on {@code date_add} or {@code date_upd} makes
 * the query add {@code date=1} (see {@link Query}). Multilingual fields can be sorted on; the
 * server joins the language table, restricted by {@link Query.Builder#language(int...)}.
 *
 * @param field the field to sort on: letters, digits and {@code _}
 * @param direction the direction
 */
public record Sort(String field, Direction direction) {

  /** Sort direction. */
  public enum Direction {
    /** Ascending ({@code _ASC}). */
    ASC,
    /** Descending ({@code _DESC}). */
    DESC
  }

  /**
   * Creates a sort key.
   *
   * @param field the field to sort on: letters, digits and {@code _}
   * @param direction the direction
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the field is not a field name
   */
  public Sort {
    Names.field(field, "sort field");
    Objects.requireNonNull(direction, "direction");
  }

  /**
   * Ascending sort on a field.
   *
   * @param field the field
   * @return the sort key
   * @throws IllegalArgumentException if the field is not a field name
   */
  public static Sort asc(String field) {
    return new Sort(field, Direction.ASC);
  }

  /**
   * Descending sort on a field.
   *
   * @param field the field
   * @return the sort key
   * @throws IllegalArgumentException if the field is not a field name
   */
  public static Sort desc(String field) {
    return new Sort(field, Direction.DESC);
  }

  /**
   * The key as the server expects it inside {@code sort=[...]}.
   *
   * @return for example {@code price_DESC}
   */
  public String expression() {
    return field + "_" + direction.name();
  }
}
