package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.core.paging.Watermark;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The README's CloudSync example, compiled, and run against WireMock. */
@WireMockTest
class ReadmeExampleTest {

  /** Where the application keeps its watermark between runs (a database row, say). */
  interface WatermarkStore {
    String load();

    void save(String watermark);
  }

  // README, part 1: the client (production, credentials from the environment).
  static CloudSyncClient productionClient() {
    return CloudSyncClient.builder()
        .credentials(
            VendorCredentials.of(System.getenv("PS_CLIENT_ID"), System.getenv("PS_CLIENT_SECRET")),
            "my-module")
        .build();
  }

  // README, part 2: pull the orders changed since the last run, or since yesterday the first time.
  static void pullChangedOrders(
      CloudSyncClient cloudSync, String shopId, WatermarkStore store, Consumer<Order> erp) {
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
            .onCheckpoint(w -> store.save(w.asString())) // after each page
            .forEach(erp::accept); // the watermark moves past an order only once this returns
    store.save(reached.asString());
  }

  @Test
  void example_pullsTheOrdersChangedSinceYesterday_thenOnlyNewChanges(WireMockRuntimeInfo wm) {
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

    try (CloudSyncClient cloudSync = CloudSyncWireMock.client(wm)) {
      pullChangedOrders(cloudSync, "shop-1", store, orders::add);
      pullChangedOrders(cloudSync, "shop-1", store, orders::add);
    }

    assertThat(orders).extracting(o -> o.reference().orElseThrow()).containsExactly("XKBKNABJK");
    assertThat(saved.get()).isEqualTo("2030-01-01T00:00:00Z|1");
  }
}
