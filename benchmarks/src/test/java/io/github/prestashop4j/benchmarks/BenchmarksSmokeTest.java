package io.github.prestashop4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.webservice.internal.Document;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once, untimed, and checks what it returns, so that a broken benchmark
 * fails the build rather than the benchmark run. No figure is asserted.
 */
class BenchmarksSmokeTest {
  @Test
  void typedGetReadsTheSameProductAsTheBaseline() throws Exception {
    for (String format : List.of("JSON", "XML")) {
      GetBenchmark b = new GetBenchmark();
      b.format = format;
      b.setUp();
      try {
        assertThat(b.sdk().id()).hasValue(1L);
        assertThat(b.sdk().reference()).hasValue("demo_1");
        assertThat(b.sdkDirectExecutor().id()).hasValue(1L);
        assertThat(b.raw()).contains("demo_1");
        assertThat(b.uri.toString()).contains("/api/products/1");
      } finally {
        b.tearDown();
      }
    }
  }

  @Test
  void listPagesHoldTheRequestedNumberOfProducts() throws Exception {
    for (String format : List.of("JSON", "XML")) {
      ListBenchmark b = new ListBenchmark();
      b.format = format;
      b.size = 100;
      b.setUp();
      try {
        assertThat(b.sdk().items()).hasSize(100);
        assertThat(b.sdk().items().get(99).id()).hasValue(100L);
        assertThat(b.raw()).contains("100");
      } finally {
        b.tearDown();
      }
    }
  }

  @Test
  void xmlWriteCreatesTheCustomer() throws Exception {
    XmlWriteBenchmark b = new XmlWriteBenchmark();
    b.setUp();
    try {
      assertThat(b.sdk().id()).isPresent();
      assertThat(b.sdk().email()).hasValue("alice.fixture@example.com");
      assertThat(b.raw()).contains("alice.fixture@example.com");
    } finally {
      b.tearDown();
    }
  }

  @Test
  void cloudSyncPageHoldsAHundredOrders() throws Exception {
    CloudSyncBenchmark b = new CloudSyncBenchmark();
    b.setUp();
    try {
      assertThat(b.sdk().items()).hasSize(100);
      assertThat(b.sdk().items().get(99).id()).hasValue("100");
      assertThat(b.raw()).contains("XKBKNABJK");
    } finally {
      b.tearDown();
    }
  }

  @Test
  void decodersAndTheirCeilingsReadEveryDocument() throws Exception {
    for (String document :
        List.of(
            Fixtures.PRODUCTS_JSON,
            Fixtures.ORDERS_JSON,
            Fixtures.PRODUCTS_XML,
            Fixtures.STATES_XML)) {
      DecoderBenchmark b = new DecoderBenchmark();
      b.document = document;
      b.setUp();
      Document decoded = b.sdk();
      assertThat(decoded.entities()).as(document).isNotEmpty();
      assertThat(decoded.errors()).as(document).isEmpty();
      assertThat(b.ceiling()).as(document).isPositive();
    }
  }

  @Test
  void concurrencyRunMeasuresEveryLevel() throws Exception {
    List<ConcurrencyRun.Level> levels = ConcurrencyRun.run(Duration.ofMillis(2), 0.05, 10);
    assertThat(levels).extracting(ConcurrencyRun.Level::concurrency).containsExactly(1, 2, 4, 8);
    assertThat(levels)
        .allSatisfy(
            l -> {
              assertThat(l.sdkPagesPerSecond()).isPositive();
              assertThat(l.rawPagesPerSecond()).isPositive();
            });
  }

  @Test
  void scaleRunDeliversEveryOrderInOrderThroughStreamAndChangeFeed() throws Exception {
    List<ScaleRun.Result> results = ScaleRun.run(2_500, 100);
    assertThat(results).extracting(ScaleRun.Result::name).containsExactly("stream", "change feed");
    assertThat(results)
        .allSatisfy(
            r -> {
              assertThat(r.records()).isEqualTo(2_500);
              assertThat(r.retainedBytes()).hasSize(10);
            });
  }

  @Test
  void reportPairsEachSdkBenchmarkWithItsBaseline() throws Exception {
    String json =
        """
        [{"benchmark":"io.github.prestashop4j.benchmarks.GetBenchmark.raw","params":{"format":"JSON"},
          "primaryMetric":{"score":100.0,"scoreError":1.0,"scoreUnit":"us/op"},
          "secondaryMetrics":{"gc.alloc.rate.norm":{"score":10240.0}}},
         {"benchmark":"io.github.prestashop4j.benchmarks.GetBenchmark.sdk","params":{"format":"JSON"},
          "primaryMetric":{"score":105.0,"scoreError":1.0,"scoreUnit":"us/op"},
          "secondaryMetrics":{"gc.alloc.rate.norm":{"score":14336.0}}},
         {"benchmark":"io.github.prestashop4j.benchmarks.DecoderBenchmark.sdk",
          "params":{"document":"list-orders-full-json.response.json"},
          "primaryMetric":{"score":50.0,"scoreError":1.0,"scoreUnit":"us/op"}},
         {"benchmark":"io.github.prestashop4j.benchmarks.DecoderBenchmark.ceiling",
          "params":{"document":"list-orders-full-json.response.json"},
          "primaryMetric":{"score":25.0,"scoreError":1.0,"scoreUnit":"us/op"}}]
        """;
    String report = Report.render(new ObjectMapper().readTree(json));
    assertThat(report)
        .contains("| Get format=JSON | 105 ± 1 | 100 ± 1 | 1.05x | 14.0 | 10.0 | +4.0 | yes |");
    assertThat(report).contains("| list-orders-full-json.response.json | 5,283 | ");
    assertThat(report).contains("| 0.50 |");
  }
}
