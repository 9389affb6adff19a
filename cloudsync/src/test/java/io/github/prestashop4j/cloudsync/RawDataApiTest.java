package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.prestashop4j.cloudsync.CloudSyncWireMock.SHOP;
import static io.github.prestashop4j.cloudsync.CloudSyncWireMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.cloudsync.model.Product;
import io.github.prestashop4j.cloudsync.model.RawRecord;
import io.github.prestashop4j.cloudsync.model.ShopInfo;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.InsecureTransportException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.paging.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class RawDataApiTest {
  private static final String ORDERS = "/raw/v1/" + SHOP + "/orders";

  private CloudSyncClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    client = CloudSyncWireMock.client(wm);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String page(String items, String extra) {
    return "{\"kind\":\"orders\"," + extra + "\"items\":[" + items + "]}";
  }

  private static String order(String id, String updatedAt) {
    return "{\"id\":\""
        + id
        + "\",\"shopId\":\""
        + SHOP
        + "\",\"updatedAt\":\""
        + updatedAt
        + "\"}";
  }

  @Test
  void list_sendsEveryFilterAndDecodesTypedOrders() {
    stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam("limit", equalTo("25"))
            .withQueryParam("offset", equalTo("50"))
            .withQueryParam("sort", equalTo("updatedAt"))
            .withQueryParam("direction", equalTo("desc"))
            .withQueryParam("createdAt", equalTo("2026-11-01T00:00:00Z"))
            .withQueryParam("createdAtStart", equalTo("2026-10-01T00:00:00Z"))
            .withQueryParam("createdAtEnd", equalTo("2026-12-01T00:00:00Z"))
            .withQueryParam("updatedAt", equalTo("2026-11-02T00:00:00Z"))
            .withQueryParam("updatedAtStart", equalTo("2026-11-03T00:00:00Z"))
            .withQueryParam("updatedAtEnd", equalTo("2026-11-04T00:00:00Z"))
            .withQueryParam("lastSyncedAt", equalTo("2026-11-05T00:00:00Z"))
            .withQueryParam("lastSyncedAtStart", equalTo("2026-11-06T00:00:00.500Z"))
            .withQueryParam("lastSyncedAtEnd", equalTo("2026-11-07T00:00:00Z"))
            .withQueryParam("isPaid", equalTo("true"))
            .withQueryParam("currentStateStart", equalTo("2"))
            .withQueryParam("totalPaidTaxIncl", equalTo("68.20"))
            .withQueryParam("reference", equalTo("XK BK&1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Accept", equalTo("application/json"))
            .willReturn(
                okJson(
                    """
                    {"kind":"orders","total":1,"pagination":{"offset":50,"limit":25},
                     "links":{"first":"x"},
                     "items":[{"id":"c0ffee","shopId":"%s","idOrder":1,"reference":"XKBKNABJK",
                       "idCustomer":2,"idCart":"1","currentState":6,"totalPaidTaxIncl":68.200000,
                       "currency":"EUR","paymentModule":"ps_checkpayment","isPaid":false,
                       "newCustomer":"1","statusLabel":"Canceled","deliveryCountryCode":"US",
                       "createdAt":"2024-09-26T22:51:17+0200","updatedAt":"2024-09-27T08:00:00Z",
                       "lastSyncedAt":"2024-09-27T08:05:00.123Z","deletedAt":null}]}
                    """
                        .formatted(SHOP))));

    RawQuery query =
        RawQuery.builder()
            .limit(25)
            .offset(50)
            .sort("updatedAt", SortDirection.DESC)
            .createdAt(Instant.parse("2026-11-01T00:00:00Z"))
            .createdAtStart(Instant.parse("2026-10-01T00:00:00Z"))
            .createdAtEnd(Instant.parse("2026-12-01T00:00:00Z"))
            .updatedAt(Instant.parse("2026-11-02T00:00:00Z"))
            .updatedAtStart(Instant.parse("2026-11-03T00:00:00Z"))
            .updatedAtEnd(Instant.parse("2026-11-04T00:00:00Z"))
            .lastSyncedAt(Instant.parse("2026-11-05T00:00:00Z"))
            .lastSyncedAtStart(Instant.parse("2026-11-06T00:00:00.500Z"))
            .lastSyncedAtEnd(Instant.parse("2026-11-07T00:00:00Z"))
            .filter("isPaid", true)
            .filter("currentStateStart", 2)
            .filter("totalPaidTaxIncl", new BigDecimal("68.20"))
            .filter("reference", "XK BK&1")
            .build();
    Page<Order> page = client.shop(SHOP).orders().list(query);

    assertThat(page.hasNextPage()).isFalse();
    Order order = page.items().get(0);
    assertThat(order.id()).contains("c0ffee");
    assertThat(order.shopId()).contains(SHOP);
    assertThat(order.idOrder()).contains("1");
    assertThat(order.reference()).contains("XKBKNABJK");
    assertThat(order.idCustomer()).contains("2");
    assertThat(order.idCart()).contains("1");
    assertThat(order.currentState()).contains(6L);
    assertThat(order.totalPaidTaxIncl()).contains(new BigDecimal("68.200000"));
    assertThat(order.totalPaidTaxIncl().orElseThrow().scale()).isEqualTo(6);
    assertThat(order.currency()).contains("EUR");
    assertThat(order.paymentModule()).contains("ps_checkpayment");
    assertThat(order.isPaid()).contains(false);
    assertThat(order.newCustomer()).contains(true);
    assertThat(order.statusLabel()).contains("Canceled");
    assertThat(order.deliveryCountryCode()).contains("US");
    assertThat(order.invoiceCountryCode()).isEmpty();
    assertThat(order.createdAt()).contains(Instant.parse("2024-09-26T20:51:17Z"));
    assertThat(order.updatedAt()).contains(Instant.parse("2024-09-27T08:00:00Z"));
    assertThat(order.lastSyncedAt()).contains(Instant.parse("2024-09-27T08:05:00.123Z"));
    assertThat(order.deletedAt()).isEmpty();
    assertThat(order.isDeleted()).isFalse();
    assertThat(order.fields()).containsEntry("deletedAt", null);
    assertThat(order.toString()).isEqualTo("Order[id=c0ffee, fields=18]");
  }

  @Test
  void listAll_followsLinksNextThroughSeveralPages_lazily(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2"))
            .willReturn(
                okJson(
                    page(
                        order("1", "2026-11-01T00:00:00Z")
                            + ","
                            + order("2", "2026-11-01T00:00:00Z"),
                        "\"total\":5,\"links\":{\"next\":\""
                            + wm.getHttpBaseUrl()
                            + ORDERS
                            + "?limit=2&cursor=p2\"},"))));
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2&cursor=p2"))
            .willReturn(
                okJson(
                    page(
                        order("3", "2026-11-02T00:00:00Z")
                            + ","
                            + order("4", "2026-11-02T00:00:00Z"),
                        "\"links\":{\"prev\":\"x\",\"next\":\""
                            + ORDERS
                            + "?limit=2&cursor=p3\"},"))));
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2&cursor=p3"))
            .willReturn(
                okJson(page(order("5", "2026-11-03T00:00:00Z"), "\"links\":{\"prev\":\"x\"},"))));
    RawCollection<Order> orders = client.shop(SHOP).orders();
    RawQuery query = RawQuery.builder().limit(2).build();

    try (Stream<Order> first = orders.stream(query)) {
      assertThat(first.limit(2).map(o -> o.id().orElseThrow())).containsExactly("1", "2");
    }
    verify(exactly(0), getRequestedFor(urlEqualTo(ORDERS + "?limit=2&cursor=p2")));

    List<String> ids = orders.listAll(query).stream().map(o -> o.id().orElseThrow()).toList();

    assertThat(ids).containsExactly("1", "2", "3", "4", "5");
    verify(exactly(2), getRequestedFor(urlEqualTo(ORDERS + "?limit=2")));
    verify(exactly(1), getRequestedFor(urlEqualTo(ORDERS + "?limit=2&cursor=p2")));
    verify(exactly(1), getRequestedFor(urlEqualTo(ORDERS + "?limit=2&cursor=p3")));
  }

  @Test
  void listAll_withoutLinks_followsOffsetUntilTotal() {
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2&isPaid=true"))
            .willReturn(
                okJson(
                    page(
                        order("1", "2026-11-01T00:00:00Z")
                            + ","
                            + order("2", "2026-11-01T00:00:00Z"),
                        "\"total\":3,\"pagination\":{\"offset\":0,\"limit\":2},"))));
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2&isPaid=true&offset=2"))
            .willReturn(
                okJson(
                    page(
                        order("3", "2026-11-01T00:00:00Z"),
                        "\"total\":3,\"pagination\":{\"offset\":2,\"limit\":2},"))));

    List<String> ids =
        client
            .shop(SHOP)
            .orders()
            .listAll(RawQuery.builder().limit(2).filter("isPaid", true).build())
            .stream()
            .map(o -> o.id().orElseThrow())
            .toList();

    assertThat(ids).containsExactly("1", "2", "3");
  }

  @Test
  void listAll_withoutLinksOrTotal_stopsAtTheFirstShortPage() {
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2"))
            .willReturn(
                okJson(
                    page(
                        order("1", "2026-11-01T00:00:00Z")
                            + ","
                            + order("2", "2026-11-01T00:00:00Z"),
                        ""))));
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2&offset=2"))
            .willReturn(okJson(page(order("3", "2026-11-01T00:00:00Z"), ""))));

    assertThat(client.shop(SHOP).orders().listAll(RawQuery.builder().limit(2).build()))
        .extracting(o -> o.id().orElseThrow())
        .containsExactly("1", "2", "3");
  }

  @Test
  void listAll_pagingValuesThatAreNotWholeNumbersAreIgnored() {
    // A text total, a text offset and a fractional limit say nothing: the request's own offset and
    // limit decide, as when the fields are absent. (Read as 3, the limit would end the listing
    // after
    // the first page of 2.)
    String paging = "\"total\":\"3\",\"pagination\":{\"offset\":\"9\",\"limit\":3.5},";
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2"))
            .willReturn(
                okJson(
                    page(
                        order("1", "2026-11-01T00:00:00Z")
                            + ","
                            + order("2", "2026-11-01T00:00:00Z"),
                        paging))));
    stubFor(
        get(urlEqualTo(ORDERS + "?limit=2&offset=2"))
            .willReturn(okJson(page(order("3", "2026-11-01T00:00:00Z"), paging))));

    assertThat(client.shop(SHOP).orders().listAll(RawQuery.builder().limit(2).build()))
        .extracting(o -> o.id().orElseThrow())
        .containsExactly("1", "2", "3");
    verify(exactly(2), getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void list_anEmptyOrNonObjectBodyIsADecodeException() {
    stubFor(get(urlEqualTo(ORDERS)).willReturn(ok("")));
    stubFor(get(urlEqualTo(ORDERS + "?limit=1")).willReturn(okJson("[]")));

    assertThatThrownBy(() -> client.shop(SHOP).orders().list(RawQuery.all()))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("items array");
    assertThatThrownBy(() -> client.shop(SHOP).orders().list(RawQuery.builder().limit(1).build()))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("items array");
  }

  @Test
  void list_withoutLimit_endsAfterOnePageWhenNothingTellsOfMore() {
    stubFor(
        get(urlEqualTo(ORDERS)).willReturn(okJson(page(order("1", "2026-11-01T00:00:00Z"), ""))));

    assertThat(client.shop(SHOP).orders().list(RawQuery.all()).hasNextPage()).isFalse();
  }

  @Test
  void list_emptyPageEndsTheListingEvenWithANextLink() {
    stubFor(get(urlEqualTo(ORDERS)).willReturn(okJson(page("", "\"links\":{\"next\":\"/x\"},"))));

    Page<Order> page = client.shop(SHOP).orders().list(RawQuery.all());

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void list_nextLinkToItselfEndsTheListing() {
    stubFor(
        get(urlEqualTo(ORDERS))
            .willReturn(
                okJson(
                    page(
                        order("1", "2026-11-01T00:00:00Z"),
                        "\"links\":{\"next\":\"" + ORDERS + "\"},"))));

    assertThat(client.shop(SHOP).orders().list(RawQuery.all()).hasNextPage()).isFalse();
  }

  @Test
  void list_nextLinkToAnotherOriginIsNeverSentTheToken() {
    stubFor(
        get(urlEqualTo(ORDERS))
            .willReturn(
                okJson(
                    page(
                        order("1", "2026-11-01T00:00:00Z"),
                        "\"links\":{\"next\":\"https://elsewhere.example/raw?offset=1\"},"))));

    Page<Order> page = client.shop(SHOP).orders().list(RawQuery.all());

    assertThatThrownBy(page::nextPage)
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void list_bodyWithoutItems_isADecodeException() {
    stubFor(get(urlEqualTo(ORDERS)).willReturn(okJson("{\"kind\":\"orders\",\"items\":{}}")));
    stubFor(get(urlEqualTo(ORDERS + "?limit=1")).willReturn(okJson("{\"items\":[1]}")));

    assertThatThrownBy(() -> client.shop(SHOP).orders().list(RawQuery.all()))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("items array");
    assertThatThrownBy(() -> client.shop(SHOP).orders().list(RawQuery.builder().limit(1).build()))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not an object");
  }

  @Test
  void get_readsOneItem_withPerCallOptions() {
    stubFor(
        get(urlEqualTo("/raw/v1/" + SHOP + "/products/17-3"))
            .withHeader("X-Request-Id", equalTo("r-1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(
                okJson(
                    """
                    {"kind":"products","item":{"id":42,"uniqueProductId":"17-3","idProduct":17,
                     "name":"Mug","priceTaxIncl":"11.90","active":1,"quantity":"12",
                     "features":{"Color":"Blue"},"images":["a.jpg","b.jpg"]}}
                    """)));

    Product product =
        client
            .shop(SHOP)
            .products()
            .get("17-3", RequestOptions.builder().header("X-Request-Id", "r-1").build());

    assertThat(product.id()).contains("42");
    assertThat(product.uniqueProductId()).contains("17-3");
    assertThat(product.idProduct()).contains("17");
    assertThat(product.name()).contains("Mug");
    assertThat(product.priceTaxIncl()).contains(new BigDecimal("11.90"));
    assertThat(product.active()).contains(true);
    assertThat(product.quantity()).contains(12L);
    assertThat(product.get("features")).contains(Map.of("Color", "Blue"));
    assertThat(product.fields().get("images")).isEqualTo(List.of("a.jpg", "b.jpg"));
  }

  @Test
  void get_encodesTheIdAsOnePathSegment() {
    stubFor(
        get(urlEqualTo("/raw/v1/" + SHOP + "/orders/a%2Fb%20c"))
            .willReturn(okJson("{\"item\":{\"id\":\"a/b c\"}}")));

    assertThat(client.shop(SHOP).orders().get("a/b c").id()).contains("a/b c");
  }

  @Test
  void get_dotSegmentIds_stayInsideTheCollection() {
    stubFor(get(urlEqualTo(ORDERS + "/%2E%2E")).willReturn(okJson("{\"item\":{\"id\":\"..\"}}")));

    assertThat(client.shop(SHOP).orders().get("..").id()).contains("..");
  }

  @Test
  void get_acceptsABareObject_andRefusesAnythingElse() {
    stubFor(
        get(urlEqualTo(ORDERS + "/1")).willReturn(okJson("{\"id\":\"1\",\"reference\":\"R\"}")));
    stubFor(get(urlEqualTo(ORDERS + "/2")).willReturn(okJson("[1,2]")));

    assertThat(client.shop(SHOP).orders().get("1").reference()).contains("R");
    assertThatThrownBy(() -> client.shop(SHOP).orders().get("2"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("item object");
  }

  @Test
  void get_missingItem_throwsNotFoundWithTheServersError() {
    stubFor(
        get(urlEqualTo(ORDERS + "/404"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"NOT_FOUND\",\"message\":\"Order not found\","
                            + "\"statusText\":\"Not Found\",\"data\":{\"status\":404}}")));

    assertThatThrownBy(() -> client.shop(SHOP).orders().get("404"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.errors()).hasSize(1);
              assertThat(e.errors().get(0).code()).isEqualTo("NOT_FOUND");
              assertThat(e.errors().get(0).message()).isEqualTo("Order not found");
            });
  }

  @Test
  void info_readsTheShop() {
    stubFor(
        get(urlEqualTo("/raw/v1/" + SHOP + "/shop"))
            .willReturn(
                okJson(
                    """
                    {"kind":"shop","item":{"id":"%s","cmsVersion":"8.1.2","url":"https://shop.example",
                     "ssl":true,"timezone":"Europe/Paris","countryCode":"FR","defaultLanguage":"fr",
                     "defaultCurrency":"EUR","weightUnit":"kg","multiShopCount":1,
                     "orderReturnNbDays":"14","folderCreatedAt":"2024-01-02 03:04:05","newFlag":"x"}}
                    """
                        .formatted(SHOP))));

    ShopInfo shop = client.shop(SHOP).info();

    assertThat(shop.id()).contains(SHOP);
    assertThat(shop.cmsVersion()).contains("8.1.2");
    assertThat(shop.url()).contains("https://shop.example");
    assertThat(shop.ssl()).contains(true);
    assertThat(shop.timezone()).contains("Europe/Paris");
    assertThat(shop.countryCode()).contains("FR");
    assertThat(shop.defaultLanguage()).contains("fr");
    assertThat(shop.defaultCurrency()).contains("EUR");
    assertThat(shop.weightUnit()).contains("kg");
    assertThat(shop.multiShopCount()).contains(1L);
    assertThat(shop.orderReturnNbDays()).contains(14L);
    assertThat(shop.folderCreatedAt()).contains(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(shop.text("newFlag")).contains("x");
  }

  @Test
  void unknownCollectionAndUnknownFields_passThrough() {
    stubFor(
        get(urlEqualTo("/raw/v1/" + SHOP + "/gift-cards?limit=5"))
            .willReturn(
                okJson(
                    """
                    {"kind":"gift-cards","items":[{"id":7,"code":"GIFT","amount":25.50,
                      "meta":{"tags":["a","b"],"nested":{"deep":true}},"updatedAt":1732442400}]}
                    """)));

    RawCollection<RawRecord> cards = client.shop(SHOP).collection("gift-cards");
    RawRecord card = cards.list(RawQuery.builder().limit(5).build()).items().get(0);

    assertThat(cards.name()).isEqualTo("gift-cards");
    assertThat(cards.shopId()).isEqualTo(SHOP);
    assertThat(card.id()).contains("7");
    assertThat(card.text("code")).contains("GIFT");
    assertThat(card.decimal("amount")).contains(new BigDecimal("25.50"));
    assertThat(card.updatedAt()).contains(Instant.ofEpochSecond(1732442400));
    assertThat(card.fields().keySet()).containsExactly("id", "code", "amount", "meta", "updatedAt");
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) card.fields().get("meta");
    assertThat(meta).containsEntry("tags", List.of("a", "b"));
    assertThatThrownBy(() -> meta.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> card.fields().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void typedModel_keepsFieldsItDoesNotName() {
    stubFor(
        get(urlEqualTo(ORDERS))
            .willReturn(
                okJson(
                    page(
                        "{\"id\":\"1\",\"reference\":\"R\",\"loyaltyPoints\":12,"
                            + "\"giftMessage\":{\"text\":\"Hi\"}}",
                        ""))));

    Order order = client.shop(SHOP).orders().list(RawQuery.all()).items().get(0);

    assertThat(order.longValue("loyaltyPoints")).contains(12L);
    assertThat(order.fields()).containsEntry("giftMessage", Map.of("text", "Hi"));
    assertThat(order)
        .isEqualTo(Order.of(order.fields()))
        .isNotEqualTo(RawRecord.of(order.fields()));
    assertThat(order.hashCode()).isEqualTo(Order.of(order.fields()).hashCode());
  }

  static Stream<Arguments> collections() {
    return Stream.of(
        Arguments.of("bundles", (Function<ShopData, RawCollection<?>>) ShopData::bundles),
        Arguments.of("carriers", (Function<ShopData, RawCollection<?>>) ShopData::carriers),
        Arguments.of(
            "carrier-details", (Function<ShopData, RawCollection<?>>) ShopData::carrierDetails),
        Arguments.of(
            "carrier-taxes", (Function<ShopData, RawCollection<?>>) ShopData::carrierTaxes),
        Arguments.of("carts", (Function<ShopData, RawCollection<?>>) ShopData::carts),
        Arguments.of(
            "cart-products", (Function<ShopData, RawCollection<?>>) ShopData::cartProducts),
        Arguments.of("cart-rules", (Function<ShopData, RawCollection<?>>) ShopData::cartRules),
        Arguments.of("categories", (Function<ShopData, RawCollection<?>>) ShopData::categories),
        Arguments.of("currencies", (Function<ShopData, RawCollection<?>>) ShopData::currencies),
        Arguments.of("customers", (Function<ShopData, RawCollection<?>>) ShopData::customers),
        Arguments.of(
            "custom-product-carriers",
            (Function<ShopData, RawCollection<?>>) ShopData::customProductCarriers),
        Arguments.of("orders", (Function<ShopData, RawCollection<?>>) ShopData::orders),
        Arguments.of(
            "order-details", (Function<ShopData, RawCollection<?>>) ShopData::orderDetails),
        Arguments.of(
            "order-status-history",
            (Function<ShopData, RawCollection<?>>) ShopData::orderStatusHistory),
        Arguments.of(
            "order-carriers", (Function<ShopData, RawCollection<?>>) ShopData::orderCarriers),
        Arguments.of(
            "order-cart-rules", (Function<ShopData, RawCollection<?>>) ShopData::orderCartRules),
        Arguments.of("products", (Function<ShopData, RawCollection<?>>) ShopData::products),
        Arguments.of(
            "product-suppliers", (Function<ShopData, RawCollection<?>>) ShopData::productSuppliers),
        Arguments.of(
            "specific-prices", (Function<ShopData, RawCollection<?>>) ShopData::specificPrices),
        Arguments.of("stocks", (Function<ShopData, RawCollection<?>>) ShopData::stocks),
        Arguments.of(
            "stock-movements", (Function<ShopData, RawCollection<?>>) ShopData::stockMovements),
        Arguments.of("employees", (Function<ShopData, RawCollection<?>>) ShopData::employees),
        Arguments.of("images", (Function<ShopData, RawCollection<?>>) ShopData::images),
        Arguments.of("image-types", (Function<ShopData, RawCollection<?>>) ShopData::imageTypes),
        Arguments.of("languages", (Function<ShopData, RawCollection<?>>) ShopData::languages),
        Arguments.of(
            "manufacturers", (Function<ShopData, RawCollection<?>>) ShopData::manufacturers),
        Arguments.of("modules", (Function<ShopData, RawCollection<?>>) ShopData::modules),
        Arguments.of("stores", (Function<ShopData, RawCollection<?>>) ShopData::stores),
        Arguments.of("suppliers", (Function<ShopData, RawCollection<?>>) ShopData::suppliers),
        Arguments.of("taxonomies", (Function<ShopData, RawCollection<?>>) ShopData::taxonomies),
        Arguments.of("themes", (Function<ShopData, RawCollection<?>>) ShopData::themes),
        Arguments.of("translations", (Function<ShopData, RawCollection<?>>) ShopData::translations),
        Arguments.of("wishlists", (Function<ShopData, RawCollection<?>>) ShopData::wishlists),
        Arguments.of(
            "wishlist-products",
            (Function<ShopData, RawCollection<?>>) ShopData::wishlistProducts));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void everyTypedCollection_listsAndGetsOnItsPath(
      String path, Function<ShopData, RawCollection<?>> accessor) {
    stubFor(
        get(urlPathMatching("/raw/v1/" + SHOP + "/" + path))
            .willReturn(okJson("{\"items\":[{\"id\":\"9\",\"extra\":true}]}")));
    stubFor(
        get(urlEqualTo("/raw/v1/" + SHOP + "/" + path + "/9"))
            .willReturn(okJson("{\"item\":{\"id\":\"9\",\"extra\":true}}")));
    RawCollection<?> collection = accessor.apply(client.shop(SHOP));

    RawRecord listed = collection.list(RawQuery.all()).items().get(0);
    RawRecord got = collection.get("9");

    assertThat(collection.name()).isEqualTo(path);
    assertThat(listed).isEqualTo(got);
    assertThat(listed.bool("extra")).contains(true);
    assertThat(listed.getClass()).isNotEqualTo(RawRecord.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b", "../x", "a b", "é"})
  void collection_refusesNamesThatAreNotOnePathSegment(String name) {
    assertThatThrownBy(() -> client.shop(SHOP).collection(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("collection:");
  }

  @Test
  void blankShopOrItemIds_areRefusedBeforeSending() {
    assertThatThrownBy(() -> client.shop(" ")).hasMessage("shopId: must not be blank");
    assertThatThrownBy(() -> client.shop(SHOP).orders().get(""))
        .hasMessage("id: must not be blank");
  }
}
