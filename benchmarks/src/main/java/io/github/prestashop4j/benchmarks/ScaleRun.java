package io.github.prestashop4j.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import io.github.prestashop4j.core.paging.Watermark;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.jobs.ChangeFeed;
import io.github.prestashop4j.webservice.model.Order;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Pages through {@code N} typed orders (default 1,000,000) with {@code shop.orders().stream(...)},
 * then the same orders with {@code ChangeFeed}, reporting records per second, the peak heap and the
 * heap retained after a full GC at every tenth of the run. Run it with {@code -Xmx64m}: the store
 * runs in its own JVM ({@link OrderFeedServer}), so the heap measured is the client's alone.
 *
 * <p>Usage: {@code java -Xmx64m -cp benchmarks.jar io.github.prestashop4j.benchmarks.ScaleRun
 * [records] [pageSize]}.
 */
public final class ScaleRun {
  private ScaleRun() {}

  /** What one run measured. */
  public record Result(
      String name,
      long records,
      double seconds,
      long peakHeapBytes,
      long maxHeapBytes,
      long retainedBeforeBytes,
      List<Long> retainedBytes) {
    /**
     * Records per second.
     *
     * @return the rate
     */
    public double recordsPerSecond() {
      return records / seconds;
    }

    @Override
    public String toString() {
      StringBuilder retained = new StringBuilder();
      for (long b : retainedBytes) {
        retained.append(retained.length() == 0 ? "" : " ").append(mb(b));
      }
      return String.format(
          Locale.ROOT,
          "%-12s %,d records in %.1f s: %,.0f records/s; peak heap in use %s MB (just before a GC) of %s MB max; retained"
              + " after a full GC before the run %s MB, then at each tenth: %s",
          name,
          records,
          seconds,
          recordsPerSecond(),
          mb(peakHeapBytes),
          mb(maxHeapBytes),
          mb(retainedBeforeBytes),
          retained);
    }
  }

  /**
   * Runs both.
   *
   * @param args optional record count and page size
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    long records = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    System.out.printf(
        Locale.ROOT,
        "JVM %s %s, max heap %s MB, %d CPUs%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        mb(Runtime.getRuntime().maxMemory()),
        Runtime.getRuntime().availableProcessors());
    for (Result result : run(records, pageSize)) {
      System.out.println(result);
    }
  }

  /**
   * Starts the store in a child JVM and runs the stream then the change feed.
   *
   * @param records how many orders
   * @param pageSize orders per page
   * @return the two results
   * @throws IOException if the store cannot start
   */
  public static List<Result> run(long records, int pageSize) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process store =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                OrderFeedServer.class.getName(),
                Long.toString(records))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(store.getInputStream(), StandardCharsets.UTF_8));
      String baseUrl = out.readLine();
      if (baseUrl == null || !baseUrl.startsWith("http://")) {
        throw new IOException("the store did not start: " + baseUrl);
      }
      try (WebserviceClient shop = Shop.client(baseUrl, ResponseFormat.AUTO)) {
        List<Result> results = new ArrayList<>();
        results.add(measure("stream", records, count -> stream(shop, pageSize, count)));
        results.add(measure("change feed", records, count -> feed(shop, pageSize, count)));
        return results;
      }
    } finally {
      store.getOutputStream().close();
      store.destroy();
    }
  }

  private static void stream(WebserviceClient shop, int pageSize, Consumer<Order> count) {
    try (Stream<Order> orders = shop.orders().stream(Query.builder().pageSize(pageSize).build())) {
      orders.forEach(count);
    }
  }

  private static void feed(WebserviceClient shop, int pageSize, Consumer<Order> count) {
    Watermark since = ChangeFeed.watermarkAt(OrderFeedServer.BASE.minusDays(1));
    ChangeFeed.of(shop.orders(), Order::dateUpd).pageSize(pageSize).run(since, count::accept);
  }

  private static Result measure(String name, long expected, Consumer<Consumer<Order>> run) {
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    // The heap in use just before each collection: the highest of these is the run's peak.
    AtomicLong peak = new AtomicLong();
    NotificationListener listener =
        (notification, handback) -> {
          if (notification
              .getType()
              .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GcInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getMemoryUsageBeforeGc().entrySet()) {
              if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
              }
            }
            peak.accumulateAndGet(used, Math::max);
          }
        };
    List<NotificationEmitter> emitters = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    List<Long> retained = new ArrayList<>();
    long before = retainedHeap();
    AtomicLong seen = new AtomicLong();
    long tenth = Math.max(1, expected / 10);
    // The full collections that measure the retained heap are not the SDK's time: left out.
    AtomicLong gcNanos = new AtomicLong();
    long start = System.nanoTime();
    try {
      run.accept(
          order -> {
            long n = seen.incrementAndGet();
            if (order.id().orElseThrow() != n) {
              throw new IllegalStateException("order " + n + " has id " + order.id());
            }
            if (n % tenth == 0) {
              long measuring = System.nanoTime();
              retained.add(retainedHeap());
              gcNanos.addAndGet(System.nanoTime() - measuring);
            }
          });
    } finally {
      for (NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException ignored) {
          // Already gone.
        }
      }
    }
    double seconds = (System.nanoTime() - start - gcNanos.get()) / 1e9;
    if (seen.get() != expected) {
      throw new IllegalStateException(name + ": " + seen.get() + " orders, not " + expected);
    }
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Result(
        name,
        seen.get(),
        seconds,
        Math.max(peak.get(), now),
        Runtime.getRuntime().maxMemory(),
        before,
        List.copyOf(retained));
  }

  // A full collection, then what is still in use: memory the run holds on to.
  private static long retainedHeap() {
    ManagementFactory.getMemoryMXBean().gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }
}
