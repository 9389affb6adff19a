package io.github.prestashop4j.testkit.internal;

import java.util.Collection;
import java.util.Locale;

/** Small text helpers for the XML and JSON writers and error messages. */
final class Text {
  private Text() {}

  static void cdata(StringBuilder sb, String v) {
    sb.append("<![CDATA[").append(v.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
  }

  static String attr(String v) {
    return v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  static void jsonString(StringBuilder sb, String v) {
    sb.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '/' -> sb.append("\\/");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** The closest candidate by edit distance, for the store's "Did you mean" messages. */
  static String closest(String word, Collection<String> candidates) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static String quotedList(Collection<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('"').append(n).append('"');
    }
    return sb.toString();
  }

  /** PHP's (int) cast of a string: leading digits, else 0. */
  static long phpInt(String s) {
    String t = s.trim();
    int i = 0;
    if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
      i++;
    }
    int start = i;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    if (i == start) {
      return 0;
    }
    try {
      return Long.parseLong(t.substring(0, i));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static Double number(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    // Sorting and filtering call this per comparison: text fields must not cost an exception each.
    char first = s.strip().charAt(0);
    if (!Character.isDigit(first) && first != '-' && first != '+' && first != '.') {
      return null;
    }
    try {
      return Double.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
