package io.github.prestashop4j.webservice.jobs.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.ImageFile;
import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.UnconfirmedWriteException;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.jobs.catalog.FakeStore.Fault;
import io.github.prestashop4j.webservice.jobs.catalog.ItemResult.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogImportTest {
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};

  private final FakeStore store = new FakeStore();
  private WireMockServer server;
  private WebserviceClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().extensions(store));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
    client =
        WebserviceClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
            .responseFormat(ResponseFormat.XML)
            .httpConfig(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private CatalogImport.Builder importer() {
    return CatalogImport.builder(client)
        .categories(
            CategoryMapping.builder()
                .map("KITCHEN/MUGS", 10)
                .map("CLOTHES/TEES", 11)
                .alsoIn(2)
                .build())
        .pricing(PricingStrategy.costPlusMargin(new BigDecimal("40"), RoundingRule.endingIn99()))
        .languages(1, 2)
        .imageFetcher(
            url -> {
              throw new IOException("no network in tests: " + url);
            });
  }

  private static CatalogItem mug(String reference, String cost) {
    return CatalogItem.builder(reference)
        .name(1, "Blue mug " + reference)
        .name(2, "Tasse bleue " + reference)
        .descriptionShort(1, "<p>A mug.</p>")
        .warehouseCategory("KITCHEN/MUGS")
        .cost(new BigDecimal(cost))
        .weight(new BigDecimal("0.350"))
        .ean13("3760000000017")
        .quantity(12)
        .image(CatalogImage.bytes(JPEG, "mug.jpg"))
        .build();
  }

  // TEE-1 as tee() has it, without combinations, for a test to add the ones it wants.
  private static CatalogItem.Builder teeWithoutCombinations() {
    return CatalogItem.builder("TEE-1")
        .name(1, "T-shirt")
        .name(2, "T-shirt")
        .warehouseCategory("CLOTHES/TEES")
        .cost(new BigDecimal("5"));
  }

  private static CatalogItem tee() {
    return teeWithoutCombinations()
        .combination(CatalogCombination.builder("TEE-1-M").optionValues(1, 10).quantity(3).build())
        .combination(
            CatalogCombination.builder("TEE-1-XL")
                .optionValues(3, 10)
                .cost(new BigDecimal("6"))
                .ean13("3760000000024")
                .quantity(4)
                .build())
        .build();
  }

  private int writes() {
    int count = 0;
    for (RequestMethod method :
        List.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH)) {
      count +=
          server
              .countRequestsMatching(new RequestPatternBuilder(method, anyUrl()).build())
              .getCount();
    }
    return count;
  }

  // The requests to a path, oldest first, as their methods; a GET by reference shows the value.
  private List<String> requestsTo(String path) {
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    Collections.reverse(events);
    List<String> out = new ArrayList<>();
    for (ServeEvent event : events) {
      LoggedRequest request = event.getRequest();
      String url = URLDecoder.decode(request.getUrl(), StandardCharsets.UTF_8);
      if (!url.startsWith(path)) {
        continue;
      }
      int reference = url.indexOf("filter[reference]=");
      out.add(
          request.getMethod().getName()
              + (reference < 0 ? "" : " " + url.substring(reference + 18).replaceAll("&.*", "")));
    }
    return out;
  }

  // A failed item's written changes: the start of what it planned, the product's fields among them.
  private static long productWrittenBeforeFailing(ItemResult failed) {
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.changes()).startsWith(failed.written().toArray(FieldChange[]::new));
    assertThat(failed.written())
        .extracting(FieldChange::field)
        .contains("reference", "price", "active");
    return failed.productId().orElseThrow();
  }

  // A re-run finds the failed item's product by reference and completes it, never creates another.
  private ItemResult rerunCompletes(CatalogItem item, long productId) {
    server.resetRequests();
    ItemResult again = importer().build().run(List.of(item)).item(item.reference());
    assertThat(again.status()).isEqualTo(Status.UPDATED);
    assertThat(again.productId()).contains(productId);
    assertThat(again.written()).isEqualTo(again.changes());
    server.verify(exactly(0), postRequestedFor(urlEqualTo("/api/products")));
    assertThat(store.rows("products")).hasSize(1);
    return again;
  }

  private List<String> combinationReferences() {
    return store.rows("combinations").stream().map(c -> c.text("reference").orElseThrow()).toList();
  }

  // The snapshot's read, then the one write of a row it holds (no second read): the write's body.
  private String theStockWrite(RequestMethod method, long row) {
    assertThat(requestsTo("/api/stock_availables")).containsExactly("GET", method.getName());
    List<LoggedRequest> writes =
        server.findAll(
            new RequestPatternBuilder(method, urlEqualTo("/api/stock_availables/" + row)));
    assertThat(writes).hasSize(1);
    return writes.get(0).getBodyAsString();
  }

  private Entity stockRow(long productId, long combinationId) {
    return store.rows("stock_availables").stream()
        .filter(r -> r.text("id_product").orElseThrow().equals(Long.toString(productId)))
        .filter(
            r -> r.text("id_product_attribute").orElseThrow().equals(Long.toString(combinationId)))
        .findFirst()
        .orElseThrow();
  }

  private String stockOf(long productId, long combinationId) {
    return stockRow(productId, combinationId).text("quantity").orElseThrow();
  }

  @Test
  void firstRun_createsInactiveProducts_withCombinationsStockAndImages() {
    ImportReport report = importer().build().run(List.of(mug("MUG-1", "10"), tee()));

    assertThat(report.summary()).isEqualTo("2 items: 2 created, 0 updated, 0 unchanged, 0 failed");
    assertThat(report.succeeded()).isTrue();
    Entity mug = store.product("MUG-1");
    assertThat(mug.text("price")).contains("14.99");
    assertThat(mug.text("wholesale_price")).contains("10");
    assertThat(mug.text("active")).contains("0");
    assertThat(mug.text("state")).contains("1");
    assertThat(mug.text("id_category_default")).contains("10");
    assertThat(mug.association("categories"))
        .extracting(c -> c.text("id").orElseThrow())
        .containsExactly("10", "2");
    assertThat(mug.localized("name").orElseThrow().get(2)).contains("Tasse bleue MUG-1");
    assertThat(mug.localized("link_rewrite").orElseThrow().get(1)).contains("blue-mug-mug-1");
    assertThat(mug.text("ean13")).contains("3760000000017");
    long mugId = report.item("MUG-1").productId().orElseThrow();
    assertThat(store.images(mugId)).hasSize(1);
    long teeId = report.item("TEE-1").productId().orElseThrow();
    List<Entity> combinations = store.rows("combinations");
    assertThat(combinations)
        .extracting(c -> c.text("reference").orElseThrow())
        .containsExactly("TEE-1-M", "TEE-1-XL");
    assertThat(combinations.get(0).text("price")).contains("0");
    // 5 * 1.4 = 7.00 -> 7.99; 6 * 1.4 = 8.40 -> 8.99: the XL costs 1.00 more.
    assertThat(combinations.get(1).text("price")).contains("1.00");
    assertThat(combinations.get(1).text("wholesale_price")).contains("6");
    assertThat(store.rows("stock_availables"))
        .extracting(
            r -> r.text("id_product").orElseThrow() + "/" + r.text("quantity").orElseThrow())
        .containsExactlyInAnyOrder(mugId + "/12", teeId + "/0", teeId + "/3", teeId + "/4");
    assertThat(report.item("MUG-1").changes())
        .contains(new FieldChange("price", "", "14.99"), new FieldChange("active", "", "0"));
  }

  @Test
  void reRun_withTheSameInput_makesNoWrites() {
    List<CatalogItem> items = List.of(mug("MUG-1", "10"), mug("MUG-2", "3.5"), tee());
    importer().build().run(items);
    server.resetRequests();

    ImportReport again = importer().build().run(items);

    assertThat(again.count(Status.UNCHANGED)).isEqualTo(3);
    assertThat(again.items()).allSatisfy(i -> assertThat(i.changes()).isEmpty());
    assertThat(writes()).isZero();
    assertThat(store.rows("products")).hasSize(3);
  }

  @Test
  void aChangedPrice_makesExactlyOnePatch_withOnlyThePrice() {
    importer().build().run(List.of(mug("MUG-1", "10"), mug("MUG-2", "20")));
    long id = store.product("MUG-1").id().orElseThrow();
    server.resetRequests();

    CatalogItem cheaper = mug("MUG-1", "10").toBuilder().build(); // same cost, new margin below
    ImportReport report =
        importer()
            .pricing(PricingStrategy.costPlusMargin(new BigDecimal("50"), RoundingRule.cents()))
            .build()
            .run(List.of(cheaper));

    ItemResult result = report.item("MUG-1");
    assertThat(result.status()).isEqualTo(Status.UPDATED);
    assertThat(result.changes()).containsExactly(new FieldChange("price", "14.99", "15.00"));
    assertThat(writes()).isEqualTo(1);
    List<LoggedRequest> patches =
        server.findAll(patchRequestedFor(urlEqualTo("/api/products/" + id)));
    assertThat(patches).hasSize(1);
    String body = patches.get(0).getBodyAsString();
    assertThat(body).contains("<price><![CDATA[15.00]]></price>").contains("<id>");
    assertThat(body).doesNotContain("wholesale_price", "name", "categories", "reference");
    assertThat(store.product("MUG-1").text("price")).contains("15.00");
  }

  @Test
  void aServerErrorOnCreate_whenTheProductWasSaved_isReadBack_andNotSentAgain() {
    store.fail(new Fault("POST", "/api/products", 500, "3", true));

    ImportReport report = importer().build().run(List.of(mug("MUG-1", "10")));

    assertThat(report.item("MUG-1").status()).isEqualTo(Status.CREATED);
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/api/products")));
    assertThat(store.rows("products")).hasSize(1);
    assertThat(report.item("MUG-1").productId())
        .contains(store.product("MUG-1").id().orElseThrow());
    assertThat(store.rows("stock_availables"))
        .singleElement()
        .satisfies(r -> assertThat(r.text("quantity")).contains("12"));
  }

  @Test
  void aServerErrorOnCreate_whenNothingWasSaved_isSentAgainOnce() {
    store.fail(new Fault("POST", "/api/products", 500, "3", false));

    ImportReport report = importer().build().run(List.of(mug("MUG-1", "10")));

    assertThat(report.item("MUG-1").status()).isEqualTo(Status.CREATED);
    server.verify(exactly(2), postRequestedFor(urlEqualTo("/api/products")));
    assertThat(store.rows("products")).hasSize(1);
  }

  @Test
  void twoServerErrorsOnCreate_failTheItem_afterTwoPostsAtMost() {
    store.fail(new Fault("POST", "/api/products", 500, "3", false));
    store.fail(new Fault("POST", "/api/products", 500, "3", false));

    ImportReport report = importer().build().run(List.of(mug("MUG-1", "10")));

    ItemResult result = report.item("MUG-1");
    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.error()).containsInstanceOf(UnconfirmedWriteException.class);
    assertThat(result.error().orElseThrow().getSuppressed()).hasSize(1);
    assertThat(result.errorCodes()).containsExactly("3");
    assertThat(result.productId()).isEmpty();
    server.verify(exactly(2), postRequestedFor(urlEqualTo("/api/products")));
    assertThat(store.rows("products")).isEmpty();
  }

  @Test
  void aServerErrorOnACombinationCreate_whenItWasSaved_isReadBack_andNotSentAgain() {
    store.fail(new Fault("POST", "/api/combinations", 500, "3", true));

    ItemResult result = importer().build().run(List.of(tee())).item("TEE-1");

    assertThat(result.status()).isEqualTo(Status.CREATED);
    // The M's POST, the read-back that finds it, the XL's POST: nothing sent twice.
    assertThat(requestsTo("/api/combinations")).containsExactly("POST", "GET [TEE-1-M]", "POST");
    assertThat(combinationReferences()).containsExactly("TEE-1-M", "TEE-1-XL");
    long m = store.rows("combinations").get(0).id().orElseThrow();
    assertThat(stockOf(result.productId().orElseThrow(), m)).isEqualTo("3");
    assertThat(result.written()).isEqualTo(result.changes());
  }

  @Test
  void aServerErrorOnACombinationCreate_whenNothingWasSaved_isReadBack_thenSentAgainOnce() {
    store.fail(new Fault("POST", "/api/combinations", 500, "3", false));

    ItemResult result = importer().build().run(List.of(tee())).item("TEE-1");

    assertThat(result.status()).isEqualTo(Status.CREATED);
    assertThat(requestsTo("/api/combinations"))
        .containsExactly("POST", "GET [TEE-1-M]", "POST", "POST");
    assertThat(combinationReferences()).containsExactly("TEE-1-M", "TEE-1-XL");
  }

  @Test
  void twoServerErrorsOnACombinationCreate_failTheItem_sayingWhatWasWritten_andARerunCompletesIt() {
    store.fail(new Fault("POST", "/api/combinations", 500, "3", false));
    store.fail(new Fault("POST", "/api/combinations", 500, "3", false));

    ItemResult first = importer().build().run(List.of(tee())).item("TEE-1");

    long id = productWrittenBeforeFailing(first);
    assertThat(first.error()).containsInstanceOf(UnconfirmedWriteException.class);
    assertThat(requestsTo("/api/combinations"))
        .containsExactly("POST", "GET [TEE-1-M]", "POST", "GET [TEE-1-M]");
    assertThat(combinationReferences()).isEmpty();
    assertThat(first.written()).noneMatch(c -> c.field().startsWith("combinations["));
    assertThat(first.changes())
        .extracting(FieldChange::field)
        .contains("combinations[TEE-1-M].reference", "combinations[TEE-1-XL].stock");

    ItemResult second = rerunCompletes(tee(), id);

    assertThat(second.changes()).allMatch(c -> c.field().startsWith("combinations["));
    assertThat(combinationReferences()).containsExactly("TEE-1-M", "TEE-1-XL");
  }

  @Test
  void aFailedStockWrite_afterTheCreate_saysWhatWasWritten_andARerunCompletesIt() {
    store.fail(new Fault("PATCH", "/api/stock_availables", 400, "84", false));
    CatalogItem item = mug("MUG-1", "10");

    ItemResult first = importer().build().run(List.of(item)).item("MUG-1");

    long id = productWrittenBeforeFailing(first);
    assertThat(first.errorCodes()).containsExactly("84");
    assertThat(first.written()).extracting(FieldChange::field).doesNotContain("stock", "images");
    assertThat(first.changes())
        .endsWith(new FieldChange("stock", "", "12"), new FieldChange("images", "", "1"));
    assertThat(first.toString()).contains("written=[reference, ");
    assertThat(store.images(id)).isEmpty();

    ItemResult second = rerunCompletes(item, id);

    assertThat(second.changes())
        .containsExactly(new FieldChange("stock", "0", "12"), new FieldChange("images", "0", "1"));
    assertThat(stockOf(id, 0)).isEqualTo("12");
    assertThat(store.images(id)).hasSize(1);
  }

  @Test
  void aFailedImageUpload_saysHowManyImagesWereWritten() {
    store.fail(new Fault("POST", "/api/images/products/", 400, "84", false, 1));
    CatalogItem item =
        mug("MUG-1", "10").toBuilder().image(CatalogImage.bytes(JPEG, "side.jpg")).build();

    ItemResult result = importer().build().run(List.of(item)).item("MUG-1");

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(store.images(result.productId().orElseThrow())).hasSize(1);
    assertThat(result.changes()).endsWith(new FieldChange("images", "", "2"));
    assertThat(result.written())
        .endsWith(new FieldChange("stock", "", "12"), new FieldChange("images", "", "1"));
  }

  @Test
  void aStockRowTheSnapshotHolds_isPatchedWithoutBeingLookedUpAgain() {
    CatalogImport job = importer().build();
    ItemResult created = job.run(List.of(mug("MUG-1", "10"))).item("MUG-1");
    long row = stockRow(created.productId().orElseThrow(), 0).id().orElseThrow();
    server.resetRequests();

    ItemResult result =
        job.run(List.of(mug("MUG-1", "10").toBuilder().quantity(7).build())).item("MUG-1");

    assertThat(result.changes()).containsExactly(new FieldChange("stock", "12", "7"));
    assertThat(theStockWrite(RequestMethod.PATCH, row))
        .contains("<quantity><![CDATA[7]]></quantity>")
        .doesNotContain("depends_on_stock");
    assertThat(stockOf(created.productId().orElseThrow(), 0)).isEqualTo("7");
  }

  @Test
  void anOlderStore_getsThePutOfTheWholeStockRowTheSnapshotHolds() {
    store.version("1.7.8.0");
    CatalogImport job = importer().build();
    ItemResult created = job.run(List.of(tee())).item("TEE-1");
    long productId = created.productId().orElseThrow();
    long m = store.rows("combinations").get(0).id().orElseThrow();
    long row = stockRow(productId, m).id().orElseThrow();
    server.resetRequests();

    CatalogItem moreM =
        teeWithoutCombinations()
            .combination(
                CatalogCombination.builder("TEE-1-M").optionValues(1, 10).quantity(9).build())
            .combination(tee().combinations().get(1))
            .build();
    ItemResult result = job.run(List.of(moreM)).item("TEE-1");

    assertThat(result.changes())
        .containsExactly(new FieldChange("combinations[TEE-1-M].stock", "3", "9"));
    assertThat(theStockWrite(RequestMethod.PUT, row))
        .contains("<quantity><![CDATA[9]]></quantity>")
        .contains("<out_of_stock><![CDATA[2]]></out_of_stock>");
    assertThat(stockOf(productId, m)).isEqualTo("9");
  }

  @Test
  void aRun_writesWhatTheDryRunReported_inTheSameOrder() {
    importer().build().run(List.of(tee()));
    CatalogItem changedTee =
        teeWithoutCombinations()
            .name(2, "Tee")
            .cost(new BigDecimal("6"))
            .combination(
                CatalogCombination.builder("TEE-1-M").optionValues(1, 10).quantity(5).build())
            .combination(
                CatalogCombination.builder("TEE-1-S").optionValues(2, 10).quantity(1).build())
            .build();
    List<CatalogItem> items = List.of(mug("MUG-1", "10"), changedTee);

    ImportReport dry = importer().dryRun(true).build().run(items);
    ImportReport real = importer().build().run(items);

    for (CatalogItem item : items) {
      ItemResult planned = dry.item(item.reference());
      ItemResult done = real.item(item.reference());
      assertThat(done.status()).isEqualTo(planned.status());
      assertThat(done.changes()).isNotEmpty().isEqualTo(planned.changes());
      assertThat(done.written()).isEqualTo(done.changes());
      assertThat(planned.written()).isEmpty();
    }
    assertThat(real.item("TEE-1").changes())
        .extracting(FieldChange::field)
        .containsExactly(
            "name[2]",
            "price",
            "wholesale_price",
            "combinations[TEE-1-M].wholesale_price",
            "combinations[TEE-1-M].stock",
            "combinations[TEE-1-S].reference",
            "combinations[TEE-1-S].product_option_values",
            "combinations[TEE-1-S].wholesale_price",
            "combinations[TEE-1-S].price",
            "combinations[TEE-1-S].stock");
  }

  @Test
  void aServerErrorOnAPatchThatWasApplied_isReadBack_andNotSentAgain() {
    importer().build().run(List.of(mug("MUG-1", "10")));
    store.fail(new Fault("PATCH", "/api/products/", 500, "3", true));
    server.resetRequests();

    ImportReport report = importer().build().run(List.of(mug("MUG-1", "11")));

    assertThat(report.item("MUG-1").status()).isEqualTo(Status.UPDATED);
    server.verify(exactly(1), patchRequestedFor(urlPathMatching("/api/products/.*")));
    assertThat(store.product("MUG-1").text("price")).contains("15.99");
  }

  @Test
  void aDryRun_writesNothing_andReportsWhatWouldChange() {
    importer().build().run(List.of(mug("MUG-1", "10")));
    server.resetRequests();

    ImportReport report =
        importer()
            .dryRun(true)
            .build()
            .run(List.of(mug("MUG-1", "12").toBuilder().quantity(7).build(), tee()));

    assertThat(report.dryRun()).isTrue();
    assertThat(report.summary())
        .isEqualTo("dry run, 2 items: 1 created, 1 updated, 0 unchanged, 0 failed");
    assertThat(report.item("MUG-1").changes())
        .containsExactly(
            new FieldChange("price", "14.99", "16.99"),
            new FieldChange("wholesale_price", "10", "12"),
            new FieldChange("stock", "12", "7"));
    ItemResult tee = report.item("TEE-1");
    assertThat(tee.productId()).isEmpty();
    assertThat(tee.changes())
        .extracting(FieldChange::field)
        .contains(
            "reference",
            "name[1]",
            "price",
            "categories",
            "active",
            "combinations[TEE-1-XL].price",
            "combinations[TEE-1-M].stock");
    assertThat(writes()).isZero();
    assertThat(store.rows("products")).hasSize(1);
  }

  @Test
  void oneFailingItem_doesNotStopTheOthers() {
    store.fail(new Fault("POST", "/api/products", 400, "84", false));
    CatalogItem unmapped =
        CatalogItem.builder("ODD-1")
            .name(1, "Odd")
            .name(2, "Odd")
            .warehouseCategory("GARDEN")
            .cost(BigDecimal.ONE)
            .build();
    CatalogItem oneLanguage =
        CatalogItem.builder("ODD-2")
            .name(1, "Odd")
            .warehouseCategory("KITCHEN/MUGS")
            .cost(BigDecimal.ONE)
            .build();

    ImportReport report =
        importer()
            .concurrency(1)
            .build()
            .run(
                List.of(
                    mug("MUG-1", "10"),
                    unmapped,
                    mug("MUG-2", "10"),
                    mug("mug-2", "10"),
                    oneLanguage,
                    tee()));

    assertThat(report.items())
        .extracting(ItemResult::status)
        .containsExactly(
            Status.FAILED,
            Status.FAILED,
            Status.CREATED,
            Status.FAILED,
            Status.FAILED,
            Status.CREATED);
    ItemResult refused = report.item("MUG-1");
    assertThat(refused.error()).containsInstanceOf(InvalidRequestException.class);
    assertThat(refused.errorCodes()).containsExactly("84");
    assertThat(refused.changes()).isNotEmpty();
    assertThat(report.item("ODD-1").error().orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warehouseCategory: \"GARDEN\" is not mapped");
    assertThat(report.item("ODD-1").errorCodes()).isEmpty();
    assertThat(report.items().get(3).error().orElseThrow())
        .hasMessageContaining("reference: mug-2 is also item 2");
    assertThat(report.item("ODD-2").error().orElseThrow())
        .hasMessageContaining("name: no text for language 2");
    assertThat(report.failures()).hasSize(4);
    assertThat(store.rows("products")).hasSize(2);
  }

  @Test
  void concurrency_isBounded() {
    List<CatalogItem> items = IntStream.range(0, 12).mapToObj(i -> mug("MUG-" + i, "10")).toList();

    ImportReport report = importer().concurrency(2).batchSize(5).build().run(items);

    assertThat(report.count(Status.CREATED)).isEqualTo(12);
    assertThat(store.maxInFlight()).isBetween(1, 2);
  }

  @Test
  void concurrencyOne_sendsOneRequestAtATime() {
    List<CatalogItem> items = IntStream.range(0, 6).mapToObj(i -> mug("MUG-" + i, "10")).toList();

    importer().concurrency(1).batchSize(2).build().run(items);

    assertThat(store.maxInFlight()).isEqualTo(1);
    assertThat(store.rows("products")).hasSize(6);
  }

  @Test
  void activate_makesAReviewedSetActive_inOneRequest() {
    CatalogImport job = importer().build();
    job.run(List.of(mug("MUG-1", "10"), mug("MUG-2", "10"), tee()));
    server.resetRequests();

    ActivationReport dry = importer().dryRun(true).build().activate(List.of("MUG-1", "MUG-2"));
    assertThat(dry.activated()).containsOnlyKeys("MUG-1", "MUG-2");
    assertThat(writes()).isZero();

    ActivationReport report = job.activate(List.of("MUG-1", "mug-2", "NOPE"));

    assertThat(report.activated()).containsOnlyKeys("MUG-1", "mug-2");
    assertThat(report.notFound()).containsExactly("NOPE");
    server.verify(exactly(1), patchRequestedFor(urlEqualTo("/api/products")));
    assertThat(writes()).isEqualTo(1);
    assertThat(store.product("MUG-1").text("active")).contains("1");
    assertThat(store.product("MUG-2").text("active")).contains("1");
    assertThat(store.product("TEE-1").text("active")).contains("0");

    long teeId = store.product("TEE-1").id().orElseThrow();
    ActivationReport byIds =
        job.activateIds(List.of(teeId, store.product("MUG-1").id().orElseThrow()));
    assertThat(byIds.activated()).containsOnlyKeys(Long.toString(teeId));
    assertThat(byIds.alreadyActive()).hasSize(1);
    assertThat(byIds.dryRun()).isFalse();
    // A re-run never deactivates what the merchant activated.
    server.resetRequests();
    assertThat(job.run(List.of(mug("MUG-1", "10"))).item("MUG-1").status())
        .isEqualTo(Status.UNCHANGED);
    assertThat(writes()).isZero();
  }

  @Test
  void anOlderStore_getsPutsOfTheWholeProduct_withoutPositionInCategory() {
    store.version("1.7.8.0");
    CatalogImport job = importer().build();
    job.run(List.of(mug("MUG-1", "10"), tee()));
    server.resetRequests();

    ImportReport report =
        job.run(List.of(mug("MUG-1", "11"), tee().toBuilder().name(1, "Tee").build()));

    assertThat(report.items())
        .extracting(ItemResult::status, ItemResult::error)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(Status.UPDATED, java.util.Optional.empty()));
    assertThat(server.countRequestsMatching(patchRequestedFor(anyUrl()).build()).getCount())
        .isZero();
    List<LoggedRequest> puts = server.findAll(putRequestedFor(urlPathMatching("/api/products/.*")));
    assertThat(puts).hasSize(2);
    assertThat(puts.get(0).getBodyAsString())
        .contains("<reference>")
        .doesNotContain("position_in_category");
    assertThat(store.product("MUG-1").text("price")).contains("15.99");
    assertThat(store.product("TEE-1").localized("name").orElseThrow().get(1)).contains("Tee");

    server.resetRequests();
    ActivationReport activation = job.activate(List.of("MUG-1", "TEE-1"));
    assertThat(activation.activated()).hasSize(2);
    server.verify(exactly(2), putRequestedFor(urlPathMatching("/api/products/.*")));
    assertThat(store.product("TEE-1").text("active")).contains("1");
  }

  @Test
  void changedCombinations_areUpdatedOrAdded_andStockSet() {
    CatalogImport job = importer().build();
    job.run(List.of(tee()));
    server.resetRequests();

    CatalogItem changed =
        teeWithoutCombinations()
            .combination(
                CatalogCombination.builder("TEE-1-M").optionValues(1, 10).quantity(9).build())
            .combination(
                CatalogCombination.builder("TEE-1-XL")
                    .optionValues(3, 10)
                    .cost(new BigDecimal("7"))
                    .ean13("3760000000024")
                    .quantity(4)
                    .build())
            .combination(
                CatalogCombination.builder("TEE-1-S")
                    .optionValues(2, 10)
                    .weightImpact(new BigDecimal("0.1"))
                    .quantity(2)
                    .build())
            .build();
    ItemResult result = job.run(List.of(changed)).item("TEE-1");

    assertThat(result.status()).isEqualTo(Status.UPDATED);
    assertThat(result.changes())
        .extracting(FieldChange::field)
        .contains(
            "combinations[TEE-1-M].stock",
            "combinations[TEE-1-XL].wholesale_price",
            "combinations[TEE-1-XL].price",
            "combinations[TEE-1-S].reference",
            "combinations[TEE-1-S].stock");
    server.verify(exactly(0), patchRequestedFor(urlPathMatching("/api/products/.*")));
    server.verify(exactly(1), patchRequestedFor(urlPathMatching("/api/combinations/.*")));
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/api/combinations")));
    assertThat(store.rows("combinations")).hasSize(3);
    assertThat(store.rows("stock_availables"))
        .extracting(r -> r.text("quantity").orElseThrow())
        .containsExactlyInAnyOrder("0", "9", "4", "2");

    server.resetRequests();
    assertThat(job.run(List.of(changed)).item("TEE-1").status()).isEqualTo(Status.UNCHANGED);
    assertThat(writes()).isZero();
  }

  @Test
  void imagesByUrl_useTheInjectedFetcher_andAFailureIsCompletedByTheNextRun() {
    Set<URI> fetched = ConcurrentHashMap.newKeySet();
    List<Boolean> failFirst = new ArrayList<>(List.of(true));
    ImageFetcher flaky =
        url -> {
          fetched.add(url);
          synchronized (failFirst) {
            if (!failFirst.isEmpty()) {
              failFirst.clear();
              throw new IOException("image " + url + ": HTTP 503");
            }
          }
          return ImageFile.of(JPEG, "front.jpg", "image/jpeg");
        };
    CatalogItem item =
        mug("MUG-1", "10").toBuilder()
            .image(CatalogImage.url("https://warehouse.example.com/img/MUG-1.jpg"))
            .build();
    CatalogImport job = importer().imageFetcher(flaky).build();

    ItemResult first = job.run(List.of(item)).item("MUG-1");
    assertThat(first.status()).isEqualTo(Status.FAILED);
    assertThat(first.error()).containsInstanceOf(IOException.class);
    long id = first.productId().orElseThrow();
    assertThat(store.images(id)).isEmpty(); // nothing goes up until every image is fetched

    // The product has no image yet: the re-run uploads all of them.
    ItemResult second = job.run(List.of(item)).item("MUG-1");
    assertThat(second.status()).isEqualTo(Status.UPDATED);
    assertThat(store.images(id)).hasSize(item.images().size());
    assertThat(fetched).containsExactly(URI.create("https://warehouse.example.com/img/MUG-1.jpg"));
  }

  @Test
  void anExistingProductWithoutImages_getsThem() {
    CatalogItem bare = mug("MUG-1", "10");
    CatalogItem noImage =
        CatalogItem.builder("MUG-1")
            .name(1, bare.name().get(1).orElseThrow())
            .name(2, bare.name().get(2).orElseThrow())
            .descriptionShort(1, "<p>A mug.</p>")
            .warehouseCategory("KITCHEN/MUGS")
            .cost(new BigDecimal("10"))
            .weight(new BigDecimal("0.350"))
            .ean13("3760000000017")
            .quantity(12)
            .build();
    CatalogImport job = importer().build();
    job.run(List.of(noImage));

    ItemResult result = job.run(List.of(bare)).item("MUG-1");

    assertThat(result.changes()).containsExactly(new FieldChange("images", "0", "1"));
    assertThat(store.images(result.productId().orElseThrow())).hasSize(1);
  }

  @Test
  void aFailedLookup_failsItsBatchOnly() {
    store.fail(new Fault("GET", "/api/products", 500, "3", false));

    ImportReport report =
        importer()
            .concurrency(1)
            .batchSize(1)
            .build()
            .run(List.of(mug("MUG-1", "10"), mug("MUG-2", "10")));

    assertThat(report.item("MUG-1").status()).isEqualTo(Status.FAILED);
    assertThat(report.item("MUG-1").error()).containsInstanceOf(ServerException.class);
    assertThat(report.item("MUG-2").status()).isEqualTo(Status.CREATED);
  }

  @Test
  void duplicatesInTheStore_failTheItem_withoutWriting() {
    CatalogImport job = importer().build();
    job.run(List.of(mug("MUG-1", "10")));
    client
        .products()
        .create(
            io.github.prestashop4j.webservice.model.Product.builder()
                .reference("mug-1")
                .price(BigDecimal.ONE)
                .build());
    server.resetRequests();

    ItemResult result = job.run(List.of(mug("MUG-1", "10"))).item("MUG-1");
    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.error().orElseThrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 products have it");
    assertThat(writes()).isZero();

    ActivationReport activation = job.activate(List.of("MUG-1"));
    assertThat(activation.ambiguous()).containsExactly("MUG-1");
    assertThat(writes()).isZero();
  }

  @Test
  void theBuilder_namesWhatIsMissingOrWrong() {
    assertThatThrownBy(() -> CatalogImport.builder(client).build())
        .hasMessage("categories: required (a CategoryMapping)");
    assertThatThrownBy(
            () ->
                CatalogImport.builder(client).categories(CategoryMapping.builder().build()).build())
        .hasMessage("pricing: required (a PricingStrategy)");
    assertThatThrownBy(
            () ->
                CatalogImport.builder(client)
                    .categories(CategoryMapping.builder().build())
                    .pricing(cost -> cost)
                    .build())
        .hasMessage("languages: required (the language ids to write)");
    assertThatThrownBy(() -> importer().concurrency(0))
        .hasMessage("concurrency: must be between 1 and 16 (got 0)");
    assertThatThrownBy(() -> importer().batchSize(101))
        .hasMessage("batchSize: must be between 1 and 100 (got 101)");
    assertThatThrownBy(() -> importer().taxRulesGroup(-1))
        .hasMessage("taxRulesGroup: must be 0 or more (got -1)");
    assertThatThrownBy(() -> importer().languages(0))
        .hasMessage("languages: language id must be 1 or more (got 0)");
    assertThatThrownBy(() -> importer().build().activate(List.of("A|B")))
        .hasMessageStartingWith("references: \"A|B\" cannot be looked up");
    assertThatThrownBy(() -> importer().build().activateIds(List.of(0L)))
        .hasMessage("productIds: must be 1 or more (got 0)");
    assertThat(
            CatalogImport.builder(client)
                .categories(CategoryMapping.builder().build())
                .pricing(cost -> cost)
                .languages(1, 1)
                .dryRun(true)
                .build())
        .hasToString("CatalogImport[concurrency=2, languages=[1], dry run]");
  }

  @Test
  void taxRulesGroup_andCreateActive_areWritten() {
    ImportReport report =
        importer()
            .taxRulesGroup(1)
            .createActive(true)
            .pricing(cost -> new BigDecimal("-1"))
            .build()
            .run(List.of(mug("MUG-1", "10")));
    assertThat(report.item("MUG-1").error().orElseThrow())
        .hasMessageContaining("price: the pricing strategy gave -1 for cost 10");

    importer().taxRulesGroup(1).createActive(true).build().run(List.of(mug("MUG-1", "10")));
    assertThat(store.product("MUG-1").text("id_tax_rules_group")).contains("1");
    assertThat(store.product("MUG-1").text("active")).contains("1");
  }
}
