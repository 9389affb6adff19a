package io.github.prestashop4j.testkit.internal;

import java.util.List;

/** Writes entities, lists and errors in the store's XML and JSON shapes. */
final class Render {
  static final String XML_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";
  static final String XML_TAIL = "</prestashop>\n";

  private final String base;
  private final Store store;

  Render(String base, Store store) {
    this.base = base;
    this.store = store;
  }

  // ---- errors

  static String errorsXml(List<Object[]> errors) {
    StringBuilder sb = new StringBuilder(XML_HEAD).append("<errors>\n");
    for (Object[] e : errors) {
      sb.append("<error>\n<code>");
      Text.cdata(sb, String.valueOf(e[0]));
      sb.append("</code>\n<message>");
      Text.cdata(sb, (String) e[1]);
      sb.append("</message>\n</error>\n");
    }
    return sb.append("</errors>\n").append(XML_TAIL).toString();
  }

  static String errorsJson(List<Object[]> errors) {
    StringBuilder sb = new StringBuilder("{\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"code\":").append(errors.get(i)[0]).append(",\"message\":");
      Text.jsonString(sb, (String) errors.get(i)[1]);
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  // ---- XML

  private String href(Model.Resource r, Model.Field f, Store.Row row, String value) {
    if (f.href == null || value.isEmpty() || value.equals("0")) {
      return null;
    }
    if (f.href.equals("images")) {
      return base + "/api/images/" + r.name + "/" + row.id + "/" + value;
    }
    return base + "/api/" + f.href + "/" + value;
  }

  String xmlList(Model.Resource r, List<Store.Row> rows, Query.Display d, int[] langs) {
    StringBuilder sb = new StringBuilder(XML_HEAD);
    xmlListBody(sb, r, rows, d, langs);
    return sb.append(XML_TAIL).toString();
  }

  void xmlListBody(
      StringBuilder sb, Model.Resource r, List<Store.Row> rows, Query.Display d, int[] langs) {
    sb.append('<').append(r.plural).append(">\n");
    for (Store.Row row : rows) {
      if (d.idsOnly) {
        sb.append('<')
            .append(r.singular)
            .append(" id=\"")
            .append(row.id)
            .append("\" xlink:href=\"")
            .append(base)
            .append("/api/")
            .append(r.name)
            .append('/')
            .append(row.id)
            .append("\"/>\n");
      } else {
        xmlEntity(sb, r, row, d, langs);
      }
    }
    sb.append("</").append(r.plural).append(">\n");
  }

  String xmlSingle(Model.Resource r, List<Store.Row> rows, int[] langs) {
    return xmlSingle(r, rows, Query.Display.FULL, langs);
  }

  String xmlSingle(Model.Resource r, List<Store.Row> rows, Query.Display d, int[] langs) {
    StringBuilder sb = new StringBuilder(XML_HEAD);
    for (Store.Row row : rows) {
      xmlEntity(sb, r, row, d, langs);
    }
    return sb.append(XML_TAIL).toString();
  }

  void xmlEntity(StringBuilder sb, Model.Resource r, Store.Row row, Query.Display d, int[] langs) {
    sb.append('<').append(r.singular).append(">\n");
    for (Model.Field f : r.fields) {
      if (!d.shows(f)) {
        continue;
      }
      sb.append("\t<").append(f.name);
      if (f.i18n) {
        sb.append('>');
        for (int i = 0; i < store.languages.length; i++) {
          if (langs != null && !contains(langs, i)) {
            continue;
          }
          long lid = store.languages[i];
          sb.append("<language id=\"")
              .append(lid)
              .append("\" xlink:href=\"")
              .append(base)
              .append("/api/languages/")
              .append(lid)
              .append("\">");
          Text.cdata(sb, row.value(f, i));
          sb.append("</language>");
        }
      } else {
        String v = row.value(f, 0);
        String h = href(r, f, row, v);
        if (h != null) {
          sb.append(" xlink:href=\"").append(h).append('"');
        }
        f.xmlAttrs.forEach(
            (k, val) -> sb.append(' ').append(k).append("=\"").append(val).append('"'));
        sb.append('>');
        Text.cdata(sb, v);
      }
      sb.append("</").append(f.name).append(">\n");
    }
    if (!r.associations.isEmpty() && row.associations != null) {
      StringBuilder as = new StringBuilder();
      for (Model.Association a : r.associations) {
        List<Integer> sel = d.association(a.name);
        if (sel == null) {
          continue;
        }
        List<String[]> items = row.associations.getOrDefault(a.name, List.of());
        as.append('<').append(a.name).append(" nodeType=\"").append(a.nodeType).append('"');
        if (a.virtual) {
          as.append(" virtualEntity=\"true\"");
        } else if (a.api != null) {
          as.append(" api=\"").append(a.api).append('"');
        }
        if (items.isEmpty()) {
          as.append("/>\n");
          continue;
        }
        as.append(">\n");
        for (String[] item : items) {
          as.append("\t<").append(a.nodeType);
          if (!a.virtual && a.api != null) {
            String target =
                a.api.equals("images")
                    ? "images/" + r.name + "/" + row.id + "/" + item[0]
                    : a.api + "/" + item[0];
            as.append(" xlink:href=\"").append(base).append("/api/").append(target).append('"');
          }
          as.append(">\n");
          for (Model.Field f : a.fields) {
            if (!sel.isEmpty() && !sel.contains(f.index)) {
              continue;
            }
            String v = f.index < item.length && item[f.index] != null ? item[f.index] : "";
            as.append('\t').append('<').append(f.name);
            if (f.href != null) {
              as.append(" xlink:href=\"")
                  .append(base)
                  .append("/api/")
                  .append(f.href)
                  .append('/')
                  .append(v)
                  .append('"');
            }
            as.append('>');
            Text.cdata(as, v);
            as.append("</").append(f.name).append(">\n");
          }
          as.append("\t</").append(a.nodeType).append(">\n");
        }
        as.append("</").append(a.name).append(">\n");
      }
      if (as.length() > 0) {
        sb.append("<associations>\n").append(as).append("</associations>\n");
      }
    }
    sb.append("</").append(r.singular).append(">\n");
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  // ---- JSON

  String jsonList(Model.Resource r, List<Store.Row> rows, Query.Display d, int[] langs) {
    if (rows.isEmpty()) {
      return "[]";
    }
    StringBuilder sb = new StringBuilder("{");
    jsonListBody(sb, r, rows, d, langs);
    return sb.append('}').toString();
  }

  void jsonListBody(
      StringBuilder sb, Model.Resource r, List<Store.Row> rows, Query.Display d, int[] langs) {
    sb.append('"').append(r.plural).append("\":[");
    boolean first = true;
    for (Store.Row row : rows) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (d.idsOnly) {
        sb.append("{\"id\":").append(row.id).append('}');
      } else {
        jsonEntity(sb, r, row, d, langs, false);
      }
    }
    sb.append(']');
  }

  String jsonSingle(Model.Resource r, Store.Row row, int[] langs) {
    StringBuilder sb = new StringBuilder("{\"").append(r.singular).append("\":");
    jsonEntity(sb, r, row, Query.Display.FULL, langs, true);
    return sb.append('}').toString();
  }

  private static boolean falsy(String v) {
    return v.isEmpty() || v.equals("0");
  }

  void jsonEntity(
      StringBuilder sb,
      Model.Resource r,
      Store.Row row,
      Query.Display d,
      int[] langs,
      boolean omitFalsy) {
    sb.append('{');
    boolean first = true;
    for (Model.Field f : r.fields) {
      if (!d.shows(f)) {
        continue;
      }
      if (f.i18n) {
        if (omitFalsy && langs != null && langs.length == 1 && falsy(row.value(f, langs[0]))) {
          continue;
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        sb.append('"').append(f.name).append("\":");
        if (langs != null && langs.length == 1) {
          Text.jsonString(sb, row.value(f, langs[0]));
        } else {
          sb.append('[');
          boolean firstLang = true;
          for (int i = 0; i < store.languages.length; i++) {
            if (langs != null && !contains(langs, i)) {
              continue;
            }
            if (!firstLang) {
              sb.append(',');
            }
            firstLang = false;
            sb.append("{\"id\":").append(store.languages[i]).append(",\"value\":");
            Text.jsonString(sb, row.value(f, i));
            sb.append('}');
          }
          sb.append(']');
        }
        continue;
      }
      String v = row.value(f, 0);
      if (omitFalsy && falsy(v)) {
        continue;
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(f.name).append("\":");
      jsonValue(sb, f, v);
    }
    if (!r.associations.isEmpty() && row.associations != null) {
      StringBuilder as = new StringBuilder();
      for (Model.Association a : r.associations) {
        List<Integer> sel = d.association(a.name);
        List<String[]> items = row.associations.getOrDefault(a.name, List.of());
        if (sel == null || items.isEmpty()) {
          continue;
        }
        if (as.length() > 0) {
          as.append(',');
        }
        as.append('"').append(a.name).append("\":[");
        for (int n = 0; n < items.size(); n++) {
          if (n > 0) {
            as.append(',');
          }
          as.append('{');
          boolean firstField = true;
          for (Model.Field f : a.fields) {
            if (!sel.isEmpty() && !sel.contains(f.index)) {
              continue;
            }
            if (!firstField) {
              as.append(',');
            }
            firstField = false;
            String[] item = items.get(n);
            String v = f.index < item.length && item[f.index] != null ? item[f.index] : "";
            as.append('"').append(f.name).append("\":");
            jsonValue(as, f, v);
          }
          as.append('}');
        }
        as.append(']');
      }
      if (as.length() > 0) {
        if (!first) {
          sb.append(',');
        }
        sb.append("\"associations\":{").append(as).append('}');
      }
    }
    sb.append('}');
  }

  private static void jsonValue(StringBuilder sb, Model.Field f, String v) {
    if (f.number && v.matches("-?\\d{1,18}")) {
      sb.append(Long.parseLong(v));
    } else if (v.isEmpty() && (f.number || f.nullable)) {
      sb.append("null");
    } else {
      Text.jsonString(sb, v);
    }
  }
}
