package io.github.prestashop4j.testkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.prestashop4j.account.AccountClient;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.billing.BillingClient;
import io.github.prestashop4j.cloudsync.CloudSyncClient;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.core.testing.MutableClock;
import io.github.prestashop4j.testkit.FakePrestaShop;
import io.github.prestashop4j.testkit.FakePrestaShopCloud;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.WebserviceResource;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * One Webservice, Account, Billing and CloudSync client each, shared by 32 threads (platform
 * threads, and virtual threads on Java 21 and later) making mixed reads and writes against the fake
 * store and fake cloud. The results are right, each token provider fetches one token per expiry
 * (the clock is injected and moved between rounds), and nothing deadlocks: every task ends within a
 * generous deadline.
 */
class SharedClientConcurrencyTest {
  private static final int THREADS = 32;
  private static final int ROUNDS = 3;
  private static final String SHOP = FakePrestaShopCloud.DEMO_SHOP_UUID;

  /** Generous: only "ends within its deadline" is asserted, on a shared 2-core machine. */
  private static final long ROUND_DEADLINE_SECONDS = 60;

  @Test
  void thirtyTwoPlatformThreads() throws Exception {
    run(Executors.newFixedThreadPool(THREADS));
  }

  @Test
  void thirtyTwoVirtualThreads() throws Exception {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21");
    // The build compiles against Java 17's API: reach the Java 21 factory by reflection.
    ExecutorService virtual =
        (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    run(virtual);
  }

  private void run(ExecutorService executor) throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    WireMockServer tokens = new WireMockServer(options().dynamicPort());
    try (FakePrestaShop store = FakePrestaShop.builder().start();
        FakePrestaShopCloud cloud = FakePrestaShopCloud.builder().clock(clock).start()) {
      tokens.start();
      // The token endpoint seen through WireMock, which counts the fetches.
      tokens.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(cloud.baseUrl())));
      CloudEnvironment env =
          CloudEnvironment.custom(
              URI.create("http://localhost:" + tokens.port()), URI.create(cloud.accountsApiUrl()));
      ClientConfig config = Targets.httpBuilder().clock(clock).build();
      int manufacturersBefore = store.count("manufacturers");
      try (OAuth2ClientCredentials accountToken =
              cloud.vendorCredentials().tokenProvider(env).httpConfig(config).build();
          WebserviceClient ws =
              WebserviceClient.builder()
                  .baseUrl(store.baseUrl())
                  .apiKey(store.apiKey())
                  .httpConfig(config)
                  .build();
          AccountClient account =
              AccountClient.builder()
                  .environment(env)
                  .auth(accountToken)
                  .httpConfig(config)
                  .build();
          BillingClient billing =
              BillingClient.builder()
                  .environment(env)
                  .billingApiBaseUrl(cloud.billingApiUrl())
                  .gatewayBaseUrl(cloud.billingGatewayUrl())
                  .credentials(cloud.vendorCredentials())
                  .httpConfig(config)
                  .build();
          CloudSyncClient sync =
              CloudSyncClient.builder()
                  .environment(env)
                  .baseUrl(cloud.cloudSyncUrl())
                  .credentials(cloud.vendorCredentials(), "acme")
                  .httpConfig(config)
                  .build()) {
        for (int round = 0; round < ROUNDS; round++) {
          CountDownLatch start = new CountDownLatch(1);
          List<Future<?>> tasks = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            String tag = "t" + t + "-r" + round;
            tasks.add(
                executor.submit(
                    () -> {
                      start.await();
                      mixedCalls(tag, ws, account, billing, sync);
                      return null;
                    }));
          }
          start.countDown(); // all at once: the token refresh is contended
          for (Future<?> task : tasks) {
            try {
              task.get(ROUND_DEADLINE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
              // Only a task that never ends can be deadlocked: say which threads are, if any.
              long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
              throw new AssertionError(
                  "a task did not end; deadlocked thread ids: "
                      + (deadlocked == null ? "none" : Arrays.toString(deadlocked))
                      + "; "
                      + List.of(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)));
            }
          }
          // Every token is now stale: the next round must fetch exactly one per provider.
          clock.advance(Duration.ofHours(2));
        }
        int fetches =
            tokens
                .countRequestsMatching(postRequestedFor(urlPathEqualTo("/oauth2/token")).build())
                .getCount();
        System.out.printf(
            "concurrency (%s): %d threads x %d rounds, %d token fetches%n",
            executor.getClass().getSimpleName(), THREADS, ROUNDS, fetches);
        // Three providers (Account, Billing, CloudSync), one fetch each per round.
        assertThat(fetches).isEqualTo(3 * ROUNDS);
      } finally {
        executor.shutdownNow();
        tokens.stop();
      }
      // Every manufacturer created was deleted again.
      assertThat(store.count("manufacturers")).isEqualTo(manufacturersBefore);
    }
  }

  private static void mixedCalls(
      String tag,
      WebserviceClient ws,
      AccountClient account,
      BillingClient billing,
      CloudSyncClient sync) {
    WebserviceResource manufacturers = ws.resource("manufacturers");
    assertThat(ws.resource("products").get(1).text("id")).contains("1");
    Entity created =
        manufacturers.create(
            Entity.builder("manufacturer").set("name", tag).set("active", "1").build());
    long id = Long.parseLong(created.text("id").orElseThrow());
    assertThat(manufacturers.get(id).text("name")).contains(tag);
    Entity patched =
        manufacturers.patch(
            Entity.builder("manufacturer")
                .set("id", String.valueOf(id))
                .set("name", tag + "-patched")
                .build());
    assertThat(patched.text("name")).contains(tag + "-patched");
    assertThat(billing.customer(SHOP).id()).isEqualTo(SHOP);
    assertThat(sync.shop(SHOP).info().url()).isPresent();
    assertThat(account.shopIdentityStatus(SHOP).verified()).isTrue();
    manufacturers.delete(id);
    assertThat(manufacturers.find(id)).isEmpty();
  }
}
