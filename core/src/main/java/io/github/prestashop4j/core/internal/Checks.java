package io.github.prestashop4j.core.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the builders, so that each rule has one wording. */
public final class Checks {
  private Checks() {}

  /**
   * Requires a positive duration.
   *
   * @param value the duration
   * @param name the setting, named in the message
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is zero or negative
   */
  public static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + ": must be positive (got " + value + ")");
    }
    return value;
  }

  /**
   * Requires a duration of zero or more.
   *
   * @param value the duration
   * @param name the setting, named in the message
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is negative
   */
  public static Duration notNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + ": must not be negative (got " + value + ")");
    }
    return value;
  }

  /**
   * Tells whether a URI is an absolute {@code http} or {@code https} URI.
   *
   * @param uri the URI
   * @return {@code true} if the SDK can send a request to it
   */
  public static boolean isAbsoluteHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https"));
  }
}
