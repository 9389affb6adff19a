package io.github.prestashop4j.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.account.testing.TestKeys;
import io.github.prestashop4j.core.testing.MutableClock;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyCacheTest {
  static final TestKeys OLD = TestKeys.generate("old");
  static final TestKeys NEW = TestKeys.generate("new");

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  final ExecutorService threads = Executors.newFixedThreadPool(2);
  final CountDownLatch fetchStarted = new CountDownLatch(1);
  final CountDownLatch releaseFetch = new CountDownLatch(1);
  final AtomicInteger fetches = new AtomicInteger();

  @AfterEach
  void stop() {
    releaseFetch.countDown();
    threads.shutdownNow();
  }

  // The first fetch answers at once; later ones stall until released, then answer or fail.
  KeyCache cache(Supplier<Map<String, RSAPublicKey>> stalledAnswer) {
    return new KeyCache(
        () -> {
          if (fetches.incrementAndGet() == 1) {
            return Map.of(OLD.kid(), OLD.publicKey());
          }
          fetchStarted.countDown();
          try {
            releaseFetch.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return stalledAnswer.get();
        },
        clock,
        Duration.ofHours(1),
        Duration.ofMinutes(5));
  }

  @Test
  void aRefreshInFlightDoesNotBlockCallersThatHaveCachedKeys() throws Exception {
    KeyCache cache = cache(() -> Map.of(NEW.kid(), NEW.publicKey()));
    assertThat(cache.find(OLD.kid())).isEqualTo(OLD.publicKey());
    clock.advance(Duration.ofHours(2));

    CompletableFuture<RSAPublicKey> refreshing =
        CompletableFuture.supplyAsync(() -> cache.find(NEW.kid()), threads);
    assertThat(fetchStarted.await(30, TimeUnit.SECONDS)).isTrue();

    // The fetch is still stalled: a second caller gets the expired keys instead of waiting.
    CompletableFuture<RSAPublicKey> other =
        CompletableFuture.supplyAsync(() -> cache.find(OLD.kid()), threads);
    assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(OLD.publicKey());
    assertThat(refreshing).isNotDone();
    assertThat(fetches).hasValue(2);

    releaseFetch.countDown();
    assertThat(refreshing.get(30, TimeUnit.SECONDS)).isEqualTo(NEW.publicKey());
    assertThat(cache.find(NEW.kid())).isEqualTo(NEW.publicKey());
    assertThat(fetches).hasValue(2);
  }

  @Test
  void aFailedRefreshKeepsTheStaleKeysUntilTheRefetchInterval() throws Exception {
    KeyCache cache =
        cache(
            () -> {
              throw new IllegalStateException("issuer down");
            });
    cache.find(OLD.kid());
    clock.advance(Duration.ofHours(2));
    releaseFetch.countDown();

    assertThat(cache.find(OLD.kid())).isEqualTo(OLD.publicKey());
    assertThat(cache.find(OLD.kid())).isEqualTo(OLD.publicKey());
    assertThat(fetches).hasValue(2);
    clock.advance(Duration.ofMinutes(5));
    assertThat(cache.find(OLD.kid())).isEqualTo(OLD.publicKey());
    assertThat(fetches).hasValue(3);
  }
}
