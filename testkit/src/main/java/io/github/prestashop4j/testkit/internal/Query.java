package io.github.prestashop4j.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The list parameters of a GET: display, filters, sort, limit and language, parsed and applied. */
final class Query {

  /** What to show of each entity. {@code fields == null} means every field. */
  static final class Display {
    final boolean idsOnly;
    final List<Model.Field> fields;
    final Map<String, List<Integer>> associations;

    Display(boolean idsOnly, List<Model.Field> fields, Map<String, List<Integer>> associations) {
      this.idsOnly = idsOnly;
      this.fields = fields;
      this.associations = associations;
    }

    static final Display IDS = new Display(true, null, null);
    static final Display FULL = new Display(false, null, null);

    boolean shows(Model.Field f) {
      return fields == null || fields.contains(f);
    }

    /** Field indexes to show of an association, or null to hide it; empty list = every field. */
    List<Integer> association(String name) {
      if (associations == null) {
        return fields == null ? List.of() : null;
      }
      return associations.get(name);
    }
  }

  private Query() {}

  static List<String> fieldNames(Model.Resource r, boolean withDates) {
    List<String> names = new ArrayList<>();
    for (Model.Field f : r.fields) {
      if (withDates || !f.isDate()) {
        names.add(f.name);
      }
    }
    return names;
  }

  static Display display(Model.Resource r, String value, boolean list) {
    if (value == null) {
      return list ? Display.IDS : Display.FULL;
    }
    if (value.equals("full")) {
      return Display.FULL;
    }
    String available = String.join(", ", fieldNames(r, true));
    if (!value.startsWith("[") || !value.endsWith("]")) {
      throw WsError.listParameter(
          36,
          "The 'display' syntax is wrong. You can set 'full' or '[field_1,field_2,field_3,...]'."
              + " These are available: "
              + available);
    }
    List<Model.Field> fields = new ArrayList<>();
    Map<String, List<Integer>> assocs = new LinkedHashMap<>();
    for (String token : splitTop(value.substring(1, value.length() - 1))) {
      String t = token.trim();
      int b = t.indexOf('[');
      String name = b < 0 ? t : t.substring(0, b);
      if (name.equals("associations")) {
        throw new PhpFatal();
      }
      Model.Field f = r.byName.get(name);
      Model.Association a = r.associationsByName.get(name);
      if (b < 0 && f != null) {
        fields.add(f);
      } else if (a != null) {
        List<Integer> idx = new ArrayList<>();
        if (b >= 0) {
          for (String sub : t.substring(b + 1, t.length() - 1).split(",")) {
            int i = a.fieldIndex(sub.trim());
            if (i < 0) {
              throw WsError.listParameter(
                  35,
                  "Unable to display this field \""
                      + name
                      + " (details : array (\n  0 => '"
                      + sub.trim()
                      + "',\n))\". However, these are available: "
                      + available);
            }
            idx.add(i);
          }
        }
        assocs.put(name, idx);
      } else {
        throw WsError.listParameter(
            35,
            "Unable to display this field \""
                + name
                + "\". However, these are available: "
                + available);
      }
    }
    return new Display(false, fields, assocs);
  }

