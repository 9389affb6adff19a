package io.github.prestashop4j.core.internal;

import io.github.prestashop4j.core.InsecureTransportException;
import java.net.URI;
import java.util.Locale;

/** The one place that decides whether credentials may travel to a URI. */
public final class TransportSecurity {
  private TransportSecurity() {}

  /**
   * Refuses plain HTTP to a host other than loopback, for credentials.
   *
   * @param uri where credentials would be sent
   * @param allowInsecureHttp the caller's explicit opt-in
   * @param setting the configuration setting that names this URI, for the message
   * @throws InsecureTransportException if the URI is plain {@code http://} to a non-loopback host
   *     and the caller did not opt in
   */
  public static void requireSecure(URI uri, boolean allowInsecureHttp, String setting) {
    requireSecure(uri, allowInsecureHttp, setting, "credentials are never sent");
  }

  /**
   * Refuses plain HTTP to a host other than loopback, for anything that must not travel in clear or
   * be tampered with on the way, such as credentials or the keys that verify tokens.
   *
   * @param uri the URI
   * @param allowInsecureHttp the caller's explicit opt-in
   * @param setting the configuration setting that names this URI, for the message
   * @param what what is refused, for example {@code "keys are never fetched"}
   * @throws InsecureTransportException if the URI is plain {@code http://} to a non-loopback host
   *     and the caller did not opt in
   */
  public static void requireSecure(
      URI uri, boolean allowInsecureHttp, String setting, String what) {
    if (allowInsecureHttp || !"http".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
      return;
    }
    if (isLoopback(uri.getHost())) {
      return;
    }
    throw new InsecureTransportException(
        setting
            + ": "
            + what
            + " over plain http:// to a host other than loopback ("
            + Redaction.uri(uri)
            + "); use https://, or allowInsecureHttp(true) to accept that anyone on the network can"
            + " read and change what travels");
  }

  /**
   * Tells whether a host names the loopback interface, without any DNS lookup.
   *
   * @param host a host name or IP literal, or {@code null}
   * @return {@code true} for {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}
   */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] octets = h.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty()
          || octet.length() > 3
          || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
          || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }
}
