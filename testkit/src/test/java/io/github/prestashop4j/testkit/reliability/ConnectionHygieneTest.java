package io.github.prestashop4j.testkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.prestashop4j.account.AccountClient;
import io.github.prestashop4j.billing.BillingClient;
import io.github.prestashop4j.cloudsync.CloudSyncClient;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.TransportException;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 10,000 mixed calls (successes, 404s, 500s on POST, 503s retried to exhaustion, connections reset
 * by the server) through long-lived Webservice, Account, Billing and CloudSync clients against
 * WireMock with keep-alive; the JVM's threads and open file descriptors (sockets included) are
 * counted before, during and after. Nothing may grow with the number of calls, and closing the
 * clients gives everything back.
 */
class ConnectionHygieneTest {
  private static final int CALLS = 10_000;
  private static final String SHOP = Targets.SHOP;

  @Test
  void tenThousandCallsLeakNoThreadAndNoSocket() throws Exception {
    // JDK clients left by earlier tests in this JVM (on Java 17 they go at garbage collection).
    Set<String> leftovers = httpClientIds();
    try (Targets targets = new Targets()) {
      WireMockServer wm = new WireMockServer(options().dynamicPort().containerThreads(16));
      wm.start();
      try {
        stubAnswers(targets, wm);
        String base = "http://localhost:" + wm.port();
        Set<String> kept = httpClientIds(); // the fakes' and the token providers', open throughout
        kept.removeAll(leftovers);
        // Warm up: classes loaded, the server's threads started; then wait for the warm-up clients
        // and earlier tests' clients to be gone, so that the baseline holds only what stays.
        measuredRun(targets, base, 200, new TreeMap<>());
        awaitOnly(kept);
        Counts before = Counts.now();
        Set<String> clientsBefore = httpClientIds();

        Map<String, Integer> outcomes = new TreeMap<>();
        // In a method of its own: once it returns, no stack slot holds the closed clients.
        Counts[] measured = measuredRun(targets, base, CALLS, outcomes);
        Counts during = measured[0];
        Counts end = measured[1];
        Counts closed = awaitClientsReleased(before, clientsBefore);
        System.out.printf(
            "connection hygiene: %d calls %s; before %s, after 2,000 calls %s, after 10,000 %s,"
                + " after close %s%n",
            CALLS, outcomes, before, during, end, closed);

        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CALLS);
        assertThat(outcomes).containsOnlyKeys("ok", "not found", "500", "503", "reset");
        // While open: nothing grows with the number of calls (from call 2,000 to call 10,000).
        assertThat(end.threads() - during.threads()).as("threads").isLessThanOrEqualTo(4);
        assertThat(end.fds() - during.fds()).as("file descriptors").isLessThanOrEqualTo(4);
        // Closed: the clients' HTTP threads are gone, sockets back to where they started.
        assertThat(threadsOfClientsSince(clientsBefore))
            .as("threads of the closed clients")
            .isEmpty();
        assertThat(closed.fds() - before.fds()).as("file descriptors").isLessThanOrEqualTo(4);
        if (Runtime.version().feature() >= 21) {
          assertThat(closed.threads() - before.threads()).as("threads").isLessThanOrEqualTo(4);
        }
      } finally {
        wm.stop();
      }
    }
  }

  /** Runs calls through long-lived clients; counts after the first fifth of them and at the end. */
  private static Counts[] measuredRun(
      Targets targets, String base, int calls, Map<String, Integer> outcomes) {
    Counts during = null;
    Counts end;
    ClientConfig config = Targets.httpBuilder().sleeper(new RecordingSleeper()).build();
    try (WebserviceClient ws = targets.webservice(base, config);
        AccountClient account = targets.account(base, config);
        BillingClient billing =
            targets.billing(base + "/billing-api", base + "/billing-gateway", config);
        CloudSyncClient sync = targets.cloudSync(base, config)) {
      for (int i = 0; i < calls; i++) {
        if (i == calls / 5) {
          during = Counts.now();
        }
        call(i, ws, account, billing, sync, outcomes);
      }
      end = Counts.now();
    }
    return new Counts[] {during, end};
  }

  private static void call(
      int i,
      WebserviceClient ws,
      AccountClient account,
      BillingClient billing,
      CloudSyncClient sync,
      Map<String, Integer> outcomes) {
    String outcome;
    try {
      if (i % 250 == 249) {
        ws.resource("products").get(3); // reset every time: retried, then given up
      } else if (i % 250 == 248) {
        ws.resource("products").get(4); // 503 every time: retried, then given up
      } else if (i % 100 == 99) {
        ws.resource("manufacturers")
            .create(Entity.builder("manufacturer").set("name", "x").set("active", "1").build());
      } else {
        switch (i % 10) {
          case 6 -> ws.resource("products").get(404);
          case 7 -> billing.customer(SHOP);
          case 8 -> sync.shop(SHOP).info();
          case 9 -> account.shopIdentityStatus(SHOP);
          default -> ws.resource("products").get(1);
        }
      }
      outcome = "ok";
    } catch (NotFoundException e) {
      outcome = "not found";
    } catch (ApiException e) {
      outcome = String.valueOf(e.statusCode());
    } catch (TransportException e) {
      outcome = "reset";
    }
    outcomes.merge(outcome, 1, Integer::sum);
  }

  /** Copies the fakes' real answers into WireMock, which then serves them with keep-alive. */
  private static void stubAnswers(Targets targets, WireMockServer wm) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((Targets.WS_KEY + ":").getBytes(StandardCharsets.US_ASCII));
    copy(
        http,
        wm,
        targets.store.baseUrl(),
        "/api/products/1",
        "display=full&output_format=JSON",
        basic);
    copy(
        http,
        wm,
        targets.cloud.baseUrl(),
        "/billing-api/v1/customers/" + SHOP,
        null,
        targets.billingToken.authorizationHeader());
    copy(
        http,
        wm,
        targets.cloud.baseUrl(),
        "/cloudsync/raw/v1/" + SHOP + "/shop",
        null,
        targets.cloudSyncToken.authorizationHeader());
    copy(
        http,
        wm,
        targets.cloud.baseUrl(),
        "/accounts/v1/shop-identities/" + SHOP + "/status",
        null,
        targets.accountToken.authorizationHeader());
    wm.stubFor(
        get(urlPathEqualTo("/api/products/404"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"errors\":[{\"code\":87,\"message\":\"not found\"}]}")));
    wm.stubFor(
        get(urlPathEqualTo("/api/products/3"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.stubFor(get(urlPathEqualTo("/api/products/4")).willReturn(aResponse().withStatus(503)));
    wm.stubFor(
        post(urlPathEqualTo("/api/manufacturers"))
            .willReturn(aResponse().withStatus(500).withBody("fatal")));
  }

  private static void copy(
      HttpClient http, WireMockServer wm, String upstream, String path, String query, String auth)
      throws Exception {
    URI uri = URI.create(upstream + path + (query == null ? "" : "?" + query));
    HttpResponse<byte[]> answer =
        http.send(
            HttpRequest.newBuilder(uri).header("Authorization", auth).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    var response = aResponse().withStatus(200).withBody(answer.body());
    answer
        .headers()
        .firstValue("Content-Type")
        .ifPresent(v -> response.withHeader("Content-Type", v));
    answer
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (name.toLowerCase(java.util.Locale.ROOT).startsWith("psws-version")) {
                response.withHeader(name, values.get(0));
              }
            });
    wm.stubFor(get(urlPathEqualTo(path)).willReturn(response));
  }

  /**
   * Waits until the closed clients' threads and sockets are gone (on Java 17 the JDK's client
   * releases them when it is garbage-collected, so this asks for collections), for at most 20 s.
   */
  private static Counts awaitClientsReleased(Counts target, Set<String> clientsBefore) {
    await(
        () ->
            threadsOfClientsSince(clientsBefore).isEmpty()
                && Counts.now().fds() <= target.fds() + 4);
    return Counts.now();
  }

  /**
   * Waits (collecting garbage) until only the {@code kept} JDK clients have threads; at most 20 s.
   */
  private static void awaitOnly(Set<String> kept) {
    await(() -> threadsOfClientsSince(kept).isEmpty());
  }

  // Asks for collections while polling, for at most 20 s: on Java 17 a closed JDK client lets its
  // threads and sockets go only once it is garbage-collected.
  private static void await(BooleanSupplier done) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean() && System.nanoTime() < until) {
      System.gc();
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos()); // polling a condition, not timing
    }
  }

  private static final Pattern CLIENT_THREAD = Pattern.compile("HttpClient-(\\d+)-.*");

  /** The ids of the JDK HTTP clients that have threads (named HttpClient-<id>-...). */
  private static Set<String> httpClientIds() {
    Set<String> ids = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      Matcher m = CLIENT_THREAD.matcher(t.getName());
      if (m.matches()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /**
   * Threads of JDK HTTP clients created after {@code before} was taken that must be gone once the
   * clients are closed: all of them from Java 21, where closing the SDK's clients closes the JDK's.
   * On Java 17 the JDK's client has no close(): its selector thread and connections go when it is
   * collected, but the idle workers of its default cached pool live on for their 60 s keep-alive
   * (bounded, and not growing with calls: checked above), so they are not counted there.
   */
  private static List<String> threadsOfClientsSince(Set<String> before) {
    boolean closeable = Runtime.version().feature() >= 21;
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      Matcher m = CLIENT_THREAD.matcher(t.getName());
      if (m.matches()
          && !before.contains(m.group(1))
          && (closeable || !t.getName().contains("-Worker-"))) {
        names.add(t.getName());
      }
    }
    return names;
  }

  /** Live threads, the JDK HTTP client's threads among them, and open file descriptors. */
  record Counts(int threads, int clientThreads, long fds) {
    static Counts now() {
      int client = 0;
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().startsWith("HttpClient-")) {
          client++;
        }
      }
      return new Counts(ManagementFactory.getThreadMXBean().getThreadCount(), client, openFds());
    }

    /**
     * com.sun.management.UnixOperatingSystemMXBean#getOpenFileDescriptorCount, by reflection: the
     * test sources compile against the testkit module, which does not read jdk.management.
     */
    private static long openFds() {
      try {
        Class<?> unix = Class.forName("com.sun.management.UnixOperatingSystemMXBean");
        Object os = ManagementFactory.getOperatingSystemMXBean();
        if (unix.isInstance(os)) {
          return (Long) unix.getMethod("getOpenFileDescriptorCount").invoke(os);
        }
      } catch (ReflectiveOperationException e) {
        // Not a HotSpot JDK on Unix: count /proc/self/fd below.
      }
      String[] open = new File("/proc/self/fd").list();
      return open == null ? -1 : open.length;
    }

    @Override
    public String toString() {
      return threads + " threads (" + clientThreads + " of the JDK HTTP client), " + fds + " fds";
    }
  }
}
