package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures small GET requests per second against a {@link FakePrestaShop} through the SDK's {@code
 * WebserviceClient}; prints the figure and asserts nothing about time. Off in the normal run; see
 * the testkit README for the command.
 */
@EnabledIfSystemProperty(named = "testkit.throughput", matches = "true")
class ThroughputTest {

  @Test
  void smallGetsPerSecond() throws Exception {
    int threads = Integer.getInteger("testkit.throughput.threads", 8);
    long seconds = Long.getLong("testkit.throughput.seconds", 10);
    String resource = System.getProperty("testkit.throughput.resource", "products");
    try (FakePrestaShop store = FakePrestaShop.builder().start();
        WebserviceClient ws =
            WebserviceClient.builder()
                .baseUrl(store.baseUrl())
                .apiKey(store.apiKey())
                .httpConfig(ClientConfig.builder().allowInsecureHttp(true).build())
                .build()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        run(pool, threads, ws, resource, System.nanoTime() + 3_000_000_000L); // warm-up
        long start = System.nanoTime();
        long done = run(pool, threads, ws, resource, start + seconds * 1_000_000_000L);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "testkit throughput: %d GET /api/%s/1 in %.1f s with %d client threads:"
                + " %.0f requests/s%n",
            done, resource, elapsed, threads, done / elapsed);
        assertThat(done).isPositive();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long run(
      ExecutorService pool, int threads, WebserviceClient ws, String resource, long until)
      throws Exception {
    AtomicLong count = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < until) {
                  ws.resource(resource).get(1);
                  count.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    return count.get();
  }
}
