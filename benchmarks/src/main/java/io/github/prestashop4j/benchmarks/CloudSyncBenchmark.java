package io.github.prestashop4j.benchmarks;

import io.github.prestashop4j.cloudsync.CloudSyncClient;
import io.github.prestashop4j.cloudsync.RawQuery;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.paging.Page;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One CloudSync raw page of 100 typed orders ({@code shop(id).orders().list(limit 100)}) against
 * the same GET with plain {@code java.net.http} and Jackson's streaming parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CloudSyncBenchmark {
  static final String SHOP = "3b1ff5d2-6b2c-4e0b-9a57-1d0c51b7a2e4";
  static final int PAGE = 100;

  LoopbackServer server;
  CloudSyncClient sync;
  RawClient raw;
  URI uri;
  RawQuery query;

  /**
   * Starts the server and clients.
   *
   * @throws IOException if the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    byte[] page = cloudSyncPage(PAGE).getBytes(StandardCharsets.UTF_8);
    server =
        LoopbackServer.start(
            (method, u, body) -> LoopbackServer.Reply.ok(StoreRoute.JSON, page), Duration.ZERO, 4);
    sync =
        CloudSyncClient.builder()
            .baseUrl(server.baseUrl())
            .auth(() -> "Bearer benchmark-token")
            .httpConfig(ClientConfig.builder().allowInsecureHttp(true).build())
            .build();
    raw = new RawClient("Bearer benchmark-token");
    uri = URI.create(server.baseUrl() + "/raw/v1/" + SHOP + "/orders?limit=" + PAGE);
    query = RawQuery.builder().limit(PAGE).build();
  }

  /** Stops them. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sync.close();
    server.close();
  }

  /**
   * The SDK.
   *
   * @return the page
   */
  @Benchmark
  public Page<Order> sdk() {
    return sync.shop(SHOP).orders().list(query);
  }

  /**
   * The baseline.
   *
   * @return the values
   */
  @Benchmark
  public List<String> raw() {
    return raw.get(uri, true);
  }

  /**
   * A CloudSync raw-collection page of {@code count} orders, the recorded fake-cloud order with new
   * ids, the last page (no {@code next} link).
   *
   * @param count how many orders
   * @return the JSON
   */
  static String cloudSyncPage(int count) {
    String item = Fixtures.text(Fixtures.CLOUDSYNC_ORDER_JSON).strip();
    StringBuilder out = new StringBuilder(item.length() * count + 256);
    out.append("{\"kind\":\"orders\",\"total\":")
        .append(count)
        .append(",\"pagination\":{\"offset\":0,\"limit\":")
        .append(count)
        .append("},\"links\":{\"prev\":null,\"next\":null},\"items\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(item.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + (i + 1) + "\""));
    }
    return out.append("]}").toString();
  }
}
