package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.RateLimitException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {
  private final List<Long> latencies = new ArrayList<>();

  @RegisterExtension
  final FakePrestaShopExtension fake =
      FakePrestaShopExtension.of(FakePrestaShop.builder().latencySleeper(latencies::add));

  private WebserviceClient client(
      FakePrestaShop store, RetryPolicy retry, RecordingSleeper sleeper) {
    return WebserviceClient.builder()
        .baseUrl(store.baseUrl())
        .apiKey(store.apiKey())
        .httpConfig(
            ClientConfig.builder()
                .allowInsecureHttp(true)
                .retryPolicy(retry)
                .sleeper(sleeper)
                .build())
        .build();
  }

  @Test
  void a_503_burst_is_retried_by_the_sdk(FakePrestaShop store) {
    store.faults().serviceUnavailable(2);
    RecordingSleeper sleeper = new RecordingSleeper();
    try (WebserviceClient ws = client(store, RetryPolicy.defaults(), sleeper)) {
      assertThat(ws.resource("products").get(1).id()).hasValue(1);
    }
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(store.faults().pending()).isZero();
  }

  @Test
  void a_429_carries_retry_after(FakePrestaShop store) {
    store.faults().tooManyRequests(1, Duration.ofSeconds(7));
    try (WebserviceClient ws = client(store, RetryPolicy.none(), new RecordingSleeper())) {
      assertThatThrownBy(() -> ws.resource("products").get(1))
          .isInstanceOfSatisfying(
              RateLimitException.class, e -> assertThat(e.toString()).isNotEmpty());
      assertThat(ws.resource("products").get(1).id()).hasValue(1);
    }
  }

  @Test
  void reset_connections_and_truncated_bodies_fail_the_call(FakePrestaShop store) {
    // Two of each: the JDK client may transparently retry an idempotent request once.
    try (WebserviceClient ws = client(store, RetryPolicy.none(), new RecordingSleeper())) {
      store.faults().resetConnection(2);
      assertThatThrownBy(() -> ws.resource("products").get(1))
          .isInstanceOf(PrestaShopException.class);
      store.faults().clear();
      store.faults().truncateBody(2);
      assertThatThrownBy(() -> ws.resource("products").get(1))
          .isInstanceOf(PrestaShopException.class);
      store.faults().clear();
      assertThat(ws.resource("products").get(1).id()).hasValue(1);
    }
  }

  @Test
  void latency_goes_through_the_injected_sleeper(FakePrestaShop store) {
    store.faults().latency(Duration.ofMillis(250));
    try (WebserviceClient ws = client(store, RetryPolicy.none(), new RecordingSleeper())) {
      ws.resource("products").get(1);
    }
    assertThat(latencies).containsExactly(250L);
    store.faults().clear();
    assertThat(store.faults().toString()).contains("pending=0");
    assertThatThrownBy(() -> store.faults().serviceUnavailable(0)).hasMessageContaining("times");
  }

  @Test
  void durations_areCheckedWithTheSdkWording(FakePrestaShop store) {
    assertThatThrownBy(() -> store.faults().latency(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latency: must not be negative (got PT-1S)");
    assertThatThrownBy(() -> store.faults().latency(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("latency");
    assertThatThrownBy(() -> store.faults().tooManyRequests(1, Duration.ofSeconds(-2)))
        .hasMessage("retryAfter: must not be negative (got PT-2S)");
    assertThatThrownBy(() -> store.faults().tooManyRequests(0, Duration.ZERO))
        .hasMessage("times must be at least 1, was 0");
    assertThat(store.faults().latency(Duration.ZERO).pending()).isZero();
  }
}
