package io.github.prestashop4j.webservice.internal;

import static io.github.prestashop4j.webservice.testing.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.json.JsonMappers;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {
  private static Document read(byte[] json, int languageHint) throws IOException {
    return JsonReader.read(new ByteArrayInputStream(json), languageHint);
  }

  private static Document read(String json) throws IOException {
    return read(json.getBytes(StandardCharsets.UTF_8), 0);
  }

  @Test
  void readsABareEmptyArrayAsAnEmptyList() throws IOException {
    Document document = read("[]");

    assertThat(document.sections()).singleElement().satisfies(s -> assertThat(s.list()).isTrue());
    assertThat(document.entities()).isEmpty();
  }

  @Test
  void turnsNumbersBooleansAndNullIntoTheTextXmlWouldCarry() throws IOException {
    Entity entity =
        read("{\"product\":{\"id\":19,\"price\":\"23.900000\",\"on\":true,\"off\":false,\"n\":null}}")
            .entities()
            .get(0);

    assertThat(entity.type()).isEqualTo("product");
    assertThat(entity.fields())
        .containsExactly(
            Map.entry("id", "19"),
            Map.entry("price", "23.900000"),
            Map.entry("on", "1"),
            Map.entry("off", "0"),
            Map.entry("n", ""));
  }

  @Test
  void readsLanguageArraysAsLocalizedText() throws IOException {
    Entity entity = read(body("display-full-single-json.response.json"), 0).entities().get(0);

    assertThat(entity.id()).hasValue(2);
    assertThat(entity.text("deleted")).hasValue("0");
    assertThat(entity.association("groups"))
        .extracting(g -> g.text("id").orElseThrow())
        .containsExactly("3");
  }

  @Test
  void keepsAnArrayThatIsNotOnlyLanguageValuesAsObjectsInTheirFieldOrder() throws IOException {
    Entity product =
        read("{\"product\":{\"id\":1,"
                + "\"mixed\":[{\"value\":\"a\",\"id\":2},{\"id\":3,\"other\":\"b\"}],"
                + "\"nested\":[{\"id\":4,\"value\":{\"x\":1}}],"
                + "\"three\":[{\"id\":5,\"value\":\"c\",\"more\":[]}],"
                + "\"name\":[{\"value\":\"d\",\"id\":2},{\"id\":1,\"value\":\"e\"}]}}")
            .entities()
            .get(0);

    assertThat(product.association("mixed")).hasSize(2);
    assertThat(product.association("mixed").get(0).fields())
        .containsExactly(Map.entry("value", "a"), Map.entry("id", "2"));
    assertThat(product.association("mixed").get(1).fields())
        .containsExactly(Map.entry("id", "3"), Map.entry("other", "b"));
    assertThat(product.association("nested").get(0).fieldNames()).containsExactly("id");
    assertThat(product.association("nested").get(0).association("value")).hasSize(1);
    assertThat(product.association("three").get(0).fieldNames()).containsExactly("id", "value");
    assertThat(product.association("three").get(0).associations()).containsKey("more");
    // Language values in either field order, in the document's language order.
    assertThat(product.localized("name").orElseThrow().asMap())
        .containsExactly(Map.entry(2, "d"), Map.entry(1, "e"));
    assertThat(product.associations()).doesNotContainKey("name");
  }

  @Test
  void givesAPlainStringTheRequestedLanguage() throws IOException {
    Entity product = read(body("language-2-json.response.json"), 2).entities().get(0);

    assertThat(product.value("name")).containsInstanceOf(String.class);
    assertThat(product.localized("name").orElseThrow().languageIds()).containsExactly(2);
  }

  @Test
  void givesAPlainStringAnUnknownLanguageWithoutAHint() throws IOException {
    Entity product = read("{\"product\":{\"name\":\"Mug\"}}").entities().get(0);

    assertThat(product.localized("name")).hasValue(LocalizedText.unknownLanguage("Mug"));
  }

  @Test
  void readsAllLanguagesOfAList() throws IOException {
    List<Entity> products = read(body("language-all-json-list.response.json"), 0).entities();

    assertThat(products).hasSize(2);
    assertThat(products.get(0).localized("name").orElseThrow().asMap())
        .containsEntry(1, "Hummingbird printed t-shirt")
        .containsEntry(2, "T-shirt imprimé colibri");
  }

  @Test
  void readsErrors() throws IOException {
    Document document = read(body("filter-unknown-field-json.response.json"), 0);

    assertThat(document.errors()).hasSize(5);
    assertThat(document.errors().get(0).numericCode()).hasValue(32);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "42|neither an object nor an array",
        "{\"products\":7}|not an object or a list",
        "{\"products\":[1]}|not an object",
        "{\"product\":{\"name\":[{\"id\":\"en\",\"value\":\"x\"}]}}|numeric id",
        "{\"product\":{|Unexpected end-of-input"
      })
  void refusesDocumentsOfAnotherShape(String json, String reason) {
    assertThatThrownBy(() -> read(json)).hasMessageContaining(reason);
  }

  @Test
  void refusesDeepNesting() {
    String json = "{\"a\":" + "{\"b\":".repeat(100) + "1" + "}".repeat(101);

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void refusesADocumentLongerThanCoresLimitWithoutHoldingIt() {
    // Whitespace keeps the parser from building anything: only the length limit can stop it.
    InputStream padded =
        new SequenceInputStream(
            new ByteArrayInputStream("{\"products\":[".getBytes(StandardCharsets.US_ASCII)),
            new Spaces(JsonMappers.MAX_DOCUMENT_LENGTH + 1));

    assertThatThrownBy(() -> JsonReader.read(padded, 0))
        .isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class)
        .hasMessageContaining("Document length");
  }

  /** Serves spaces without holding them. */
  private static final class Spaces extends InputStream {
    private long left;

    Spaces(long count) {
      this.left = count;
    }

    @Override
    public int read() {
      return left-- > 0 ? ' ' : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
      left -= n;
      return n;
    }
  }

  @Test
  void mapsAnEmptyDocumentToADecodeException() {
    assertThatThrownBy(() -> read("")).isInstanceOf(DecodeException.class);
  }
}
