package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.prestashop4j.cloudsync.CloudSyncWireMock.SHOP;
import static io.github.prestashop4j.cloudsync.CloudSyncWireMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.cloudsync.model.ContentSyncStatus;
import io.github.prestashop4j.cloudsync.model.ErrorReport;
import io.github.prestashop4j.cloudsync.model.SyncError;
import io.github.prestashop4j.cloudsync.model.SyncOnboarding;
import io.github.prestashop4j.cloudsync.model.SyncSetup;
import io.github.prestashop4j.cloudsync.model.SyncSummary;
import io.github.prestashop4j.cloudsync.model.SyncTriggerResult;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class ReportingAndSyncApiTest {
  private CloudSyncClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    client = CloudSyncWireMock.client(wm);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void syncSetup() {
    stubFor(
        get(urlEqualTo("/reporting/v1/shop-sync-setup/" + SHOP))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(
                okJson(
                    "{\"targetUrl\":\"https://shop.example\",\"shopContent\":[\"info\",\"\","
                        + "\"orders\",\"a b\",\"loyalty\"],\"shopLanguages\":[\"fr\",\"en\"],\"plan\":\"gold\"}")));

    SyncSetup setup = client.reporting().syncSetup(SHOP);

    assertThat(setup.targetUrl()).contains("https://shop.example");
    assertThat(setup.shopContents())
        .containsExactly(ShopContent.INFO, ShopContent.ORDERS, ShopContent.of("loyalty"));
    assertThat(setup.shopLanguages()).containsExactly("fr", "en");
    assertThat(setup.fields()).containsEntry("plan", "gold");
    assertThat(setup)
        .isEqualTo(SyncSetup.of(setup.fields()))
        .hasSameHashCodeAs(SyncSetup.of(setup.fields()));
    assertThat(setup.toString())
        .isEqualTo("SyncSetup[targetUrl, shopContent, shopLanguages, plan]");
  }

  @Test
  void syncSummary_asAnArrayOfContents() {
    stubFor(
        get(urlEqualTo("/reporting/v1/shop-sync-summary/" + SHOP))
            .willReturn(
                okJson(
                    """
                    [{"shopContent":"orders","requested":"2026-11-20T10:00:00Z",
                      "firstSyncFinishedAt":"2026-11-01T10:00:00Z","lastSyncFinishedAt":"2026-11-23T10:00:00Z",
                      "httpStatus":200,"httpStatusText":"OK"},
                     {"shopContent":"products","httpStatus":"500","httpStatusText":"Internal Server Error"},
                     {"shopContent":"a b"}, {"shopContent":""}]
                    """)));

    SyncSummary summary = client.reporting().syncSummary(SHOP);

    assertThat(summary.statuses()).hasSize(4);
    assertThat(summary.statuses().get(2).shopContent()).isEmpty();
    assertThat(summary.statuses().get(3).shopContent()).isEmpty();
    ContentSyncStatus orders = summary.status(ShopContent.ORDERS).orElseThrow();
    assertThat(orders.requested()).contains("2026-11-20T10:00:00Z");
    assertThat(orders.firstSyncFinishedAt()).contains(Instant.parse("2026-11-01T10:00:00Z"));
    assertThat(orders.lastSyncFinishedAt()).contains(Instant.parse("2026-11-23T10:00:00Z"));
    assertThat(orders.httpStatus()).contains(200L);
    assertThat(orders.httpStatusText()).contains("OK");
    assertThat(summary.status(ShopContent.PRODUCTS).orElseThrow().httpStatus()).contains(500L);
    assertThat(summary.status(ShopContent.CARTS)).isEmpty();
    assertThat(summary.toString()).isEqualTo("SyncSummary[statuses=4]");
  }

  @Test
  void syncSummary_ofOneContent_asASingleObject() {
    stubFor(
        get(urlEqualTo("/reporting/v1/shop-sync-summary/" + SHOP + "?shopContent=orders"))
            .willReturn(
                okJson(
                    "{\"firstSyncFinishedAt\":\"2026-11-01T10:00:00Z\","
                        + "\"lastSyncFinishedAt\":null,\"shopContent\":\"orders\"}")));

    SyncSummary summary = client.reporting().syncSummary(SHOP, ShopContent.ORDERS);

    assertThat(summary.statuses())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.shopContent()).contains(ShopContent.ORDERS);
              assertThat(s.firstSyncFinishedAt()).contains(Instant.parse("2026-11-01T10:00:00Z"));
              assertThat(s.lastSyncFinishedAt()).isEmpty();
            });
    assertThat(summary).isEqualTo(SyncSummary.of(List.of(summary.statuses().get(0).fields())));
  }

  @Test
  void syncSummary_thatIsNeitherObjectNorArray_isADecodeException() {
    stubFor(
        get(urlEqualTo("/reporting/v1/shop-sync-summary/" + SHOP)).willReturn(okJson("\"ok\"")));

    assertThatThrownBy(() -> client.reporting().syncSummary(SHOP))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void onboarding() {
    stubFor(
        get(urlEqualTo("/reporting/v1/shop-sync-onboarding/" + SHOP))
            .willReturn(
                okJson(
                    "{\"firstOnboarding\":\"2026-01-02T03:04:05.000Z\","
                        + "\"lastOnboarding\":\"2026-06-02T03:04:05+02:00\",\"targetUrl\":\"https://s\"}")));

    SyncOnboarding onboarding = client.reporting().onboarding(SHOP);

    assertThat(onboarding.firstOnboarding()).contains(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(onboarding.lastOnboarding()).contains(Instant.parse("2026-06-02T01:04:05Z"));
    assertThat(onboarding.targetUrl()).contains("https://s");
  }

  @Test
  void onboarding_thatIsNotAnObject_isADecodeException() {
    stubFor(get(urlEqualTo("/reporting/v1/shop-sync-onboarding/" + SHOP)).willReturn(okJson("[]")));

    assertThatThrownBy(() -> client.reporting().onboarding(SHOP))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("JSON object");
  }

  private static final String ERRORS =
      """
      {"start":"2026-11-01T00:00:00Z","end":"2026-11-24T00:00:00Z",
       "errors":[{"code":"SHOP_UNREACHABLE","distribution":{"orders":3},"description":"403 from WAF"},
                 {"code":"TIMEOUT","distribution":7}]}
      """;

  @Test
  void vendorErrors_withShopAndPeriod() {
    stubFor(
        get(urlEqualTo(
                "/reporting/v1/vendor/vendor-9/errors?shopId="
                    + SHOP
                    + "&start=2026-11-01T00%3A00%3A00Z&end=2026-11-24T00%3A00%3A00Z"))
            .willReturn(okJson(ERRORS)));

    ErrorReport report =
        client
            .reporting()
            .vendorErrors(
                "vendor-9",
                ErrorQuery.builder()
                    .shopId(SHOP)
                    .start(Instant.parse("2026-11-01T00:00:00Z"))
                    .end(Instant.parse("2026-11-24T00:00:00Z"))
                    .build());

    assertThat(report.start()).contains(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(report.end()).contains(Instant.parse("2026-11-24T00:00:00Z"));
    assertThat(report.errors())
        .extracting(e -> e.code().orElseThrow())
        .containsExactly("SHOP_UNREACHABLE", "TIMEOUT");
    SyncError first = report.errors().get(0);
    assertThat(first.description()).contains("403 from WAF");
    assertThat(first.distribution()).contains(Map.of("orders", 3));
    assertThat(report.errors().get(1).distribution()).contains(7);
  }

  @Test
  void vendorErrors_withoutFilters() {
    stubFor(get(urlEqualTo("/reporting/v1/vendor/vendor-9/errors")).willReturn(okJson("{}")));

    assertThat(client.reporting().vendorErrors("vendor-9", ErrorQuery.all()).errors()).isEmpty();
  }

  @Test
  void shopErrors_withPeriod_ignoringTheShopFilter() {
    stubFor(
        get(urlEqualTo("/reporting/v1/shop/" + SHOP + "/errors?start=2026-11-01T00%3A00%3A00Z"))
            .willReturn(okJson(ERRORS)));

    ErrorReport report =
        client
            .reporting()
            .shopErrors(
                SHOP,
                ErrorQuery.builder()
                    .shopId("other")
                    .start(Instant.parse("2026-11-01T00:00:00Z"))
                    .build());

    assertThat(report.errors()).hasSize(2);
  }

  @Test
  void errorQuery_checksItsInput() {
    assertThatThrownBy(
            () ->
                ErrorQuery.builder()
                    .start(Instant.parse("2026-11-02T00:00:00Z"))
                    .end(Instant.parse("2026-11-01T00:00:00Z"))
                    .build())
        .hasMessage("end: must not be before start");
    assertThatThrownBy(() -> ErrorQuery.builder().shopId(" "))
        .hasMessage("shopId: must not be blank");
    assertThatThrownBy(() -> client.reporting().vendorErrors("", ErrorQuery.all()))
        .hasMessage("vendorId: must not be blank");
    ErrorQuery query = ErrorQuery.builder().shopId("s").end(Instant.EPOCH).build();
    assertThat(query.shopId()).isEqualTo("s");
    assertThat(query.start()).isNull();
    assertThat(query.end()).isEqualTo(Instant.EPOCH);
    assertThat(query.toString()).contains("shopId=s");
  }

  @Test
  void trigger_sendsTheShopAndItsContents() {
    stubFor(
        post(urlEqualTo("/sync/v1/sync/trigger"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    "{\"shopId\":\""
                        + SHOP
                        + "\",\"shopContents\":[\"products\",\"orders\",\"loyalty\"]}"))
            .willReturn(okJson("{\"result\":\"ok\",\"jobId\":\"j-1\"}")));

    SyncTriggerResult result =
        client
            .sync()
            .trigger(
                SHOP, List.of(ShopContent.PRODUCTS, ShopContent.ORDERS, ShopContent.of("loyalty")));

    assertThat(result.result()).contains("ok");
    assertThat(result.fields()).containsEntry("jobId", "j-1");
  }

  @Test
  void triggerFull_sendsTheShopAndItsContents() {
    stubFor(
        post(urlEqualTo("/sync/v1/sync/trigger-full"))
            .withRequestBody(
                equalToJson("{\"shopId\":\"" + SHOP + "\",\"shopContents\":[\"info\"]}"))
            .willReturn(okJson("\"accepted\"")));
    stubFor(post(urlEqualTo("/sync/v1/sync/trigger")).willReturn(aResponse().withStatus(204)));

    assertThat(client.sync().triggerFull(SHOP, List.of(ShopContent.INFO)).result())
        .contains("accepted");
    assertThat(client.sync().trigger(SHOP, List.of(ShopContent.INFO)).fields()).isEmpty();
  }

  @Test
  void trigger_checksItsInputBeforeSending() {
    assertThatThrownBy(() -> client.sync().trigger(SHOP, List.of()))
        .hasMessage("contents: must name at least one shop content");
    assertThatThrownBy(() -> client.sync().triggerFull(" ", List.of(ShopContent.INFO)))
        .hasMessage("shopId: must not be blank");
  }

  @Test
  void everyCall_takesPerCallOptions() {
    RequestOptions options = RequestOptions.builder().header("X-Request-Id", "r-7").build();
    stubFor(
        get(urlPathMatching("/reporting/v1/.*"))
            .withHeader("X-Request-Id", equalTo("r-7"))
            .willReturn(okJson("{}")));
    stubFor(
        get(urlPathMatching("/reporting/v1/shop-sync-summary/.*"))
            .withHeader("X-Request-Id", equalTo("r-7"))
            .willReturn(okJson("[]")));
    stubFor(
        post(urlPathMatching("/sync/v1/sync/.*"))
            .withHeader("X-Request-Id", equalTo("r-7"))
            .willReturn(okJson("{\"result\":\"ok\"}")));
    ReportingApi reporting = client.reporting();
    List<ShopContent> info = List.of(ShopContent.INFO);

    assertThat(reporting.syncSetup(SHOP, options).fields()).isEmpty();
    assertThat(reporting.syncSummary(SHOP, options).statuses()).isEmpty();
    assertThat(reporting.syncSummary(SHOP, ShopContent.ORDERS, options).statuses()).isEmpty();
    assertThat(reporting.onboarding(SHOP, options).fields()).isEmpty();
    assertThat(reporting.vendorErrors("vendor-9", ErrorQuery.all(), options).errors()).isEmpty();
    assertThat(reporting.shopErrors(SHOP, ErrorQuery.all(), options).errors()).isEmpty();
    assertThat(client.sync().trigger(SHOP, info, options).result()).contains("ok");
    assertThat(client.sync().triggerFull(SHOP, info, options).result()).contains("ok");
    verify(8, anyRequestedFor(anyUrl()).withHeader("X-Request-Id", equalTo("r-7")));
    assertThatThrownBy(() -> reporting.syncSetup(SHOP, null)).hasMessage("options");
    assertThatThrownBy(() -> client.sync().trigger(SHOP, info, null)).hasMessage("options");
  }
}
