package io.github.prestashop4j.webservice.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.paging.IncrementalPullException;
import io.github.prestashop4j.core.paging.Watermark;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Customer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeFeedTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 1, 8, 0, 0);
  private final CustomerTable table = new CustomerTable();
  private final WebserviceClient client =
      WebserviceClient.builder()
          .baseUrl("http://127.0.0.1:9")
          .apiKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
          .httpConfig(
              ClientConfig.builder().retryPolicy(RetryPolicy.none()).build().withTransport(table))
          .build();
  private final List<String> delivered = new ArrayList<>();

  @AfterEach
  void close() {
    client.close();
  }

  private ChangeFeed<Customer> feed() {
    return ChangeFeed.of(client.customers(), Customer::dateUpd).pageSize(100);
  }

  private void deliver(Customer c) {
    delivered.add(c.id().orElseThrow() + "@" + c.dateUpd().orElseThrow());
  }

  @Test
  void firstRun_deliversEveryRecordOnceInOrder_andAsksAsDocumented() {
    for (long id = 1; id <= 250; id++) {
      table.put(id, T0.plusSeconds(id % 60));
    }

    Watermark reached = feed().run(ChangeFeed.watermarkAt(T0), this::deliver);

    assertThat(delivered).hasSize(250).doesNotHaveDuplicates();
    assertThat(reached.timestamp()).isEqualTo(T0.plusSeconds(59).toInstant(ZoneOffset.UTC));
    assertThat(table.queries().get(0))
        .contains(
            "filter%5Bdate_upd%5D=%5B2026-11-01%2007%3A59%3A50%2C2026-11-01%2008%3A00%3A00%5D")
        .contains("sort=%5Bid_ASC%5D")
        .contains("date=1");
    assertThat(table.queries().get(1))
        .contains(
            "filter%5Bdate_upd%5D=%5B2026-11-01%2008%3A00%3A00%2C9999-12-31%2023%3A59%3A59%5D")
        .contains("date=1")
        .contains("sort=%5Bdate_upd_ASC%2Cid_ASC%5D")
        .contains("display=full")
        .contains("limit=100");
  }

  @Test
  void equalTimestampsAcrossPageBoundaries_areNeitherLostNorRepeated() {
    for (long id = 1; id <= 230; id++) {
      table.put(id, T0); // a burst larger than two pages
    }

    feed().run(ChangeFeed.watermarkAt(T0), this::deliver);

    assertThat(delivered).hasSize(230).doesNotHaveDuplicates();
  }

  @Test
  void recordsUpdatedWhilePaging_arePickedUp() {
    for (long id = 1; id <= 300; id++) {
      table.put(id, T0.plusSeconds(id));
    }
    // Before the second page (after the overlap read and the first page): one record already
    // delivered and one not yet read change.
    table.beforeRequest(
        n -> {
          if (n == 3) {
            table.put(5, T0.plusSeconds(1000));
            table.put(250, T0.plusSeconds(1001));
          }
        });

    feed().run(ChangeFeed.watermarkAt(T0), this::deliver);

    assertThat(delivered).contains("5@" + T0.plusSeconds(5), "5@" + T0.plusSeconds(1000));
    assertThat(delivered).contains("250@" + T0.plusSeconds(1001));
    for (long id = 1; id <= 300; id++) {
      long key = id;
      assertThat(delivered).anyMatch(d -> d.startsWith(key + "@"));
    }
  }

  @Test
  void aLateCommitWithinTheOverlap_isDeliveredByTheNextRun_andNothingElseIsRepeated() {
    for (long id = 1; id <= 50; id++) {
      table.put(id, T0.plusSeconds(id));
    }
    Watermark first = feed().run(ChangeFeed.watermarkAt(T0), this::deliver);
    table.put(51, T0.plusSeconds(45)); // committed late with an earlier second
    delivered.clear();

    Watermark second = feed().run(Watermark.parse(first.asString()), this::deliver);

    assertThat(delivered).containsExactly("51@" + T0.plusSeconds(45));
    assertThat(second.timestamp()).isEqualTo(first.timestamp());
    assertThat(feed().run(second, this::deliver)).isEqualTo(second);
    assertThat(delivered).hasSize(1);
  }

  @Test
  void aFailureMidRun_thenARestartFromTheStoredWatermark_losesNothing() {
    for (long id = 1; id <= 260; id++) {
      table.put(id, T0.plusSeconds(id / 3));
    }
    List<String> checkpoints = new ArrayList<>();
    ChangeFeed<Customer> feed = feed().onCheckpoint(w -> checkpoints.add(w.asString()));

    IncrementalPullException failure =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            IncrementalPullException.class,
            () ->
                feed.run(
                    ChangeFeed.watermarkAt(T0),
                    c -> {
                      if (c.id().orElseThrow() == 150) {
                        throw new IllegalStateException("CRM down");
                      }
                      deliver(c);
                    }));
    feed.run(Watermark.parse(failure.watermark().asString()), this::deliver);

    assertThat(failure).hasMessage("customers 150: the handler failed");
    assertThat(failure.getCause()).hasMessage("CRM down");
    assertThat(delivered).hasSize(260).doesNotHaveDuplicates();
    assertThat(checkpoints).hasSizeGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void concurrentWritersCrashesAndLateCommits_neverSkipTheLatestVersionOfARecord(long seed) {
    Random random = new Random(seed);
    Map<Long, LocalDateTime> latest = new HashMap<>();
    LocalDateTime[] now = {T0.plusSeconds(30)};
    for (long id = 1; id <= 400; id++) {
      LocalDateTime at = T0.plusSeconds(random.nextInt(30));
      table.put(id, at);
      latest.put(id, at);
    }
    // Concurrent writers between requests: updates and inserts at the store's current second.
    table.beforeRequest(
        n -> {
          now[0] = now[0].plusSeconds(random.nextInt(3));
          for (int i = 0; i < 5; i++) {
            long id = 1 + random.nextInt(420);
            table.put(id, now[0]);
            latest.put(id, now[0]);
          }
        });
    Set<String> seen = new HashSet<>();
    Watermark watermark = ChangeFeed.watermarkAt(T0);
    ChangeFeed<Customer> feed = feed().pageSize(37);
    for (int run = 0; run < 6; run++) {
      // Between runs, a transaction commits late, with a second a little before the store's now.
      long late = 500 + run;
      LocalDateTime lateAt = now[0].minusSeconds(random.nextInt(8));
      table.put(late, lateAt);
      latest.put(late, lateAt);
      int[] left = {random.nextInt(500)};
      try {
        watermark =
            feed.run(
                watermark,
                c -> {
                  if (left[0]-- == 0) {
                    throw new IllegalStateException("crash");
                  }
                  seen.add(c.id().orElseThrow() + "@" + c.dateUpd().orElseThrow());
                });
      } catch (IncrementalPullException e) {
        watermark = Watermark.parse(e.watermark().asString());
      }
    }
    table.beforeRequest(n -> {});
    feed.run(watermark, c -> seen.add(c.id().orElseThrow() + "@" + c.dateUpd().orElseThrow()));

    for (Map.Entry<Long, LocalDateTime> record : latest.entrySet()) {
      assertThat(seen).contains(record.getKey() + "@" + record.getValue());
    }
  }

  @Test
  void aStoreThatDoesNotSort_failsTheRunInsteadOfMovingPastRecords() {
    for (long id = 1; id <= 20; id++) {
      table.put(id, T0.plusSeconds(id));
    }
    table.ignoreSortFor(1);

    assertThatThrownBy(() -> feed().run(ChangeFeed.watermarkAt(T0), this::deliver))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("did not sort by date_upd");
    assertThat(delivered).hasSize(1);
  }

  @Test
  void progress_isReportedAfterEveryPage() {
    for (long id = 1; id <= 250; id++) {
      table.put(id, T0.plusSeconds(id));
    }
    List<ChangeFeed.Progress> reports = new ArrayList<>();
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    feed().clock(clock).listener(reports::add).run(ChangeFeed.watermarkAt(T0), this::deliver);

    // The overlap read, then three pages.
    assertThat(reports).extracting(ChangeFeed.Progress::pages).containsExactly(1L, 2L, 3L, 4L);
    assertThat(reports.get(3).delivered()).isEqualTo(250);
    assertThat(reports.get(3).seen()).isGreaterThanOrEqualTo(250);
    assertThat(reports.get(3).elapsed()).isEqualTo(Duration.ZERO);
    assertThat(reports.get(3).watermark().timestamp())
        .isEqualTo(T0.plusSeconds(250).toInstant(ZoneOffset.UTC));
  }

  @Test
  void missingIds_reportsWhatTheStoreDeleted() {
    for (long id = 1; id <= 5; id++) {
      table.put(id, T0);
    }
    table.remove(3);

    assertThat(feed().missingIds(List.of(1L, 3L, 5L, 999L))).containsExactly(3L, 999L);
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> feed().query(Query.builder().sortAsc("id").build()))
        .hasMessage("query: must not sort, limit or filter on date_upd; the feed does");
    assertThatThrownBy(() -> feed().overlap(Duration.ofSeconds(-1)))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> feed().pageSize(0)).hasMessageContaining("pageSize");
    assertThatThrownBy(
            () ->
                ChangeFeed.of(client.orderStates(), s -> java.util.Optional.<LocalDateTime>empty()))
        .hasMessage("resource order_states: has no date_upd to follow");
    assertThat(feed().overlap(Duration.ZERO).query(Query.builder().shop(2).build()))
        .hasToString("ChangeFeed[customers, overlap=PT0S]");
  }
}
