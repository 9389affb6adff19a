package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.json.JsonMappers;
import io.github.prestashop4j.webservice.Entity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact edges of the codecs' limits and character rules. */
class CodecBoundariesTest {
  private static Document read(String xml) throws IOException {
    return XmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 0);
  }

  private static byte[] write(String value) {
    return XmlWriter.write(List.of(Entity.builder("p").set("v", value).build()), "p");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x9, 0xA, 0xD, 0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF})
  void writesEveryCharacterXmlCanCarry(int codePoint) throws IOException {
    String value = "a" + Character.toString(codePoint);

    assertThat(new String(write(value), StandardCharsets.UTF_8)).contains(value.replace("\r", ""));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x0, 0x8, 0xB, 0x1F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF})
  void refusesEveryCharacterXmlCannotCarry(int codePoint) {
    assertThatThrownBy(() -> write("a" + (char) codePoint))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field v: holds character U+");
  }

  @Test
  void readsNestingUpToTheLimitAndNoDeeper() throws IOException {
    int depth = JsonMappers.MAX_NESTING_DEPTH;
    // The root is level 1: its descendants reach the limit exactly.
    String atLimit =
        "<prestashop>" + "<a>".repeat(depth - 1) + "</a>".repeat(depth - 1) + "</prestashop>";
    String beyond = "<prestashop>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</prestashop>";

    assertThat(read(atLimit).sections()).hasSize(1);
    assertThatThrownBy(() -> read(beyond))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessageContaining("nested deeper than " + depth);
  }

  @Test
  void readsATextOfTheLongestLengthAndRefusesOneMore() throws IOException {
    int max = JsonMappers.MAX_STRING_LENGTH;

    assertThat(read("<prestashop><p><v>" + "x".repeat(max) + "</v></p></prestashop>").entities())
        .singleElement()
        .satisfies(e -> assertThat(e.text("v").orElseThrow()).hasSize(max));
    assertThatThrownBy(
            () -> read("<prestashop><p><v>" + "x".repeat(max + 1) + "</v></p></prestashop>"))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessageContaining("holds more than " + max);
  }

  @Test
  void singularsOfShortNames() {
    assertThat(XmlWriter.singular("s")).isEqualTo("s");
    assertThat(XmlWriter.singular("ss")).isEqualTo("s");
  }
}
