package io.github.prestashop4j.webservice;

import java.util.Objects;

/**
 * A PrestaShop version as the store reports it in {@code PSWS-Version}, for example {@code 8.1.2}
 * or {@code 1.7.8.11}. Compared by its numeric parts.
 *
 * @param text the version text
 */
public record StoreVersion(String text) implements Comparable<StoreVersion> {
  /**
   * Checks the text.
   *
   * @param text the version text, digits separated by dots
   */
  public StoreVersion {
    Objects.requireNonNull(text, "text");
    if (!text.matches("\\d+(\\.\\d+)*")) {
      throw new IllegalArgumentException("text: not a version number (got " + text + ")");
    }
  }

  /**
   * Tells whether this version is at least {@code major.minor}.
   *
   * @param major the major version, for example 8
   * @param minor the minor version, for example 0
   * @return {@code true} if this version is that or later
   */
  public boolean atLeast(int major, int minor) {
    return compareTo(new StoreVersion(major + "." + minor)) >= 0;
  }

  /**
   * Tells whether the store accepts PATCH (PrestaShop 8.0 and later).
   *
   * @return {@code true} if it does
   */
  public boolean supportsPatch() {
    return atLeast(8, 0);
  }

  @Override
  public int compareTo(StoreVersion other) {
    String[] mine = text.split("\\.");
    String[] theirs = other.text.split("\\.");
    for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
      long a = i < mine.length ? Long.parseLong(mine[i]) : 0;
      long b = i < theirs.length ? Long.parseLong(theirs[i]) : 0;
      if (a != b) {
        return Long.compare(a, b);
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
