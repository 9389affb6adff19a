package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.testing.FuzzCorpus;
import io.github.prestashop4j.core.testing.FuzzInput;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz targets for the XML decoder and encoder. Every build replays the committed inputs under
 * {@code src/test/resources/.../XmlDecoderFuzzTestInputs/<target>/}; {@code -Pfuzz} fuzzes one
 * target with Jazzer (see the parent POM).
 */
public class XmlDecoderFuzzTest {
  static Stream<Arguments> anyBytes() {
    return FuzzCorpus.inputs(XmlDecoderFuzzTest.class, "anyBytes");
  }

  static Stream<Arguments> writtenValuesReadBack() {
    return FuzzCorpus.inputs(XmlDecoderFuzzTest.class, "writtenValuesReadBack");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void anyBytes(String name, byte[] input) throws IOException {
    AnyBytes.fuzzerTestOneInput(input);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void writtenValuesReadBack(String name, byte[] input) throws IOException {
    WrittenValuesReadBack.fuzzerTestOneInput(input);
  }

  /**
   * Whatever the bytes, the decoder returns a document or throws {@link DecodeException}: never an
   * {@code IOException} (the pipeline would take a malformed body for a broken connection), an NPE,
   * a ClassCastException, a StackOverflowError or an OutOfMemoryError.
   */
  public static final class AnyBytes {
    private AnyBytes() {}

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
      // The oracle is what escapes: a document or a DecodeException, nothing else.
      try {
        Documents.read("application/xml", new ByteArrayInputStream(data), 0);
      } catch (DecodeException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  /**
   * Whatever the type, field name and values, the writer either refuses them with {@link
   * IllegalArgumentException}, or writes a document that the reader decodes back to the same
   * values: {@code ]]>}, CR, markup and any Unicode included.
   */
  public static final class WrittenValuesReadBack {
    private WrittenValuesReadBack() {}

    public static void fuzzerTestOneInput(byte[] bytes) throws IOException {
      FuzzInput data = new FuzzInput(bytes);
      String type = data.string(20);
      String field = data.string(20);
      int languageId = data.intIn(1, 99);
      String localized = data.string(200);
      String plain = new String(data.rest(), StandardCharsets.UTF_8);
      Entity entity;
      byte[] xml;
      try {
        entity =
            Entity.builder(type)
                .set(field, plain)
                .set(field + "_l", LocalizedText.of(languageId, localized))
                .build();
        xml = XmlWriter.write(List.of(entity), "product");
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).isNotBlank();
        return;
      }
      Document document = XmlReader.read(new ByteArrayInputStream(xml), 0);
      assertThat(document.entities())
          .as("written: %s", new String(xml, StandardCharsets.UTF_8))
          .hasSize(1);
      Entity read = document.entities().get(0);
      // An entity of unknown type (decoded from JSON) is written under the fallback name.
      assertThat(read.type()).isEqualTo(type.isEmpty() ? "product" : type);
      assertThat(read.text(field)).contains(plain);
      if (!localized.isEmpty()) {
        assertThat(read.localized(field + "_l")).contains(LocalizedText.of(languageId, localized));
      }
    }
  }
}
