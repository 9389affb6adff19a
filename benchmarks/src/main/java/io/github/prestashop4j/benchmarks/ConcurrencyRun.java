package io.github.prestashop4j.benchmarks;

import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Paging throughput with 1, 2, 4 and 8 concurrent page fetches (threads sharing one client, each
 * taking the next page number) against a server that answers every request after a fixed latency.
 * The ideal with {@code c} fetches is {@code c} times the single-fetch rate; the run reports how
 * close the SDK gets, and the same for plain {@code java.net.http} on the same server.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.prestashop4j.benchmarks.ConcurrencyRun
 * [latencyMs] [secondsPerLevel] [pageSize]}.
 */
public final class ConcurrencyRun {
  /** The concurrency levels measured. */
  public static final int[] LEVELS = {1, 2, 4, 8};

  private ConcurrencyRun() {}

  /** One level's rates. */
  public record Level(int concurrency, double sdkPagesPerSecond, double rawPagesPerSecond) {}

  /**
   * Runs every level.
   *
   * @param args optional latency (ms), seconds per level and page size
   * @throws Exception if a fetch fails
   */
  public static void main(String[] args) throws Exception {
    long latencyMs = args.length > 0 ? Long.parseLong(args[0]) : 20;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    List<Level> levels = run(Duration.ofMillis(latencyMs), seconds, pageSize);
    System.out.printf(
        Locale.ROOT,
        "Latency %d ms per request, pages of %d products (JSON), %.1f s per level, %d CPUs%n",
        latencyMs,
        pageSize,
        seconds,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| Concurrent fetches | SDK pages/s | SDK speed-up | SDK vs ideal | raw pages/s | raw vs"
            + " ideal |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    Level one = levels.get(0);
    for (Level level : levels) {
      double sdkUp = level.sdkPagesPerSecond() / one.sdkPagesPerSecond();
      double rawUp = level.rawPagesPerSecond() / one.rawPagesPerSecond();
      System.out.printf(
          Locale.ROOT,
          "| %d | %.1f | %.2fx | %.2f | %.1f | %.2f |%n",
          level.concurrency(),
          level.sdkPagesPerSecond(),
          sdkUp,
          sdkUp / level.concurrency(),
          level.rawPagesPerSecond(),
          rawUp / level.concurrency());
    }
  }

  /**
   * Measures each level for the SDK and the baseline.
   *
   * @param latency the server's delay per request
   * @param seconds how long each level is measured (after a short warm-up)
   * @param pageSize products per page
   * @return one entry per level of {@link #LEVELS}
   * @throws Exception if a fetch fails
   */
  public static List<Level> run(Duration latency, double seconds, int pageSize) throws Exception {
    StoreRoute route = new StoreRoute();
    List<Level> levels = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(route, latency, 32);
        WebserviceClient shop = Shop.client(server.baseUrl(), ResponseFormat.AUTO)) {
      RawClient raw = RawClient.webservice(Shop.KEY);
      shop.products().list(Query.builder().limit(0, pageSize).build());
      String template = route.lastUri().toString();
      LongConsumer sdkFetch =
          page -> {
            int n =
                shop.products()
                    .list(Query.builder().limit(page * pageSize, pageSize).build())
                    .items()
                    .size();
            check(n, pageSize);
          };
      LongConsumer rawFetch =
          page -> {
            URI uri =
                URI.create(
                    server.baseUrl()
                        + template.replaceFirst(
                            "limit=[^&]*", "limit=" + page * pageSize + "%2C" + pageSize));
            check(raw.get(uri, true).isEmpty() ? 0 : pageSize, pageSize);
          };
      // Warm both paths up once, so that the first level is not measured cold.
      rate(sdkFetch, 2, Math.min(1, seconds));
      rate(rawFetch, 2, Math.min(1, seconds));
      for (int c : LEVELS) {
        levels.add(new Level(c, rate(sdkFetch, c, seconds), rate(rawFetch, c, seconds)));
      }
    }
    return levels;
  }

  private static void check(int items, int pageSize) {
    if (items != pageSize) {
      throw new IllegalStateException("a page of " + items + " items, not " + pageSize);
    }
  }

  private static double rate(LongConsumer fetch, int concurrency, double seconds) throws Exception {
    AtomicLong next = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Long>> workers = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < concurrency; i++) {
        workers.add(
            pool.submit(
                () -> {
                  // At least one fetch each: a worker started late on a busy machine still
                  // counts, so a short level never measures zero pages.
                  long done = 0;
                  do {
                    fetch.accept(next.getAndIncrement());
                    done++;
                  } while (System.nanoTime() < end);
                  return done;
                }));
      }
      long pages = 0;
      for (Future<Long> worker : workers) {
        pages += worker.get();
      }
      return pages / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }
}
