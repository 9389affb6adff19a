package io.github.prestashop4j.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Builds the SDK's {@code User-Agent}: {@code prestashop4j/<version> (Java <version>)}. */
public final class UserAgent {
  /** The SDK version, read from the build's filtered {@code version.properties}. */
  public static final String SDK_VERSION = readVersion();

  private UserAgent() {}

  /**
   * Returns the {@code User-Agent} value.
   *
   * @param applicationSuffix what the application adds at the end, or {@code null}
   * @return for example {@code prestashop4j/0.1.0 (Java 17.0.15) my-erp/2.3}
   */
  public static String value(String applicationSuffix) {
    String base = "prestashop4j/" + SDK_VERSION + " (Java " + Runtime.version() + ")";
    return applicationSuffix == null ? base : base + " " + applicationSuffix;
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