  static List<String> splitTop(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      parts.add(s.substring(start));
    }
    return parts;
  }

  /** Language indexes to show, from the {@code language} parameter; null = every language. */
  static int[] languages(Store store, String value) {
    if (value == null) {
      return null;
    }
    List<Long> ids = new ArrayList<>();
    if (value.startsWith("[") && value.endsWith("]")) {
      String inner = value.substring(1, value.length() - 1);
      if (inner.contains(",")) {
        String[] range = inner.split(",", -1);
        if (range.length != 2) {
          throw new WsError(400, 78, "A range value for a language must contains only 2 values")
              .add(81, "language is not available");
        }
        long from = Text.phpInt(range[0]);
        long to = Text.phpInt(range[1]);
        for (long id = from; id <= to; id++) {
          ids.add(id);
        }
      } else {
        for (String p : inner.split("\\|", -1)) {
          if (!p.matches("\\d+")) {
            throw new WsError(400, 80, "Language ID must be numeric")
                .add(81, "language is not available");
          }
          ids.add(Long.parseLong(p));
        }
      }
    } else if (value.matches("\\d+")) {
      ids.add(Long.parseLong(value));
    } else {
      throw new WsError(400, 79, "language value is wrong").add(81, "language is not available");
    }
    List<Integer> idx = new ArrayList<>();
    for (long id : ids) {
      int i = store.langIndex(id);
      if (i < 0) {
        throw new WsError(400, 81, "language is not available");
      }
      idx.add(i);
    }
    return idx.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One filter: a field and a predicate on its value(s). */
  record Filter(Model.Field field, String op, List<String> values) {}

  private static final Pattern BRACKETED =
      Pattern.compile("^(%?|[<>!]?)\\[(.*)\\](%?)$", Pattern.DOTALL);

  static List<Filter> filters(Model.Resource r, Map<String, String> raw, boolean dates) {
    List<Filter> out = new ArrayList<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      Model.Field f = r.byName.get(e.getKey());
      if (f == null || (f.isDate() && !dates)) {
        List<String> names = fieldNames(r, dates);
        throw WsError.listParameter(
            32,
            "This filter does not exist. Did you mean: \""
                + Text.closest(e.getKey(), names)
                + "\"? The full list is: "
                + Text.quotedList(names));
      }
      if (f.notFilterable) {
        throw WsError.listParameter(
            34,
            "The field \""
                + f.name
                + "\" is dynamic. It is not possible to filter GET query with this field.");
      }
      String v = e.getValue();
      if (v.isEmpty()) {
        throw WsError.listParameter(33, "The filter \"" + f.name + "\" is malformed.");
      }
      Matcher m = BRACKETED.matcher(v);
      if (!m.matches()) {
        out.add(new Filter(f, "=", List.of(v)));
        continue;
      }
      String pre = m.group(1);
      String inner = m.group(2);
      String post = m.group(3);
      if (pre.equals("%") && post.equals("%")) {
        out.add(new Filter(f, "contains", List.of(inner)));
      } else if (pre.equals("%")) {
        out.add(new Filter(f, "ends", List.of(inner)));
      } else if (post.equals("%")) {
        out.add(new Filter(f, "begins", List.of(inner)));
      } else if (pre.equals(">") || pre.equals("<")) {
        out.add(new Filter(f, pre, List.of(inner)));
      } else if (pre.equals("!")) {
        out.add(new Filter(f, "!", List.of(inner.split("\\|", -1))));
      } else if (inner.contains("|")) {
        out.add(new Filter(f, "=", List.of(inner.split("\\|", -1))));
      } else if (inner.contains(",")) {
        String[] range = inner.split(",", 2);
        out.add(new Filter(f, "between", List.of(range[0], range[1])));
      } else {
        out.add(new Filter(f, "=", List.of(inner)));
      }
    }
    return out;
  }

  static boolean matches(Filter filter, Store.Row row, int[] langs, int langCount) {
    Model.Field f = filter.field();
    if (!f.i18n) {
      return test(filter, row.value(f, 0));
    }
    if (langs == null) {
      for (int i = 0; i < langCount; i++) {
        if (test(filter, row.value(f, i))) {
          return true;
        }
      }
      return false;
    }
    for (int i : langs) {
      if (test(filter, row.value(f, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean test(Filter filter, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    switch (filter.op()) {
      case "contains":
        return v.contains(filter.values().get(0).toLowerCase(Locale.ROOT));
      case "begins":
        return v.startsWith(filter.values().get(0).toLowerCase(Locale.ROOT));
      case "ends":
        return v.endsWith(filter.values().get(0).toLowerCase(Locale.ROOT));
      case ">":
        return compare(value, filter.values().get(0)) > 0;
      case "<":
        return compare(value, filter.values().get(0)) < 0;
      case "between":
        return compare(value, filter.values().get(0)) >= 0
            && compare(value, filter.values().get(1)) <= 0;
      case "!":
        return filter.values().stream().noneMatch(x -> compare(value, x) == 0);
      default:
        return filter.values().stream().anyMatch(x -> compare(value, x) == 0);
    }
  }

  /** Compares as numbers when both sides are numbers (as MySQL would), else case-insensitively. */
  static int compare(String a, String b) {
    Double x = Text.number(a);
    Double y = Text.number(b);
    if (x != null && y != null) {
      return Double.compare(x, y);
    }
    return a.compareToIgnoreCase(b);
  }

  private static final Pattern SORT = Pattern.compile("^(.+)_(ASC|DESC)$");

  static Comparator<Store.Row> sort(Model.Resource r, String value, boolean dates, int lang) {
    if (value == null) {
      return null;
    }
    String v = value;
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    Comparator<Store.Row> result = null;
    for (String part : v.split(",")) {
      Matcher m = SORT.matcher(part.trim());
      if (!m.matches()) {
        throw WsError.listParameter(
            37,
            "The \"sort\" value has to be formed as this example: \"field_ASC\" or"
                + " '[field_1_DESC,field_2_ASC,field_3_ASC,...]' (\"field\" has to be an available"
                + " field)");
      }
      Model.Field f = r.byName.get(m.group(1));
      if (f == null || (f.isDate() && !dates)) {
        throw WsError.listParameter(
            38,
            "Unable to filter by this field. However, these are available: "
                + String.join(", ", fieldNames(r, dates)));
      }
      Comparator<Store.Row> c = (a, b) -> compare(a.value(f, lang), b.value(f, lang));
      if (m.group(2).equals("DESC")) {
        c = c.reversed();
      }
      result = result == null ? c : result.thenComparing(c);
    }
    return result;
  }

  /** {offset, count}, or null for no limit. */
  static long[] limit(String value) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split(",", -1);
    if (parts.length > 2) {
      throw WsError.listParameter(
          39, "The \"limit\" value has to be formed as this example: \"5,25\" or \"10\"");
    }
    if (parts.length == 1) {
      return new long[] {0, Math.max(0, Text.phpInt(parts[0]))};
    }
    return new long[] {Math.max(0, Text.phpInt(parts[0])), Math.max(0, Text.phpInt(parts[1]))};
  }

  /** A PHP fatal error in the real store: 500 with an empty text/html body. */
  static final class PhpFatal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PhpFatal() {
      super(null, null, false, false);
    }
  }
}
