package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlWriterTest {
  @Test
  void writesFieldsLanguagesAndAssociationsThatReadBackUnchanged() throws Exception {
    Entity product =
        Entity.builder("product")
            .set("price", "12.500000")
            .set("name", LocalizedText.of(Map.of(1, "Mug", 2, "Tasse")))
            .set("description", "<p>a]]>b & c</p>")
            .association(
                "categories",
                List.of(
                    Entity.builder("category").set("id", "2").build(),
                    Entity.builder("").set("id", "5").build()))
            .build();

    byte[] xml = XmlWriter.write(List.of(product), "product");
    Entity back = XmlReader.read(new ByteArrayInputStream(xml), 0).entities().get(0);

    assertThat(back.fields()).isEqualTo(product.fields());
    assertThat(back.association("categories"))
        .extracting(c -> c.text("id").orElseThrow())
        .containsExactly("2", "5");
    // An item whose type JSON did not give takes the association's singular.
    assertThat(back.association("categories")).extracting(Entity::type).containsOnly("category");
  }

  @Test
  void carriageReturnsSurviveTheParserThatReadsTheDocument() throws Exception {
    Entity product =
        Entity.builder("product")
            .set("description", "<p>one</p>\r\n<p>two</p>\rthree]]>\r")
            .build();

    byte[] xml = XmlWriter.write(List.of(product), "product");
    Entity back = XmlReader.read(new ByteArrayInputStream(xml), 0).entities().get(0);

    assertThat(back.text("description")).contains("<p>one</p>\r\n<p>two</p>\rthree]]>\r");
  }

  @Test
  void writesValuesVerbatimInCdataWithoutIndentation() {
    String xml =
        new String(
            XmlWriter.write(
                List.of(Entity.builder("customer").set("lastname", " Doe ").build()), "x"),
            StandardCharsets.UTF_8);

    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><prestashop"
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><customer><lastname><![CDATA["
                + " Doe ]]></lastname></customer></prestashop>");
  }

  @Test
  void writesSeveralEntitiesUnderOneRootAndUsesTheFallbackType() throws Exception {
    byte[] xml =
        XmlWriter.write(
            List.of(
                Entity.builder("").set("a", "1").build(), Entity.builder("").set("a", "2").build()),
            "customer");

    assertThat(XmlReader.read(new ByteArrayInputStream(xml), 0).entities())
        .extracting(Entity::type)
        .containsExactly("customer", "customer");
  }

  @Test
  void writesAnEmptyAssociationToClearIt() {
    String xml =
        new String(
            XmlWriter.write(
                List.of(
                    Entity.builder("product")
                        .set("id", "1")
                        .association("categories", List.of())
                        .build()),
                "product"),
            StandardCharsets.UTF_8);

    assertThat(xml).contains("<associations><categories></categories></associations>");
  }

  @Test
  void refusesACharacterXmlCannotCarryNamingTheField() {
    Entity entity = Entity.builder("customer").set("note", "bell\u0007").build();

    assertThatThrownBy(() -> XmlWriter.write(List.of(entity), "customer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field note")
        .hasMessageContaining("U+0007");
  }

  @Test
  void refusesAFieldNameThatIsNotAnXmlName() {
    Entity entity = Entity.builder("customer").set("bad name", "x").build();

    assertThatThrownBy(() -> XmlWriter.write(List.of(entity), "customer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"bad name\"");
  }

  @Test
  void guessesSingularsOfAssociationNames() {
    assertThat(XmlWriter.singular("categories")).isEqualTo("category");
    assertThat(XmlWriter.singular("order_rows")).isEqualTo("order_row");
    assertThat(XmlWriter.singular("data")).isEqualTo("data");
  }
}
