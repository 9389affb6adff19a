package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.webservice.Filter;
import io.github.prestashop4j.webservice.model.FieldFormat;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Input rules shared by the catalogue types; messages name the field and the rule. The store's
 * rules come from {@link FieldFormat} and what a filter can look up from {@link Filter}, so each
 * rule has one home.
 */
final class Checks {
  // Product's and Combination's @MaxSize on reference; code points, as the store counts.
  private static final int REFERENCE_SIZE = 64;

  private Checks() {}

  /**
   * A reference the store accepts ({@link FieldFormat#REFERENCE}, at most 64 characters) and the
   * import can look up: the snapshot and every read-back find it with {@link Filter#equalTo}, so
   * what that filter refuses ({@code [ ] |}, line breaks, a value read as an interval) is refused
   * here, before anything is sent.
   */
  static String reference(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()
        || value.codePointCount(0, value.length()) > REFERENCE_SIZE
        || !value.strip().equals(value)
        || !FieldFormat.REFERENCE.matches(value)) {
      throw new IllegalArgumentException(
          field
              + ": must be 1 to "
              + REFERENCE_SIZE
              + " characters, "
              + FieldFormat.REFERENCE
              + " (none of < > ; = { }), without surrounding spaces (got \""
              + value
              + "\")");
    }
    try {
      Filter.equalTo(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field
              + ": \""
              + value
              + "\" cannot be looked up by the store's filter; use another reference ("
              + e.getMessage()
              + ")",
          e);
    }
    return value;
  }

  /** An EAN-13 as the import writes it: {@link FieldFormat#EAN13}, and not empty. */
  static String ean13(String field, String value) {
    if (value != null && (value.isEmpty() || !FieldFormat.EAN13.matches(value))) {
      throw new IllegalArgumentException(
          field + ": must be 1 to 13 digits (got \"" + value + "\")");
    }
    return value;
  }

  static BigDecimal notNegative(String field, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new IllegalArgumentException(
          field + ": must be 0 or more (got " + value.toPlainString() + ")");
    }
    return value;
  }

  static Long notNegative(String field, Long value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(field + ": must be 0 or more (got " + value + ")");
    }
    return value;
  }

  static int languageId(String field, int languageId) {
    if (languageId < 1) {
      throw new IllegalArgumentException(
          field + ": language id must be 1 or more (got " + languageId + ")");
    }
    return languageId;
  }
}
