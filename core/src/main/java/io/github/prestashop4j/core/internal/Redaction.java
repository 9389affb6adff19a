package io.github.prestashop4j.core.internal;

import io.github.prestashop4j.core.http.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes secrets from what the SDK prints: URLs in logs and exception messages, headers in logs
 * and {@code toString()}.
 */
public final class Redaction {
  /** What replaces a secret value. */
  public static final String REDACTED = "REDACTED";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  // Substrings that mark a header or query parameter as secret-bearing, lower case.
  private static final List<String> SECRET_MARKERS =
      List.of("token", "secret", "key", "signature", "password", "passwd", "credential", "session");

  private static final Set<String> SECRET_PARAMETERS = Set.of("code", "sig", "auth", "jwt");

  private Redaction() {}

  /**
   * Tells whether a header may carry a secret.
   *
   * @param name the header name, in any case
   * @return {@code true} if its value must not be printed
   */
  public static boolean isSecretHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(lower) || containsMarker(lower);
  }

  /**
   * Tells whether a query parameter may carry a secret, such as the Webservice's {@code ws_key}.
   *
   * @param name the parameter name, in any case, percent-encoded or not
   * @return {@code true} if its value must not be printed
   */
  public static boolean isSecretParameter(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_PARAMETERS.contains(lower) || containsMarker(lower);
  }

  private static boolean containsMarker(String lower) {
    for (String marker : SECRET_MARKERS) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prints a URI without user information, fragment, or the values of secret query parameters.
   *
   * @param uri the URI
   * @return a printable form
   */
  public static String uri(URI uri) {
    if (uri == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    if (uri.getScheme() != null) {
      out.append(uri.getScheme()).append(':');
    }
    if (uri.getRawAuthority() != null) {
      out.append("//");
      if (uri.getHost() != null) {
        out.append(
            uri.getHost().contains(":") && !uri.getHost().startsWith("[")
                ? "[" + uri.getHost() + "]"
                : uri.getHost());
        if (uri.getPort() != -1) {
          out.append(':').append(uri.getPort());
        }
      } else {
        // A registry-based authority; drop anything up to '@', which would be user information.
        String authority = uri.getRawAuthority();
        out.append(authority.substring(authority.lastIndexOf('@') + 1));
      }
    }
    if (uri.getRawPath() != null) {
      out.append(uri.getRawPath());
    } else if (uri.getRawSchemeSpecificPart() != null && uri.getRawAuthority() == null) {
      out.append(uri.getRawSchemeSpecificPart());
    }
    if (uri.getRawQuery() != null) {
      out.append('?').append(query(uri.getRawQuery()));
    }
    return out.toString();
  }

  private static String query(String rawQuery) {
    StringBuilder out = new StringBuilder(rawQuery.length());
    for (String pair : rawQuery.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0
          && isSecretParameter(
              java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8))) {
        out.append(name).append('=').append(REDACTED);
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }

  /**
   * Prints headers with secret values replaced.
   *
   * @param headers the headers
   * @return {@code {Name: value, Authorization: REDACTED}}
   */
  public static String headers(HttpHeaders headers) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, List<String>> entry : headers.map().entrySet()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(entry.getKey()).append(": ");
      out.append(isSecretHeader(entry.getKey()) ? REDACTED : String.join(", ", entry.getValue()));
    }
    return out.append('}').toString();
  }
}
