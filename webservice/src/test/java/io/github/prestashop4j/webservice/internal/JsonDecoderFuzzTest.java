package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.testing.FuzzCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz target for the JSON decoder. Every build replays the committed inputs under {@code
 * src/test/resources/.../JsonDecoderFuzzTestInputs/anyBytes/}; {@code -Pfuzz} fuzzes it with
 * Jazzer.
 */
public class JsonDecoderFuzzTest {
  static Stream<Arguments> anyBytes() {
    return FuzzCorpus.inputs(JsonDecoderFuzzTest.class, "anyBytes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void anyBytes(String name, byte[] input) throws IOException {
    AnyBytes.fuzzerTestOneInput(input);
  }

  /**
   * Whatever the bytes, the decoder returns a document or throws {@link DecodeException} or one of
   * Jackson's parse exceptions (which the pipeline turns into a {@link DecodeException}); nothing
   * else: no NPE, ClassCastException, NumberFormatException, StackOverflowError or OOM.
   */
  public static final class AnyBytes {
    private AnyBytes() {}

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
      // The oracle is what escapes: a document or a DecodeException, nothing else.
      try {
        Documents.read("application/json", new ByteArrayInputStream(data), 0);
      } catch (DecodeException expected) {
        assertThat(expected.getMessage()).isNotBlank();
        return;
      } catch (JacksonException expected) {
        assertThat(expected.getOriginalMessage()).isNotBlank();
      }
    }
  }
}
