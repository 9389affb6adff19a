package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.prestashop4j.cloudsync.CloudSyncWireMock.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.paging.IncrementalPullException;
import io.github.prestashop4j.core.paging.Watermark;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class IncrementalPullTest {
  private static final String ORDERS = "/raw/v1/" + SHOP + "/orders";
  private static final String T0 = "2026-11-23T00:00:00Z";
  private static final String T1 = "2026-11-23T09:00:00Z";
  private static final String T2 = "2026-11-23T10:00:00Z";
  private static final String T3 = "2026-11-23T11:00:00Z";

  private CloudSyncClient client;
  private final List<String> delivered = new ArrayList<>();
  private final List<Watermark> checkpoints = new ArrayList<>();

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    client = CloudSyncWireMock.client(wm);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String order(int id, String updatedAt) {
    return "{\"id\":"
        + id
        + ",\"idOrder\":\""
        + (100 + id)
        + "\",\"updatedAt\":\""
        + updatedAt
        + "\"}";
  }

  private static String page(boolean more, String... items) {
    return "{\"kind\":\"orders\",\"links\":{"
        + (more ? "\"next\":\"NEXT\"" : "\"prev\":\"x\"")
        + "},\"items\":["
        + String.join(",", items)
        + "]}";
  }

  private static void stubPage(String start, int offset, String body) {
    stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam("updatedAtStart", equalTo(start))
            .withQueryParam("offset", equalTo(Integer.toString(offset)))
            .withQueryParam("limit", equalTo("2"))
            .withQueryParam("sort", equalTo("updatedAt"))
            .withQueryParam("direction", equalTo("asc"))
            .willReturn(okJson(body.replace("NEXT", nextLink(start, offset + 2, 2)))));
  }

  /** The server's links.next: the same query at the next offset. */
  private static String nextLink(String start, int offset, int limit) {
    return ORDERS
        + "?updatedAtStart="
        + start
        + "&sort=updatedAt&direction=asc&limit="
        + limit
        + "&offset="
        + offset;
  }

  /**
   * Orders 1 (T1), 2, 3, 4 (all T2) and 5 (T3), in pages of two. The three orders sharing T2
   * straddle the page boundaries, and the server returns equal timestamps in no particular order (3
   * before 2).
   */
  private static void stubShop() {
    stubPage(T0, 0, page(true, order(1, T1), order(2, T2)));
    stubPage(T2, 0, page(true, order(3, T2), order(2, T2)));
    stubPage(T2, 2, page(false, order(4, T2), order(5, T3)));
  }

  private IncrementalPull<Order> pull(Watermark since) {
    return client
        .shop(SHOP)
        .orders()
        .incremental(ChangeField.UPDATED_AT)
        .since(since)
        .pageSize(2)
        .onCheckpoint(checkpoints::add);
  }

  @Test
  void equalTimestampsAcrossPageBoundaries_areDeliveredOnceEach_andNothingIsLost() {
    stubShop();

    Watermark reached =
        pull(Watermark.at(Instant.parse(T0))).forEach(o -> delivered.add(o.id().orElseThrow()));

    assertThat(delivered).containsExactly("1", "2", "3", "4", "5");
    assertThat(reached).isEqualTo(Watermark.parse(T3 + "|5"));
    assertThat(checkpoints)
        .containsExactly(
            Watermark.parse(T2 + "|2"), Watermark.parse(T2 + "|2,3"), Watermark.parse(T3 + "|5"));
    verify(
        exactly(1),
        getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("updatedAtStart", equalTo(T0)));
    verify(
        exactly(1),
        getRequestedFor(urlPathEqualTo(ORDERS))
            .withQueryParam("offset", equalTo("0"))
            .withQueryParam("updatedAtStart", equalTo(T2)));
    verify(
        exactly(1), getRequestedFor(urlPathEqualTo(ORDERS)).withQueryParam("offset", equalTo("2")));
  }

  @Test
  void aServerIgnoringTheSort_failsThePull_ratherThanLosingRecords() {
    // Sorted by the client, this page would move the watermark to T3, and the next request
    // (updatedAtStart=T3) would never return an order at T2 that sits on a later page.
    stubPage(T0, 0, page(true, order(1, T3), order(2, T1)));
    stubPage(T3, 0, page(false, order(1, T3)));

    assertThatThrownBy(
            () ->
                pull(Watermark.at(Instant.parse(T0)))
                    .forEach(o -> delivered.add(o.id().orElseThrow())))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("did not sort by updatedAt");
    assertThat(delivered).isEmpty();
    assertThat(checkpoints).isEmpty();
  }

  @Test
  void aTimestampGoingDownAcrossFollowedPages_failsThePull() {
    stubPage(T1, 0, page(true, order(1, T1), order(2, T1)));
    stubPage(T1, 2, page(false, order(3, T0)));

    assertThatThrownBy(
            () ->
                pull(Watermark.at(Instant.parse(T1)))
                    .forEach(o -> delivered.add(o.id().orElseThrow())))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("did not sort by updatedAt");
    assertThat(delivered).containsExactly("1", "2");
  }

  @Test
  void aPageAlreadyDelivered_isLeftByTheServersNextLink_evenWhenTheServerIgnoresOffset() {
    // A cursor-paging server: the offset changes nothing, only links.next leads further.
    stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam("cursor", absent())
            .withQueryParam("updatedAtStart", equalTo(T1))
            .willReturn(
                okJson(
                    "{\"links\":{\"next\":\""
                        + ORDERS
                        + "?cursor=b\"},\"items\":["
                        + order(1, T1)
                        + ","
                        + order(2, T1)
                        + "]}")));
    stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam("cursor", equalTo("b"))
            .willReturn(okJson(page(false, order(3, T1), order(4, T2)))));

    Watermark reached =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10),
            () ->
                pull(Watermark.parse(T1 + "|1,2"))
                    .forEach(o -> delivered.add(o.id().orElseThrow())));

    assertThat(delivered).containsExactly("3", "4");
    assertThat(reached).isEqualTo(Watermark.parse(T2 + "|4"));
    verify(exactly(2), getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void aLongGroupOfEqualTimestamps_isReadPageByPage_notFromTheStartAgain() {
    // 25 orders at T1 in pages of 5: each page is read once.
    for (int offset = 0; offset < 25; offset += 5) {
      List<String> items = new ArrayList<>();
      for (int id = offset + 1; id <= offset + 5; id++) {
        items.add(order(id, T1));
      }
      String links =
          offset + 5 < 25
              ? "{\"next\":\"" + nextLink(T1, offset + 5, 5) + "\"}"
              : "{\"prev\":\"x\"}";
      stubFor(
          get(urlPathEqualTo(ORDERS))
              .withQueryParam("updatedAtStart", equalTo(T1))
              .withQueryParam("offset", equalTo(Integer.toString(offset)))
              .willReturn(
                  okJson("{\"links\":" + links + ",\"items\":[" + String.join(",", items) + "]}")));
    }

    Watermark reached =
        pull(Watermark.at(Instant.parse(T1)))
            .pageSize(5)
            .forEach(o -> delivered.add(o.id().orElseThrow()));

    assertThat(delivered).hasSize(25).doesNotHaveDuplicates();
    assertThat(reached.deliveredIds()).hasSize(25);
    assertThat(checkpoints).hasSize(5);
    verify(exactly(5), getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void aFailingHandler_leavesTheWatermarkBeforeTheFailedRecord_andTheNextRunResumesThere() {
    stubShop();
    IOException failure = new IOException("database down");

    Watermark start = Watermark.at(Instant.parse(T0));
    IncrementalPullException thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            IncrementalPullException.class,
            () ->
                pull(start)
                    .forEach(
                        o -> {
                          if (o.id().orElseThrow().equals("3")) {
                            throw failure;
                          }
                          delivered.add(o.id().orElseThrow());
                        }));

    assertThat(thrown).hasCause(failure).hasMessageContaining("id 3");
    assertThat(thrown.watermark()).isEqualTo(Watermark.parse(T2 + "|2"));
    assertThat(checkpoints).containsExactly(Watermark.parse(T2 + "|2"));
    assertThat(delivered).containsExactly("1", "2");

    Watermark resumed =
        pull(Watermark.parse(thrown.watermark().asString()))
            .forEach(o -> delivered.add(o.id().orElseThrow()));

    assertThat(delivered).containsExactly("1", "2", "3", "4", "5");
    assertThat(resumed).isEqualTo(Watermark.parse(T3 + "|5"));
  }

  @Test
  void aFailureOnTheFirstRecord_leavesTheStartWatermark() {
    stubShop();
    Watermark start = Watermark.at(Instant.parse(T0));

    assertThatThrownBy(
            () ->
                pull(start)
                    .forEach(
                        o -> {
                          throw new IllegalStateException("no");
                        }))
        .isInstanceOfSatisfying(
            IncrementalPullException.class, e -> assertThat(e.watermark()).isSameAs(start));
    assertThat(checkpoints).isEmpty();
  }

  @Test
  void anInterruptedHandler_keepsTheInterruptFlag() {
    stubShop();
    try {
      assertThatThrownBy(
              () ->
                  pull(Watermark.at(Instant.parse(T0)))
                      .forEach(
                          o -> {
                            throw new InterruptedException();
                          }))
          .isInstanceOf(IncrementalPullException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void lastSyncedAt_withExtraFilters_andNothingNew() {
    stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam("lastSyncedAtStart", equalTo(T2))
            .withQueryParam("isPaid", equalTo("true"))
            .withQueryParam("sort", equalTo("lastSyncedAt"))
            .withQueryParam("limit", equalTo("100"))
            .withQueryParam("updatedAtStart", absent())
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":\"7\",\"lastSyncedAt\":\"" + T2 + "\"}],\"total\":1}")));
    Watermark since = Watermark.parse(T2 + "|7");

    Watermark reached =
        client
            .shop(SHOP)
            .orders()
            .incremental(ChangeField.LAST_SYNCED_AT)
            .since(since)
            .filter(
                RawQuery.builder()
                    .filter("isPaid", true)
                    .limit(3)
                    .sort("id")
                    .lastSyncedAtStart(Instant.EPOCH)
                    .build())
            .options(RequestOptions.defaults())
            .onCheckpoint(checkpoints::add)
            .forEach(o -> delivered.add(o.id().orElseThrow()));

    assertThat(reached).isSameAs(since);
    assertThat(delivered).isEmpty();
    assertThat(checkpoints).isEmpty();
  }

  @Test
  void recordsWithoutTheChangeField_areSkipped_andRecordsWithoutId_failThePull() {
    stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam("updatedAtStart", equalTo(T0))
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":\"1\"},{\"id\":\"2\",\"updatedAt\":\"" + T1 + "\"}]}")));
    stubFor(
        get(urlPathEqualTo(ORDERS))
            .withQueryParam("updatedAtStart", equalTo(T1))
            .willReturn(okJson("{\"items\":[{\"updatedAt\":\"" + T2 + "\"}]}")));

    Watermark reached =
        client
            .shop(SHOP)
            .orders()
            .incremental(ChangeField.UPDATED_AT)
            .since(Watermark.at(Instant.parse(T0)))
            .forEach(o -> delivered.add(o.id().orElseThrow()));

    assertThat(delivered).containsExactly("2");
    assertThat(reached).isEqualTo(Watermark.parse(T1 + "|2"));
    assertThatThrownBy(
            () ->
                client
                    .shop(SHOP)
                    .orders()
                    .incremental(ChangeField.UPDATED_AT)
                    .since(reached)
                    .forEach(o -> delivered.add("never")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("no id");
  }

  @Test
  void pull_checksItsSettings() {
    IncrementalPull<Order> pull = client.shop(SHOP).orders().incremental(ChangeField.UPDATED_AT);

    assertThatThrownBy(() -> pull.forEach(o -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("since:");
    assertThatThrownBy(() -> pull.pageSize(0)).hasMessage("pageSize: must be at least 1 (got 0)");
    assertThat(pull.toString()).contains("orders", "UPDATED_AT");
    assertThat(ChangeField.LAST_SYNCED_AT.field()).isEqualTo("lastSyncedAt");
  }
}
