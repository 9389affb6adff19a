package io.github.prestashop4j.webservice.internal;

import static io.github.prestashop4j.webservice.testing.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlReaderTest {
  private static Document read(byte[] xml) throws IOException {
    return XmlReader.read(new ByteArrayInputStream(xml), 0);
  }

  private static Document read(String xml) throws IOException {
    return read(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAFullProductWithLanguagesLinksMarksAndAssociations() throws IOException {
    Document document = read(body("get-products-1.response.xml"));

    assertThat(document.sections()).singleElement().satisfies(s -> assertThat(s.list()).isFalse());
    Entity product = document.entities().get(0);
    assertThat(product.type()).isEqualTo("product");
    assertThat(product.id()).hasValue(1);
    assertThat(product.text("reference")).hasValue("demo_1");
    assertThat(product.text("new")).hasValue("");
    assertThat(product.localized("name").orElseThrow().asMap())
        .containsEntry(1, "Hummingbird printed t-shirt")
        .containsKey(2);
    assertThat(product.link("id_default_combination"))
        .hasValue("http://127.0.0.1:8899/api/combinations/1");
    assertThat(product.isNotFilterable("manufacturer_name")).isTrue();
    assertThat(product.isNotFilterable("reference")).isFalse();
    assertThat(product.association("categories"))
        .extracting(c -> c.id().getAsLong())
        .containsExactly(2L, 3L, 4L);
    assertThat(product.association("categories").get(0).type()).isEqualTo("category");
  }

  @Test
  void readsAMinimalListInTheStoresOrderWithHrefs() throws IOException {
    Document document = read(body("list-addresses.response.xml"));

    assertThat(document.sections()).singleElement().satisfies(s -> assertThat(s.list()).isTrue());
    assertThat(document.entities())
        .extracting(e -> e.id().getAsLong())
        .containsExactly(3L, 4L, 6L, 1L, 2L, 5L);
    assertThat(document.entities().get(0).href()).hasValue("http://127.0.0.1:8899/api/addresses/3");
  }

  @Test
  void readsAnEmptyListAsAList() throws IOException {
    Document document = read(body("list-attachments.response.xml"));

    assertThat(document.sections())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.list()).isTrue();
              assertThat(s.items()).isEmpty();
            });
  }

  @Test
  void readsEveryEntityOfABatchAnswer() throws IOException {
    Document document = read(body("post-customers-batch.response.xml"));

    assertThat(document.entities()).extracting(e -> e.id().getAsLong()).containsExactly(5L, 6L);
  }

  @Test
  void readsAListWithDisplayedFieldsAndLanguages() throws IOException {
    Document document = read(body("display-fields.response.xml"));

    assertThat(document.sections().get(0).list()).isTrue();
    Entity first = document.entities().get(0);
    assertThat(first.fieldNames()).containsExactly("id", "price", "name");
    assertThat(first.localized("name").orElseThrow().languageIds()).containsExactly(1, 2);
  }

  @Test
  void readsErrorsWithCodesAndMessages() throws IOException {
    Document document = read(body("filter-unknown-field-xml.response.xml"));

    assertThat(document.errors()).hasSize(5);
    assertThat(document.errors().get(0).code()).isEqualTo("32");
    assertThat(document.errors().get(0).message()).startsWith("This filter does not exist.");
    assertThat(document.errors().subList(1, 5)).extracting(ApiError::code).containsOnly("3");
  }

  @Test
  void skipsPhpNoticesPrintedBeforeTheDocumentAndIgnoresTrailingOutput() throws IOException {
    String xml =
        "<br />\n<b>Notice</b>: Undefined index: x in <b>/var/www/x.php</b><br />\n"
            + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<prestashop><customer><id><![CDATA[4]]></id></customer></prestashop>\n"
            + "<b>Deprecated</b>: after the end";

    assertThat(read(xml).entities()).singleElement().satisfies(e -> assertThat(e.id()).hasValue(4));
  }

  @Test
  void joinsCdataSectionsSplitAroundTheirTerminator() throws IOException {
    String xml = "<prestashop><note><v><![CDATA[a]]]]><![CDATA[>b]]></v></note></prestashop>";

    assertThat(read(xml).entities().get(0).text("v")).hasValue("a]]>b");
  }

  @Test
  void keepsPlainEmptyElementsOfOldStoresAsEmptyText() throws IOException {
    Entity entity =
        read("<prestashop><product><id>7</id><new></new><name><language id=\"1\"></language>"
                + "</name></product></prestashop>")
            .entities()
            .get(0);

    assertThat(entity.text("new")).hasValue("");
    assertThat(entity.localized("name")).hasValue(LocalizedText.of(Map.of(1, "")));
  }

  @Test
  void refusesADocumentWhoseRootIsNotPrestashop() {
    assertThatThrownBy(() -> read("<html><body>Maintenance</body></html>"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("<html>");
  }

  @Test
  void refusesMalformedXml() {
    assertThatThrownBy(() -> read("<prestashop><customer><id>1</id></prestashop>"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not well-formed");
  }

  @Test
  void refusesALanguageWithoutANumericId() {
    assertThatThrownBy(
            () ->
                read(
                    "<prestashop><product><name><language id=\"en\">x</language></name>"
                        + "</product></prestashop>"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("field name");
  }
}
