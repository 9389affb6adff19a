package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.internal.PercentEncoding;
import io.github.prestashop4j.webservice.QueryParameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Percent-encoding of query strings the way PHP's {@code $_GET} reads them back. */
public final class QueryStrings {
  private QueryStrings() {}

  public static String toQueryString(List<QueryParameter> parameters) {
    StringBuilder sb = new StringBuilder();
    for (QueryParameter p : parameters) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(PercentEncoding.encode(p.name()))
          .append('=')
          .append(PercentEncoding.encode(p.value()));
    }
    return sb.toString();
  }

  public static List<QueryParameter> parse(String query) {
    List<QueryParameter> out = new ArrayList<>();
    if (query.startsWith("?")) {
      query = query.substring(1);
    }
    for (String part : query.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = decode(eq < 0 ? part : part.substring(0, eq));
      String value = eq < 0 ? "" : decode(part.substring(eq + 1));
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            "query string: parameter with an empty name: \"" + part + "\"");
      }
      out.add(new QueryParameter(name, value));
    }
    return List.copyOf(out);
  }

  /**
   * Decodes like PHP's {@code urldecode}: {@code +} is a space, {@code %XX} a byte, bytes as UTF-8
   * (an invalid sequence becomes U+FFFD; PHP does not check it either).
   *
   * @param s the encoded text
   * @return the decoded text
   * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits
   */
  public static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "query string: malformed percent-encoding in \"" + s + "\"", e);
    }
  }
}
