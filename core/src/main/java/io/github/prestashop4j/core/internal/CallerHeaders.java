package io.github.prestashop4j.core.internal;

import io.github.prestashop4j.core.http.HttpHeaders;
import java.util.Locale;
import java.util.Map;

/** Checks headers that callers add to every request or to one call. */
public final class CallerHeaders {
  // Header -> why a caller may not set it.
  private static final Map<String, String> REFUSED =
      Map.of(
          "authorization",
              "credentials are set with the client's authentication, never as a header",
          "proxy-authorization", "configure proxy credentials on the transport",
          "user-agent", "use userAgentSuffix(...) to add to the SDK's User-Agent",
          "host", "the transport sets it",
          "content-length", "the transport sets it",
          "transfer-encoding", "the transport sets it",
          "connection", "the transport manages connections",
          "expect", "the transport sets it",
          "upgrade", "the transport sets it");

  private CallerHeaders() {}

  /**
   * Refuses headers that the SDK or the transport own.
   *
   * @param headers the caller's headers
   * @param setting the setting they came from, for the message
   * @throws IllegalArgumentException naming the header and the reason
   */
  public static void check(HttpHeaders headers, String setting) {
    for (String name : headers.map().keySet()) {
      String reason = REFUSED.get(name.toLowerCase(Locale.ROOT));
      if (reason != null) {
        throw new IllegalArgumentException(
            setting + ": header " + name + " is not allowed: " + reason);
      }
    }
  }
}
