package io.github.prestashop4j.webservice.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the recorded real-store exchanges copied into the test resources. */
public final class Fixtures {
  /** The PrestaShop 8.1.2 corpus. */
  public static final String PS8 = "prestashop-8.1.2";

  /** The PrestaShop 9.1.4 corpus. */
  public static final String PS9 = "prestashop-9";

  private Fixtures() {}

  /**
   * Reads a file of a corpus.
   *
   * @param corpus {@link #PS8} or {@link #PS9}
   * @param path the path inside the corpus, for example {@code bodies/list-addresses.response.xml}
   * @return the bytes
   */
  public static byte[] bytes(String corpus, String path) {
    String resource = "/fixtures/" + corpus + "/" + path;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a response body of the 8.1.2 corpus.
   *
   * @param file the body file name, for example {@code list-addresses.response.xml}
   * @return the bytes
   */
  public static byte[] body(String file) {
    return bytes(PS8, "bodies/" + file);
  }
}
