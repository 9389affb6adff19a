package io.github.prestashop4j.webservice.jobs.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.webservice.ImageFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WireMockTest
class CatalogInputTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void roundingRules() {
    assertThat(RoundingRule.cents().round(d("12.345"))).isEqualByComparingTo("12.35");
    assertThat(RoundingRule.halfUp(0).round(d("12.5"))).isEqualByComparingTo("13");
    assertThat(RoundingRule.endingIn99().round(d("12.34"))).isEqualByComparingTo("12.99");
    assertThat(RoundingRule.endingIn99().round(d("12.99"))).isEqualByComparingTo("12.99");
    assertThat(RoundingRule.endingIn99().round(d("12.995"))).isEqualByComparingTo("13.99");
    assertThat(RoundingRule.endingIn90().round(d("12.95"))).isEqualByComparingTo("13.90");
    assertThat(RoundingRule.endingIn90().round(d("0"))).isEqualByComparingTo("0.90");
    assertThatThrownBy(() -> RoundingRule.endingIn(d("1.00")))
        .hasMessage("cents: must be between 0.00 and 0.99 in cents (got 1.00)");
    assertThatThrownBy(() -> RoundingRule.endingIn(d("0.999")))
        .hasMessageStartingWith("cents: must be between");
    assertThatThrownBy(() -> RoundingRule.halfUp(7))
        .hasMessage("scale: must be between 0 and 6 (got 7)");
  }

  @Test
  void costPlusMargin() {
    PricingStrategy pricing = PricingStrategy.costPlusMargin(d("40"), RoundingRule.cents());
    assertThat(pricing.price(d("10"))).isEqualByComparingTo("14.00");
    assertThat(pricing.price(d("3.33"))).isEqualByComparingTo("4.66");
    assertThat(PricingStrategy.costPlusMargin(d("0"), RoundingRule.endingIn99()).price(d("5")))
        .isEqualByComparingTo("5.99");
    assertThatThrownBy(() -> PricingStrategy.costPlusMargin(d("-1"), RoundingRule.cents()))
        .hasMessage("percent: must be 0 or more (got -1)");
  }

  @Test
  void categoryMapping() {
    CategoryMapping mapping =
        CategoryMapping.builder().mapAll(Map.of("A", 10L)).map("B", 11).alsoIn(2, 10).build();
    assertThat(mapping.categoriesFor("A")).containsExactly(10L, 2L);
    assertThat(mapping.categoriesFor("B")).containsExactly(11L, 2L, 10L);
    assertThat(mapping.categoriesFor("a")).isEmpty();
    assertThat(mapping.categoryFor("C")).isEmpty();
    assertThat(CategoryMapping.builder().fallback(3).build().categoryFor("C")).contains(3L);
    assertThat(mapping).hasToString("CategoryMapping[2 categories, alsoIn=[2, 10]]");
    assertThatThrownBy(() -> CategoryMapping.builder().map("A", 1).map("A", 2))
        .hasMessage("map: warehouse category \"A\" is mapped twice");
    assertThatThrownBy(() -> CategoryMapping.builder().alsoIn(0))
        .hasMessage("alsoIn: category ids must be 1 or more (got 0)");
  }

  @Test
  void items_areImmutableValues_andRefuseBadInput() {
    CatalogItem item =
        CatalogItem.builder("WH-1")
            .name(1, "Mug")
            .description(1, "<p>Mug</p>")
            .descriptionShort(1, "Mug")
            .warehouseCategory("A")
            .cost(d("1"))
            .combination(
                CatalogCombination.builder("WH-1-A")
                    .optionValues(1, 1)
                    .weightImpact(d("0.1"))
                    .build())
            .image(CatalogImage.url("https://example.com/a.jpg?token=secret"))
            .build();
    assertThat(item.toBuilder().build()).isEqualTo(item).hasSameHashCodeAs(item);
    assertThat(item).hasToString("CatalogItem[WH-1, category=A]");
    assertThat(item.combinations().get(0).optionValueIds()).containsExactly(1L);
    assertThat(item.combinations().get(0))
        .hasToString("CatalogCombination[WH-1-A, options=[1]]")
        .isEqualTo(
            CatalogCombination.builder("WH-1-A").optionValues(1).weightImpact(d("0.1")).build());
    assertThat(item.images().get(0).toString()).doesNotContain("secret");
    CatalogImage bytes = CatalogImage.bytes(new byte[] {1, 2}, "a.jpg");
    assertThat(bytes).isEqualTo(CatalogImage.bytes(new byte[] {1, 2}, "a.jpg"));
    assertThat(bytes.bytes().orElseThrow()).containsExactly(1, 2);
    assertThat(bytes.url()).isEmpty();
    assertThat(bytes).hasToString("CatalogImage[a.jpg, 2 bytes]");

    assertThatThrownBy(() -> CatalogItem.builder("A;B"))
        .hasMessageStartingWith("reference: must be 1 to 64 characters");
    assertThatThrownBy(() -> CatalogItem.builder(" A"))
        .hasMessageStartingWith("reference: must be 1 to 64 characters");
    assertThatThrownBy(() -> CatalogItem.builder("A".repeat(65)))
        .hasMessageStartingWith("reference: must be 1 to 64 characters, isReference");
    assertThat(CatalogItem.builder("\uD83D\uDCE6".repeat(64))).isNotNull(); // 64 code points
    // What a filter cannot look up is Filter's rule, with the field named.
    assertThatThrownBy(() -> CatalogItem.builder("10,20"))
        .hasMessageStartingWith(
            "reference: \"10,20\" cannot be looked up by the store's filter; use another reference"
                + " (equalTo: value \"10,20\" would be read by the server as an interval");
    assertThatThrownBy(() -> CatalogCombination.builder("M|L"))
        .hasMessageStartingWith("combination reference: \"M|L\" cannot be looked up")
        .hasMessageContaining("contains '|'");
    assertThatThrownBy(() -> CatalogItem.builder("A[1]")).hasMessageContaining("'[' or ']'");
    assertThatThrownBy(() -> CatalogItem.builder("A\nB")).hasMessageContaining("line break");
    assertThat(CatalogItem.builder("A,B#1/2")).isNotNull();
    assertThatThrownBy(() -> CatalogItem.builder("X").ean13(""))
        .hasMessage("ean13: must be 1 to 13 digits (got \"\")");
    assertThatThrownBy(() -> CatalogCombination.builder("X").ean13("12345678901234"))
        .hasMessage("ean13: must be 1 to 13 digits (got \"12345678901234\")");
    assertThatThrownBy(() -> CatalogItem.builder("X").build()).hasMessage("item X: name: required");
    assertThatThrownBy(() -> CatalogItem.builder("X").name(1, "x").build())
        .hasMessage("item X: warehouseCategory: required");
    assertThatThrownBy(() -> CatalogItem.builder("X").name(1, "x").warehouseCategory("A").build())
        .hasMessage("item X: cost: required");
    assertThatThrownBy(() -> CatalogItem.builder("X").cost(d("-1")))
        .hasMessage("cost: must be 0 or more (got -1)");
    assertThatThrownBy(() -> CatalogItem.builder("X").ean13("12a"))
        .hasMessage("ean13: must be 1 to 13 digits (got \"12a\")");
    assertThatThrownBy(() -> CatalogItem.builder("X").name(0, "x"))
        .hasMessage("name: language id must be 1 or more (got 0)");
    assertThatThrownBy(() -> CatalogItem.builder("X").name(1, " "))
        .hasMessage("name: must not be blank (language 1)");
    CatalogCombination m = CatalogCombination.builder("M").optionValues(1).build();
    assertThatThrownBy(
            () ->
                CatalogItem.builder("X")
                    .name(1, "x")
                    .warehouseCategory("A")
                    .cost(d("1"))
                    .quantity(1)
                    .combination(m)
                    .build())
        .hasMessage(
            "item X: quantity: a product with combinations has its stock on each combination");
    assertThatThrownBy(
            () ->
                CatalogItem.builder("X")
                    .name(1, "x")
                    .warehouseCategory("A")
                    .cost(d("1"))
                    .combination(m)
                    .combination(CatalogCombination.builder("m").optionValues(2).build())
                    .build())
        .hasMessage("item X: combinations: reference m appears twice");
    assertThatThrownBy(() -> CatalogCombination.builder("M").build())
        .hasMessage("combination M: optionValues: at least one is required");
    assertThatThrownBy(() -> CatalogCombination.builder("M").optionValues(0))
        .hasMessage("optionValues: ids must be 1 or more (got 0)");
    assertThatThrownBy(() -> CatalogImage.url("ftp://example.com/a.jpg"))
        .hasMessage("url: must be an absolute http or https address (got ftp://example.com/a.jpg)");
    assertThatThrownBy(() -> CatalogImage.bytes(new byte[0], "a.jpg"))
        .hasMessage("image: content and filename must not be empty");
    assertThat(Desired.slug("Tasse à café — Édition 2")).isEqualTo("tasse-a-cafe-edition-2");
  }

  @Test
  void reportsAndResults() {
    ImportReport report =
        new ImportReport(
            List.of(
                new ItemResult(
                    "A",
                    ItemResult.Status.UPDATED,
                    3L,
                    List.of(new FieldChange("price", "1", "2")),
                    List.of(new FieldChange("price", "1", "2")),
                    null),
                new ItemResult(
                    "B",
                    ItemResult.Status.FAILED,
                    null,
                    List.of(),
                    List.of(),
                    new IOException("down")),
                new ItemResult(
                    "D",
                    ItemResult.Status.FAILED,
                    4L,
                    List.of(new FieldChange("price", "", "2"), new FieldChange("stock", "", "5")),
                    List.of(new FieldChange("price", "", "2")),
                    new IOException("down"))),
            false);
    assertThat(report)
        .hasToString("ImportReport[3 items: 0 created, 1 updated, 0 unchanged, 2 failed]");
    assertThat(report.succeeded()).isFalse();
    assertThat(report.item("A")).hasToString("ItemResult[A, UPDATED, id=3, changed=[price]]");
    assertThat(report.item("B")).hasToString("ItemResult[B, FAILED, error=IOException]");
    assertThat(report.item("D"))
        .hasToString(
            "ItemResult[D, FAILED, id=4, changed=[price, stock], written=[price],"
                + " error=IOException]");
    assertThat(report.item("B").errorCodes()).isEmpty();
    assertThat(new FieldChange("price", "1", "2")).hasToString("price: \"1\" -> \"2\"");
    assertThatThrownBy(() -> report.item("C")).hasMessage("reference: no item C");
  }

  @Test
  void httpFetcher_checksStatusTypeAndSize(WireMockRuntimeInfo wm) throws IOException {
    byte[] jpeg = CatalogImportTest.JPEG;
    stubFor(
        get(urlEqualTo("/img/a.jpg"))
            .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(jpeg)));
    stubFor(
        get(urlEqualTo("/img/page"))
            .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<html>")));
    stubFor(get(urlEqualTo("/img/missing")).willReturn(aResponse().withStatus(404)));
    stubFor(
        get(urlEqualTo("/img/big.png"))
            .willReturn(
                aResponse().withHeader("Content-Type", "image/png").withBody(new byte[64])));
    // Chunked, with no Content-Length: only counting what arrives can stop it.
    stubFor(
        get(urlEqualTo("/img/undeclared.png"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "image/png")
                    .withBody(new byte[64])
                    .withChunkedDribbleDelay(4, 20)));
    stubFor(
        get(urlEqualTo("/img/empty.png"))
            .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(new byte[0])));
    String base = wm.getHttpBaseUrl();
    ImageFetcher fetcher = ImageFetcher.http(32, Duration.ofSeconds(5));

    ImageFile image = fetcher.fetch(URI.create(base + "/img/a.jpg"));
    assertThat(image.filename()).isEqualTo("a.jpg");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/img/page")))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith(
            ": Content-Type \"text/html\" is not an image type PrestaShop accepts");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/img/missing")))
        .hasMessageEndingWith(": HTTP 404");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/img/big.png")))
        .hasMessageEndingWith(": larger than 32 bytes");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/img/undeclared.png")))
        .hasMessageEndingWith(": larger than 32 bytes");
    assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/img/empty.png")))
        .hasMessageEndingWith(": empty body");
    assertThat(HttpImageFetcher.filename(URI.create(base + "/"))).isEqualTo("image");
    assertThatThrownBy(() -> ImageFetcher.http(0, Duration.ofSeconds(1)))
        .hasMessage("maxBytes: must be 1 or more (got 0)");
    assertThatThrownBy(() -> ImageFetcher.http(1, Duration.ZERO))
        .hasMessage("timeout: must be positive (got PT0S)");
  }
}
