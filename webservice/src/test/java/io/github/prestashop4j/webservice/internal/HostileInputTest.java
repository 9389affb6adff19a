package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile bodies beyond {@link XmlSecurityTest}: bytes invalid in their encoding, parser failures,
 * numbers out of range, unexpected names. Each ends in a decode failure, never an I/O error the
 * pipeline would retry. The timeout only guards against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private static InputStream bytes(byte[] data) {
    return new ByteArrayInputStream(data);
  }

  private static InputStream utf8(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void xmlWithBytesThatAreNotUtf8IsADecodeFailureNotAnIoError() {
    byte[] body =
        "<prestashop><p><n>\u00c3(</n></p></prestashop>".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> XmlReader.read(bytes(body), 0))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessageStartingWith("XML document is not valid in its encoding")
        .hasCauseInstanceOf(java.io.CharConversionException.class);
  }

  @Test
  void aFailureInsideTheJdkParserIsADecodeFailure() {
    // Found by fuzzing: the JDK parser throws MissingResourceException for this DOCTYPE.
    String body =
        "<p><x></x></pr<?xml version=\"1.0\"?><!DOCTYPE prestashop [<!Eerror>\u0001</errors>";

    assertThatThrownBy(() -> XmlReader.read(utf8(body), 0))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessageStartingWith("XML document is not well-formed");
  }

  @Test
  void jsonWithBytesThatAreNotUtf8IsAParseFailureThePipelineDecodes() {
    byte[] body = "{\"p\":{\"n\":\"\u00c3(\"}}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> JsonReader.read(bytes(body), 0))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void jsonThatLooksLikeUtf32ButIsNotIsADecodeFailureNotAnIoError() {
    // Found by fuzzing: leading NUL bytes make Jackson read UTF-32, whose bad characters it reports
    // as a CharConversionException, an IOException the pipeline would take for a broken connection.
    byte[] tail = "[{\"id!}:\",{\"id\":2}]".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[101 + tail.length];
    System.arraycopy(tail, 0, body, 101, tail.length);

    assertThatThrownBy(() -> JsonReader.read(bytes(body), 0))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessageStartingWith("JSON document is not valid in its encoding")
        .hasCauseInstanceOf(java.io.CharConversionException.class);
  }

  @Test
  void aJsonNumberLongerThanCoresLimitIsRefused() {
    String body = "{\"p\":{\"id\":" + "9".repeat(1_000) + "}}";

    assertThatThrownBy(() -> JsonReader.read(utf8(body), 0))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Number value length");
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void aJsonLanguageIdBelowOneIsADecodeFailure(String id) {
    String body = "{\"p\":{\"name\":[{\"id\":\"" + id + "\",\"value\":\"v\"}]}}";

    assertThatThrownBy(() -> JsonReader.read(utf8(body), 0))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessage("field name: language id must be 1 or more (got " + id + ")");
  }

  @Test
  void numbersOutOfEveryJavaRangeAreKeptAsTheTextTheStoreSent() throws IOException {
    String body = "{\"p\":{\"price\":1e999999999,\"id\":99999999999999999999999}}";

    Entity entity = JsonReader.read(utf8(body), 0).entities().get(0);

    assertThat(entity.text("price")).contains("1e999999999");
    assertThat(entity.text("id")).contains("99999999999999999999999");
  }

  @Test
  void aJsonStringLongerThanCoresLimitIsRefused() {
    String body = "{\"p\":{\"n\":\"" + "x".repeat(8_000_001) + "\"}}";

    assertThatThrownBy(() -> JsonReader.read(utf8(body), 0))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("String value length");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<prestashop><p><name><language id='99999999999'>x</language></name></p></prestashop>|field name",
        "<prestashop><p><name><language id='-'>x</language></name></p></prestashop>|field name",
        "<prestashop><p><name><language id='0'>x</language></name></p></prestashop>|id must be 1 or more",
        "<prestashop><p><name><language id='-3'>x</language></name></p></prestashop>|id must be 1 or more",
        "<html><body>maintenance</body></html>|root is <html>",
        "<prestashop><p>&nbsp;</p></prestashop>|entity reference",
        "<prestashop><p id='1' id='2'/></prestashop>|not well-formed",
        "<prestashop><p><n>\u0001</n></p></prestashop>|not well-formed",
      })
  void hostileXmlIsADecodeFailureThatSaysWhy(String body, String reason) {
    assertThatThrownBy(() -> XmlReader.read(utf8(body), 0))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void unexpectedElementNamesAreKeptAsDataNotInterpreted() throws IOException {
    String body = "<prestashop><weird><errors>x</errors><associations/></weird></prestashop>";

    Document document = XmlReader.read(utf8(body), 0);

    assertThat(document.errors()).isEmpty();
    assertThat(document.entities()).hasSize(1);
    assertThat(document.entities().get(0).type()).isEqualTo("weird");
    assertThat(document.entities().get(0).text("errors")).contains("x");
  }

  @Test
  void cdataTerminatorsInValuesSurviveAWriteAndARead() throws IOException {
    String value = "]]>a]]]]>b]]><![CDATA[c]]";
    Entity entity =
        Entity.builder("product")
            .set("note", value)
            .set("name", LocalizedText.of(1, value))
            .build();

    byte[] xml = XmlWriter.write(List.of(entity), "product");
    Entity read = XmlReader.read(bytes(xml), 0).entities().get(0);

    assertThat(read.text("note")).contains(value);
    assertThat(read.localized("name")).contains(LocalizedText.of(1, value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text/html|{\"p\":{\"id\":1}}|p",
        "application/javascript|[{\"id\":1}]|''",
        "text/html|<prestashop><p><id>1</id></p></prestashop>|p",
        "|' \t <prestashop><p><id>1</id></p></prestashop>'|p",
        "application/json; charset=utf-8|{\"p\":{\"id\":1}}|p",
        "APPLICATION/XML|<prestashop><p><id>1</id></p></prestashop>|p",
      })
  void theContentTypeOrTheFirstCharacterChoosesTheDecoder(
      String contentType, String body, String section) throws IOException {
    Document document = Documents.read(contentType == null ? "" : contentType, utf8(body), 0);

    assertThat(document.sections()).extracting(Document.Section::name).containsExactly(section);
    assertThat(document.entities().get(0).text("id")).contains("1");
  }

  @Test
  void aDeclaredXmlTypeIsDecodedAsXmlEvenIfTheBodyLooksLikeJson() {
    assertThatThrownBy(() -> Documents.read("text/xml", utf8("{\"p\":{}}"), 0))
        .isExactlyInstanceOf(DecodeException.class)
        .hasMessageContaining("XML");
  }

  @Test
  void aDeclaredJsonTypeIsDecodedAsJsonEvenIfTheBodyLooksLikeXml() {
    assertThatThrownBy(() -> Documents.read("application/json", utf8("<prestashop/>"), 0))
        .isInstanceOf(JacksonException.class);
  }

  @ParameterizedTest
  @CsvSource({"''", "' '", "'\n\r\t '"})
  void aBlankBodyIsAnEmptyDocument(String body) throws IOException {
    Document document = Documents.read("application/xml", utf8(body), 0);

    assertThat(document.sections()).isEmpty();
    assertThat(document.errors()).isEmpty();
  }
}
