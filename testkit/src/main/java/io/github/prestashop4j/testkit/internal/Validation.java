package io.github.prestashop4j.testkit.internal;

import java.util.regex.Pattern;

/** PrestaShop's field validators ({@code Validate::isX}) for the formats the schemas name. */
final class Validation {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern NAME = Pattern.compile("^[^0-9!<>,;?=+()@#\"°{}_$%:]*$");
  private static final Pattern GENERIC_NAME = Pattern.compile("^[^<>={}]*$");
  private static final Pattern UNSIGNED = Pattern.compile("^\\d*$");
  private static final Pattern INT = Pattern.compile("^-?\\d*$");
  private static final Pattern FLOAT = Pattern.compile("^-?\\d*(\\.\\d*)?$");
  private static final Pattern UNSIGNED_FLOAT = Pattern.compile("^\\d*(\\.\\d*)?$");
  private static final Pattern BOOL = Pattern.compile("^(0|1|true|false)?$");
  private static final Pattern DATE =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?)?$");
  private static final Pattern MD5 = Pattern.compile("^([a-f0-9]{32})?$");

  private Validation() {}

  /** Null when the value is acceptable, else the end of the store's message. */
  static String check(Model.Field f, Object value) {
    if (value instanceof String[]) {
      for (String v : (String[]) value) {
        String p = checkOne(f, v == null ? "" : v);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    return checkOne(f, value == null ? "" : (String) value);
  }

  private static String checkOne(Model.Field f, String v) {
    if (f.maxSize > 0 && v.length() > f.maxSize) {
      return "length (" + v.length() + ") must be lower than " + f.maxSize;
    }
    if (v.isEmpty()) {
      return null;
    }
    Pattern p =
        switch (f.format) {
          case "isEmail" -> EMAIL;
          case "isName", "isCustomerName" -> NAME;
          case "isGenericName", "isCatalogName" -> GENERIC_NAME;
          case "isUnsignedId", "isUnsignedInt", "isNullOrUnsignedId" -> UNSIGNED;
          case "isInt" -> INT;
          case "isFloat", "isPrice", "isNegativePrice" -> FLOAT;
          case "isUnsignedFloat" -> UNSIGNED_FLOAT;
          case "isBool" -> BOOL;
          case "isDate", "isBirthDate", "isDateFormat" -> DATE;
          case "isMd5" -> MD5;
          default -> null;
        };
    if (p != null && !p.matcher(v).matches()) {
      return "is not valid";
    }
    return null;
  }
}
