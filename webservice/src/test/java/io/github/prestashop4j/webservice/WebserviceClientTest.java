package io.github.prestashop4j.webservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.webservice.testing.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class WebserviceClientTest {
  private static final String KEY = "ZYXWVUTSRQPONMLKJIHGFEDCBA987654";
  private final List<Duration> waits = new ArrayList<>();
  private WebserviceClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private WebserviceClient client(WireMockRuntimeInfo wm, ResponseFormat format) {
    client =
        WebserviceClient.builder()
            .baseUrl(wm.getHttpBaseUrl())
            .apiKey(KEY)
            .responseFormat(format)
            .httpConfig(
                ClientConfig.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(waits::add).build())
            .build();
    return client;
  }

  private static String jsonPage(int from, int to) {
    return Stream.iterate(from, i -> i <= to, i -> i + 1)
        .map(i -> "{\"id\":" + i + ",\"name\":\"n" + i + "\"}")
        .collect(Collectors.joining(",", "{\"products\":[", "]}"));
  }

  @Test
  void streamsEveryPageSortedByIdInJsonUntilAShortPage(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .withQueryParam("limit", equalTo("2"))
            .willReturn(okJson(jsonPage(1, 2))));
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .withQueryParam("limit", equalTo("2,2"))
            .willReturn(okJson(jsonPage(3, 4))));
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .withQueryParam("limit", equalTo("4,2"))
            .willReturn(okJson(jsonPage(5, 5))));

    List<Long> ids;
    try (Stream<Entity> products =
        client(wm, ResponseFormat.AUTO).resource("products").stream(
            Query.builder().display(Display.fields("id", "name")).pageSize(2).build())) {
      ids = products.map(p -> p.id().getAsLong()).toList();
    }

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    verify(
        exactly(3),
        getRequestedFor(urlPathEqualTo("/api/products"))
            .withQueryParam("sort", equalTo("[id_ASC]"))
            .withQueryParam("output_format", equalTo("JSON"))
            .withQueryParam("display", equalTo("[id,name]")));
  }

  @Test
  void fetchesNothingUntilTheStreamIsUsedAndStopsWhenItIsClosed(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/api/products")).willReturn(okJson(jsonPage(1, 2))));
    WebserviceResource products = client(wm, ResponseFormat.AUTO).resource("products");

    Stream<Entity> stream = products.stream(Query.builder().pageSize(2).build());
    verify(exactly(0), anyRequestedFor(anyUrl()));
    assertThat(stream.limit(1).count()).isEqualTo(1);
    stream.close();

    verify(exactly(1), anyRequestedFor(anyUrl()));
  }

  @Test
  void aQueryLimitBoundsTheWholeStream(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .withQueryParam("limit", equalTo("10,2"))
            .willReturn(okJson(jsonPage(11, 12))));
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .withQueryParam("limit", equalTo("12,1"))
            .willReturn(okJson(jsonPage(13, 13))));

    List<Entity> items =
        client(wm, ResponseFormat.AUTO).resource("products").stream(
                Query.builder().limit(10, 3).pageSize(2).build())
            .toList();

    assertThat(items).extracting(e -> e.id().getAsLong()).containsExactly(11L, 12L, 13L);
  }

  @Test
  void readsOneObjectInJsonWithDisplayFullSoThatNoFieldIsDropped(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/customers/2"))
            .willReturn(
                okJson(new String(Fixtures.body("display-full-single-json.response.json")))));

    Entity customer = client(wm, ResponseFormat.AUTO).resource("customers").get(2);

    assertThat(customer.text("deleted")).hasValue("0");
    verify(
        getRequestedFor(urlPathEqualTo("/api/customers/2"))
            .withQueryParam("display", equalTo("full"))
            .withQueryParam("output_format", equalTo("JSON")));
  }

  @Test
  void preflightNamesEveryMissingPermissionAtOnce(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/")
            .willReturn(
                okXml(new String(Fixtures.body("root-xml.response.xml")))
                    .withHeader("PSWS-Version", "8.1.2")));
    PermissionSet needed =
        PermissionSet.builder()
            .allow(WebserviceMethod.GET, "addresses", "customers", "orders", "loyalty_points")
            .allow(WebserviceMethod.DELETE, "search", "stock_availables")
            .build();

    assertThatThrownBy(() -> client(wm, ResponseFormat.AUTO).preflight(needed))
        .isInstanceOfSatisfying(
            MissingPermissionsException.class,
            e -> {
              assertThat(e.missing().asMap().keySet())
                  .containsExactly("loyalty_points", "search", "stock_availables");
              assertThat(e.getMessage()).contains("loyalty_points=[GET]", "search=[DELETE]");
            });
    assertThat(client.storeVersion()).hasValue(new StoreVersion("8.1.2"));
  }

  @Test
  void preflightPassesWhenTheKeyHasEverything(WireMockRuntimeInfo wm) {
    stubFor(get("/api/").willReturn(okXml(new String(Fixtures.body("root-xml.response.xml")))));

    Capabilities capabilities =
        client(wm, ResponseFormat.AUTO)
            .preflight(
                PermissionSet.builder()
                    .allow(WebserviceMethod.GET, "orders", "order_states")
                    .build());

    assertThat(capabilities.allows("products", WebserviceMethod.PATCH)).isTrue();
    assertThat(capabilities.allows("stock_availables", WebserviceMethod.POST)).isFalse();
  }

  @Test
  void refusesPatchBeforeSendingOnAStoreOlderThan8(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/customers/4"))
            .willReturn(
                okXml("<prestashop><customer><id>4</id></customer></prestashop>")
                    .withHeader("PSWS-Version", "1.7.8.11")));
    WebserviceResource customers = client(wm, ResponseFormat.XML).resource("customers");
    Entity customer = customers.get(4);

    assertThatThrownBy(() -> customers.patch(customer.with("note", "x")))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageContaining("8.0")
        .hasMessageContaining("1.7.8.11");
    verify(exactly(1), anyRequestedFor(anyUrl()));
  }

  @Test
  void reportsAStoreThatRefusesPatchAsUnsupported(WireMockRuntimeInfo wm) {
    stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/api/customers/4"))
            .willReturn(
                aResponse()
                    .withStatus(405)
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        "<prestashop><errors><error><code><![CDATA[23]]></code><message><![CDATA[Method PATCH is not valid]]></message></error></errors></prestashop>")));

    assertThatThrownBy(
            () ->
                client(wm, ResponseFormat.XML)
                    .resource("customers")
                    .patch(Entity.builder("customer").set("id", "4").build()))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasCauseInstanceOf(InvalidRequestException.class);
  }

  @Test
  void neverRetriesAListParameterErrorAnsweredWithHttp500(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/xml;charset=utf-8")
                    .withBody(Fixtures.body("filter-unknown-field-xml.response.xml"))));

    assertThatThrownBy(
            () ->
                client(wm, ResponseFormat.XML)
                    .resource("products")
                    .list(Query.where("foo", Filter.equalTo(1))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.hasErrorCode(32)).isTrue();
            });
    verify(exactly(1), anyRequestedFor(anyUrl()));
  }

  @Test
  void neverRetriesA503ThatSaysTheWebserviceIsOff(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        "<prestashop><errors><error><code><![CDATA[22]]></code><message><![CDATA[The PrestaShop webservice is disabled.]]></message></error></errors></prestashop>")));

    assertThatThrownBy(() -> client(wm, ResponseFormat.XML).resource("products").list())
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("disabled");
    verify(exactly(1), anyRequestedFor(anyUrl()));
    assertThat(waits).isEmpty();
  }

  @Test
  void retriesABare503FromAProxy(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/api/products")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client(wm, ResponseFormat.XML).resource("products").list())
        .isInstanceOf(ServerException.class);
    verify(exactly(3), anyRequestedFor(anyUrl()));
    assertThat(waits).hasSize(2);
  }

  @Test
  void reportsAServerErrorAfterAWriteAsPossiblyAppliedAndSendsItOnce(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlPathEqualTo("/api/categories"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "text/xml")
                    .withBody(Fixtures.body("validation-i18n-missing.response.xml"))));

    assertThatThrownBy(
            () ->
                client(wm, ResponseFormat.XML)
                    .resource("categories")
                    .create(Entity.builder("category").set("active", "1").build()))
        .isInstanceOf(UnconfirmedWriteException.class)
        .hasMessageContaining("may have been applied");
    verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/categories")));
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307})
  void aRedirectedReadIsAnInvalidRequestNeitherFollowedNorRetried(
      int status, WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Location", wm.getHttpBaseUrl() + "/elsewhere")));
    stubFor(get("/elsewhere").willReturn(okXml("<prestashop><products/></prestashop>")));

    assertThatThrownBy(
            () ->
                client(wm, ResponseFormat.XML)
                    .resource("products")
                    .list(Query.builder().shop(99).build()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.getMessage())
                  .contains(
                      "returned HTTP " + status,
                      "a redirect to " + wm.getHttpBaseUrl() + "/elsewhere",
                      "never followed",
                      "the store redirected",
                      "id_shop");
            });
    verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/products")));
    verify(exactly(0), getRequestedFor(urlPathEqualTo("/elsewhere")));
    assertThat(waits).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307})
  void aRedirectedCreateIsAnInvalidRequestSentOnce(int status, WireMockRuntimeInfo wm) {
    stubFor(
        post(urlPathEqualTo("/api/manufacturers"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Location", wm.getHttpBaseUrl() + "/elsewhere")));
    stubFor(post("/elsewhere").willReturn(okXml("<prestashop><manufacturer/></prestashop>")));
    stubFor(get("/elsewhere").willReturn(okXml("<prestashop><manufacturer/></prestashop>")));

    assertThatThrownBy(
            () ->
                client(wm, ResponseFormat.XML)
                    .resource("manufacturers")
                    .create(Entity.builder("manufacturer").set("name", "Acme").build()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.method()).isEqualTo("POST");
            });
    verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/manufacturers")));
    verify(exactly(0), anyRequestedFor(urlPathEqualTo("/elsewhere")));
    assertThat(waits).isEmpty();
  }

  @Test
  void aRedirectedExistenceCheckIsAnInvalidRequestNotAnAnswer(WireMockRuntimeInfo wm) {
    stubFor(
        head(urlPathEqualTo("/api/products/1"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", wm.getHttpBaseUrl() + "/elsewhere")));

    assertThatThrownBy(
            () -> client(wm, ResponseFormat.XML).resource("products").exists(1, Query.all()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(302));
    verify(exactly(0), anyRequestedFor(urlPathEqualTo("/elsewhere")));
  }

  @Test
  void decodesADocumentPrecededByPhpNoticesWhateverTheContentType(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlPathEqualTo("/api/products"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/javascript")
                    .withBody(
                        "<b>Notice</b>: Undefined offset\n<?xml version=\"1.0\"?><prestashop><product><id><![CDATA[20]]></id></product></prestashop>")));

    Entity created =
        client(wm, ResponseFormat.AUTO)
            .resource("products")
            .create(Entity.builder("product").set("state", "1").build());

    assertThat(created.id()).hasValue(20);
  }

  @Test
  void sendsOverriddenMethodsAsPostWithPsMethodAndTheXmlBody(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlPathEqualTo("/api/customers/4"))
            .willReturn(okXml("<prestashop><customer><id>4</id></customer></prestashop>")));
    client =
        WebserviceClient.builder()
            .baseUrl(wm.getHttpBaseUrl())
            .apiKey(KEY)
            .methodOverride(true)
            .build();

    client
        .resource("customers")
        .replace(Entity.builder("customer").set("id", "4").set("lastname", "Doe").build());

    verify(
        postRequestedFor(urlPathEqualTo("/api/customers/4"))
            .withQueryParam("ps_method", equalTo("PUT"))
            .withHeader("Content-Type", equalTo("text/xml; charset=UTF-8"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing(
                    "<lastname><![CDATA[Doe]]></lastname>")));
  }

  @Test
  void refusesWritesThatTheStoreWouldRefuseBeforeSendingThem(WireMockRuntimeInfo wm) {
    WebserviceResource customers = client(wm, ResponseFormat.XML).resource("customers");

    assertThatThrownBy(() -> customers.create(Entity.builder("customer").set("id", "3").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code 91");
    assertThatThrownBy(
            () -> customers.replace(Entity.builder("customer").set("lastname", "x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs its id");
    assertThatThrownBy(() -> customers.deleteAll(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ids");
    assertThatThrownBy(() -> customers.get(0)).hasMessageContaining("id: must be 1 or more");
    assertThatThrownBy(() -> client.resource("../admin"))
        .hasMessageContaining("resource \"../admin\"");
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void neverShowsTheKey(WireMockRuntimeInfo wm) {
    stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody("401 Unauthorized")));
    WebserviceClient shop = client(wm, ResponseFormat.XML);

    Throwable failure =
        org.assertj.core.api.Assertions.catchThrowable(() -> shop.resource("products").get(1));

    assertThat(shop.toString()).doesNotContain(KEY).contains("/api/");
    assertThat(failure).isInstanceOf(io.github.prestashop4j.core.AuthenticationException.class);
    assertThat(failure.getMessage()).doesNotContain(KEY);
  }

  @Test
  void buildNamesWhatIsMissing() {
    assertThatThrownBy(() -> WebserviceClient.builder().apiKey(KEY).build())
        .hasMessage("baseUrl: is required");
    assertThatThrownBy(() -> WebserviceClient.builder().baseUrl("https://shop.example").build())
        .hasMessageContaining("apiKey");
    assertThatThrownBy(
            () -> WebserviceClient.builder().baseUrl("http://shop.example").apiKey(KEY).build())
        .hasMessageContaining("http");
  }

  @Test
  void listFollowsALimitToTheNextPageUntilAShortOne(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .withQueryParam("limit", equalTo("2"))
            .willReturn(okJson(jsonPage(1, 2))));
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .withQueryParam("limit", equalTo("2,2"))
            .willReturn(okJson(jsonPage(3, 3))));

    io.github.prestashop4j.core.paging.Page<Entity> first =
        client(wm, ResponseFormat.AUTO).resource("products").list(Query.builder().limit(2).build());

    assertThat(first.items()).hasSize(2);
    assertThat(first.hasNextPage()).isTrue();
    io.github.prestashop4j.core.paging.Page<Entity> second = first.nextPage();
    assertThat(second.items()).extracting(e -> e.id().getAsLong()).containsExactly(3L);
    assertThat(second.hasNextPage()).isFalse();
  }

  @Test
  void findGivesEmptyOn404AndExistsAnswersFromHead(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/api/products/9")).willReturn(aResponse().withStatus(404)));
    stubFor(head(urlPathEqualTo("/api/products/1")).willReturn(aResponse().withStatus(200)));
    stubFor(head(urlPathEqualTo("/api/products/9")).willReturn(aResponse().withStatus(404)));
    WebserviceResource products = client(wm, ResponseFormat.XML).resource("products");

    assertThat(products.find(9)).isEmpty();
    assertThat(products.exists(1)).isTrue();
    assertThat(products.exists(9)).isFalse();
  }

  @Test
  void conditionalReadsGiveTheSha1AndNothingWhenUnchanged(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/order_states"))
            .withHeader(
                "Local-Content-Sha1", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(
                okXml(
                        "<prestashop><order_states><order_state id=\"1\"/></order_states></prestashop>")
                    .withHeader("Content-Sha1", "abc")));
    stubFor(
        get(urlPathEqualTo("/api/order_states"))
            .withHeader("Local-Content-Sha1", equalTo("abc"))
            .willReturn(aResponse().withStatus(304)));
    WebserviceResource states = client(wm, ResponseFormat.XML).resource("order_states");

    Versioned<List<Entity>> first = states.listVersioned(Query.all());

    assertThat(first.value()).hasSize(1);
    assertThat(first.contentSha1()).hasValue("abc");
    assertThat(states.listIfChanged(Query.all(), "abc")).isEmpty();
  }

  @Test
  void readsTheBlankSchemaInXmlAndSearchesInJson(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/customers"))
            .withQueryParam("schema", equalTo("blank"))
            .willReturn(okXml(new String(Fixtures.body("schema-blank-customers.response.xml")))));
    stubFor(
        get(urlPathEqualTo("/api/search"))
            .willReturn(okJson(new String(Fixtures.body("search-json.response.json")))));
    WebserviceClient shop = client(wm, ResponseFormat.AUTO);

    Entity template = shop.resource("customers").blankSchema();
    WebserviceClient.SearchResult found = shop.search("shirt", 1);

    assertThat(template.type()).isEqualTo("customer");
    assertThat(template.has("lastname")).isTrue();
    assertThat(found.products()).isNotEmpty();
    verify(
        getRequestedFor(urlPathEqualTo("/api/customers"))
            .withQueryParam("schema", equalTo("blank"))
            .withQueryParam(
                "output_format", com.github.tomakehurst.wiremock.client.WireMock.absent()));
    verify(
        getRequestedFor(urlPathEqualTo("/api/search"))
            .withQueryParam("query", equalTo("shirt"))
            .withQueryParam("language", equalTo("1"))
            .withQueryParam("output_format", equalTo("JSON")));
  }

  @Test
  void refusesBatchWritesWithoutIdsOrWithoutEntities(WireMockRuntimeInfo wm) {
    WebserviceResource customers = client(wm, ResponseFormat.XML).resource("customers");
    Entity noId = Entity.builder("customer").set("lastname", "x").build();

    assertThatThrownBy(() -> customers.replaceAll(List.of(noId)))
        .hasMessageContaining("needs its id");
    assertThatThrownBy(() -> customers.patchAll(List.of(noId)))
        .hasMessageContaining("needs its id");
    assertThatThrownBy(() -> customers.createAll(List.of()))
        .hasMessageContaining("entities: must not be empty");
    assertThatThrownBy(() -> client.search(" ", 1)).hasMessageContaining("words");
    assertThatThrownBy(() -> client.search("mug", 0)).hasMessageContaining("language");
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void readsTheStoreAndKeyFromTheEnvironment(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products/1"))
            .willReturn(okXml("<prestashop><product><id>1</id></product></prestashop>")));
    java.util.Map<String, String> env =
        java.util.Map.of("PRESTASHOP_URL", wm.getHttpBaseUrl(), "PRESTASHOP_WS_KEY", KEY);

    client = WebserviceClient.fromEnv(env::get).responseFormat(ResponseFormat.XML).build();

    assertThat(client.resource("products").get(1).id()).hasValue(1);
    assertThatThrownBy(
            () ->
                WebserviceClient.fromEnv(
                    java.util.Map.of("PRESTASHOP_URL", "https://s.example")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PRESTASHOP_WS_KEY: environment variable is not set");
  }

  @Test
  void aPlainStringFromJsonBelongsToTheOneLanguageTheQuerySelected(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/products/1"))
            .willReturn(okJson("{\"products\":[{\"id\":1,\"name\":\"Tasse\"}]}")));

    Entity product =
        client(wm, ResponseFormat.AUTO)
            .resource("products")
            .get(1, Query.builder().language(2).build());

    assertThat(product.localized("name")).hasValue(LocalizedText.of(2, "Tasse"));
  }

  @Test
  void pagesAreSortedByTheQueryThenByIdSoThatTiesKeepTheirOrder(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/api/products")).willReturn(okJson(jsonPage(1, 1))));

    client(wm, ResponseFormat.AUTO).resource("products").stream(
            Query.builder().sortDesc("price").pageSize(5).build())
        .toList();

    verify(
        getRequestedFor(urlPathEqualTo("/api/products"))
            .withQueryParam("sort", equalTo("[price_DESC,id_ASC]")));
  }

  @Test
  void oneObjectRefusesListParametersBeforeSending(WireMockRuntimeInfo wm) {
    WebserviceResource products = client(wm, ResponseFormat.AUTO).resource("products");

    assertThatThrownBy(() -> products.get(1, Query.builder().limit(3).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not apply to one object");
    assertThatThrownBy(() -> products.get(1, Query.where("id", Filter.equalTo(1))))
        .isInstanceOf(IllegalArgumentException.class);
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void deletesAndChecksExistenceInAShop(WireMockRuntimeInfo wm) {
    stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo("/api/products"))
            .willReturn(aResponse().withStatus(200)));
    stubFor(head(urlPathEqualTo("/api/products/4")).willReturn(aResponse().withStatus(200)));
    WebserviceResource products = client(wm, ResponseFormat.XML).resource("products");
    Query shop2 = Query.builder().shop(2).build();

    products.deleteAll(List.of(4L, 5L), shop2);
    assertThat(products.exists(4, shop2)).isTrue();

    verify(
        com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                urlPathEqualTo("/api/products"))
            .withQueryParam("id", equalTo("[4,5]"))
            .withQueryParam("id_shop", equalTo("2")));
    verify(
        com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor(
                urlPathEqualTo("/api/products/4"))
            .withQueryParam("id_shop", equalTo("2")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
