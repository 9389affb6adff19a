package io.github.prestashop4j.webservice.jobs.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** Input rules shared by the catalogue types; messages name the field and the rule. */
final class Checks {
  // PrestaShop's isReference, minus what a filter cannot carry: a reference is looked up by
  // filter[reference]=[a|b], so brackets and | would change the filter's meaning.
  private static final Pattern REFERENCE = Pattern.compile("[^<>;={}\\[\\]|]{1,64}");
  // A lone value of this shape inside [..] is read by the store as an interval (from,to).
  private static final Pattern INTERVAL = Pattern.compile("[0-9.:\\-\\s]+,[0-9.:\\-\\s]+");
  private static final Pattern EAN13 = Pattern.compile("[0-9]{1,13}");

  private Checks() {}

  static String reference(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || !value.strip().equals(value) || !REFERENCE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + ": must be 1 to 64 characters without < > ; = { } [ ] | and without surrounding"
              + " spaces (got \""
              + value
              + "\")");
    }
    if (INTERVAL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + ": \""
              + value
              + "\" would be read by the store's filter as an interval; use another reference");
    }
    return value;
  }

  static String ean13(String field, String value) {
    if (value != null && !EAN13.matcher(value).matches()) {
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
