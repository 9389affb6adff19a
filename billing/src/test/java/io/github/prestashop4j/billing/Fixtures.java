package io.github.prestashop4j.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON bodies under src/test/resources/billing. */
public final class Fixtures {
  private Fixtures() {}

  public static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/billing/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
