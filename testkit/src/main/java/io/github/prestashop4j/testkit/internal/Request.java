package io.github.prestashop4j.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed query string of a request, or a form body (encoded the same way): parameters (the
 * first of a repeated name kept) and {@code filter[...]} entries.
 */
final class Request {
  final Map<String, String> params = new LinkedHashMap<>();
  final Map<String, String> filters = new LinkedHashMap<>();
  boolean price;

  static Request parse(String rawQuery) {
    Request r = new Request();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return r;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (k.startsWith("filter[") && k.endsWith("]")) {
        r.filters.put(k.substring(7, k.length() - 1), v);
      } else if (k.startsWith("price[")) {
        r.price = true;
        r.params.putIfAbsent(k, v);
      } else {
        r.params.putIfAbsent(k, v);
      }
    }
    return r;
  }

  /** Decodes one part of a query string or form body; a malformed escape is kept as sent. */
  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  String get(String name) {
    return params.get(name);
  }
}
