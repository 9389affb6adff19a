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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  // One pass: the first child of a root child is read once, in the role its own first child gives.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an object whose first field is a text | <product><id>4</id><name>x</name></product> | false"
            + " | id,name",
        "an object whose first field is multilingual |"
            + " <product><name><language id='1'>x</language></name><id>4</id></product> | false"
            + " | name,id",
        "an object that starts with its associations |"
            + " <product><associations><tags><tag><id>2</id></tag></tags></associations>"
            + "<id>4</id></product> | false | id",
        "a list of objects | <products><product><id>4</id><name>x</name></product>"
            + "<product><id>5</id></product></products> | true | id,name",
        "a list of minimal items | <products><product id='4'/><product id='5'/></products> | true"
            + " | id",
        "an empty list | <products>  </products> | true | ''",
        "an element holding only text | <note>hello</note> | false | ''",
      })
  void decidesWhatARootChildIsFromItsFirstChild(
      String shape, String section, boolean list, String firstFields) throws IOException {
    Document document = read("<prestashop>" + section.replace('\'', '"') + "</prestashop>");

    Document.Section only = document.sections().get(0);
    assertThat(document.sections()).hasSize(1);
    assertThat(only.list()).as(shape).isEqualTo(list);
    if (firstFields.isEmpty()) {
      assertThat(only.items()).allSatisfy(item -> assertThat(item.fieldNames()).isEmpty());
    } else {
      assertThat(only.items().get(0).fieldNames()).containsExactly(firstFields.split(","));
    }
  }

  @Test
  void readsTheFirstItemOfAListWithItsHrefAndEveryFieldShape() throws IOException {
    Document document =
        read(
            "<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\"><products>"
                + "<product xlink:href=\"https://shop/api/products/4\">"
                + "<images><image><id>9</id></image><image><id>10</id></image></images>"
                + "<id_category xlink:href=\"https://shop/api/categories/2\" notFilterable=\"true\">2"
                + "</id_category><name><language id=\"1\">a</language><language id=\"2\">"
                + "<b>nested</b></language></name></product>"
                + "<product><id>5</id></product></products></prestashop>");

    Entity first = document.entities().get(0);
    assertThat(document.entities()).hasSize(2);
    assertThat(first.type()).isEqualTo("product");
    assertThat(first.href()).hasValue("https://shop/api/products/4");
    assertThat(first.association("images"))
        .extracting(image -> image.text("id").orElseThrow())
        .containsExactly("9", "10");
    assertThat(first.link("id_category")).hasValue("https://shop/api/categories/2");
    assertThat(first.isNotFilterable("id_category")).isTrue();
    // A language value holding elements is not text: it reads as empty.
    assertThat(first.localized("name").orElseThrow().asMap())
        .containsExactly(Map.entry(1, "a"), Map.entry(2, ""));
  }

  @Test
  void readsTheFirstCodeAndMessageOfAnErrorOrItsOwnText() throws IOException {
    Document document =
        read(
            "<prestashop><errors>"
                + "<error><code> 7 </code><message>first</message><message>second</message>"
                + "<code>8</code></error>"
                + "<error> bare text </error>"
                + "<error><code>9</code></error>"
                + "</errors></prestashop>");

    assertThat(document.errors())
        .containsExactly(
            ApiError.of("7", "first"), ApiError.of(null, "bare text"), ApiError.of("9", ""));
    assertThat(document.sections()).isEmpty();
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
