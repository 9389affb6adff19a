package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.core.ClientConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The README's CloudSync example, compiled and run against WireMock. */
@WireMockTest
class ReadmeExampleTest {

  /** Where the example keeps its watermark between runs. */
  interface WatermarkStore {
    String load();

    void save(String watermark);
  }

  /** The README example: pulls a shop's orders changed since yesterday. */
  static Watermark pullOrdersChangedSinceYesterday(
      CloudEnvironment environment,
      String baseUrl,
      String shopId,
      WatermarkStore store,
      List<Order> sink) {
    VendorCredentials credentials =
        VendorCredentials.of(System.getProperty("vendor.id", "my-client-id"), "my-client-secret");
    try (CloudSyncClient cloudSync =
        CloudSyncClient.builder()
            .environment(environment) // default: CloudEnvironment.PRODUCTION
            .baseUrl(baseUrl) // only needed outside production and integration
            .credentials(credentials, "my-module")
            .build()) {
      String saved = store.load();
      Watermark since =
          saved != null
              ? Watermark.parse(saved)
              : Watermark.at(Instant.now().minus(Duration.ofDays(1)));

      Watermark reached =
          cloudSync
              .shop(shopId)
              .orders()
              .incremental(ChangeField.UPDATED_AT)
              .since(since)
              .pageSize(100)
              .onCheckpoint(w -> store.save(w.asString())) // after each page
              .forEach(
                  order -> {
                    // Runs once per change; the watermark moves only when this returns.
                    sink.add(order);
                  });
      store.save(reached.asString());
      return reached;
    }
  }

  @Test
  void example_pullsYesterdaysOrders(WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    stubFor(
        get(urlPathEqualTo("/raw/v1/shop-1/orders"))
            .withQueryParam("sort", equalTo("updatedAt"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":\"1\",\"reference\":\"XKBKNABJK\","
                        + "\"updatedAt\":\"2030-01-01T00:00:00Z\"}],\"total\":1}")));
    AtomicReference<String> saved = new AtomicReference<>();
    WatermarkStore store =
        new WatermarkStore() {
          @Override
          public String load() {
            return saved.get();
          }

          @Override
          public void save(String watermark) {
            saved.set(watermark);
          }
        };
    List<Order> orders = new ArrayList<>();
    System.setProperty("vendor.id", CloudSyncWireMock.CLIENT_ID);
    try {
      pullOrdersChangedSinceYesterday(
          CloudSyncWireMock.environment(wm), wm.getHttpBaseUrl(), "shop-1", store, orders);
    } finally {
      System.clearProperty("vendor.id");
    }

    assertThat(orders).extracting(o -> o.reference().orElseThrow()).containsExactly("XKBKNABJK");
    assertThat(saved.get()).isEqualTo("2030-01-01T00:00:00Z|1");
    assertThat(ClientConfig.builder().baseUrl(wm.getHttpBaseUrl()).build().baseUrl()).isNotNull();
  }
}
