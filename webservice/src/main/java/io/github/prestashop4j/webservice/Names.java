package io.github.prestashop4j.webservice;

import java.util.Objects;
import java.util.regex.Pattern;

/** Name rules shared by the query types, so that each rule has one wording. */
final class Names {
  private Names() {}

  // The server looks field names up in the resource definition; anything else is a typo or an
  // injection.
  private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_]+");

  /** Refuses unpaired surrogates, which UTF-8 cannot encode (they would be sent as '?'). */
  // Display lists may also name virtual price aliases, which PrestaShop's isConfigName lets contain
  // '-'.
  private static final Pattern DISPLAY_FIELD = Pattern.compile("[A-Za-z0-9_-]+");

  static String displayField(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!DISPLAY_FIELD.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what
              + ": \""
              + name
              + "\" is not a field name or price alias (allowed: letters, digits, '_' and '-')");
    }
    return name;
  }

  static String wellFormed(String s, String what) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            what
                + ": contains an unpaired surrogate at index "
                + i
                + ", which UTF-8 cannot encode");
      }
    }
    return s;
  }

  static String field(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!FIELD.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + ": \"" + name + "\" is not a field name (allowed: letters, digits and '_')");
    }
    return name;
  }
}
