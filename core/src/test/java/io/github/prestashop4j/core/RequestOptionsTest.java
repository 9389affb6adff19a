package io.github.prestashop4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOptionsTest {

  @Test
  void defaultsOverrideNothing() {
    RequestOptions options = RequestOptions.defaults();

    assertThat(options.callTimeout()).isEmpty();
    assertThat(options.retryPolicy()).isEmpty();
    assertThat(options.headers().isEmpty()).isTrue();
  }

  @Test
  void anEmptyBuilderOverridesNothing() {
    RequestOptions options = RequestOptions.builder().build();

    assertThat(options.callTimeout()).isEmpty();
    assertThat(options.retryPolicy()).isEmpty();
    assertThat(options.headers().isEmpty()).isTrue();
  }

  @Test
  void keepsItsOverrides() {
    RequestOptions options =
        RequestOptions.builder()
            .callTimeout(Duration.ofSeconds(5))
            .retryPolicy(RetryPolicy.none())
            .header("X-Request-Id", "req-1")
            .header("x-request-id", "req-2")
            .build();

    assertThat(options.callTimeout()).contains(Duration.ofSeconds(5));
    assertThat(options.retryPolicy()).contains(RetryPolicy.none());
    assertThat(options.headers().allValues("X-Request-Id")).containsExactly("req-1", "req-2");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -60_000})
  void callTimeoutMustBePositive(long millis) {
    assertThatThrownBy(() -> RequestOptions.builder().callTimeout(Duration.ofMillis(millis)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("callTimeout:");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> RequestOptions.builder().callTimeout(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RequestOptions.builder().retryPolicy(null))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "AUTHORIZATION", "User-Agent", "Host", "Content-Length"})
  void headerRefusesHeadersTheSdkOrTransportOwn(String name) {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThatThrownBy(() -> builder.header(name, "Bearer s3cr3t-token"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name)
        .message()
        .doesNotContain("s3cr3t-token");
    assertThat(builder.build().headers().contains(name)).isFalse();
  }

  @Test
  void headerRefusesALineBreakInTheValue() {
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Request-Id", "a\nHost: evil"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilderKeepsEveryOverrideAndCopiesTheHeaders() {
    RequestOptions original =
        RequestOptions.builder()
            .callTimeout(Duration.ofSeconds(5))
            .retryPolicy(RetryPolicy.none())
            .header("X-Request-Id", "req-1")
            .build();

    RequestOptions derived = original.toBuilder().header("X-Request-Id", "req-2").build();

    assertThat(derived.callTimeout()).contains(Duration.ofSeconds(5));
    assertThat(derived.retryPolicy()).contains(RetryPolicy.none());
    assertThat(derived.headers().allValues("X-Request-Id")).containsExactly("req-1", "req-2");
    assertThat(original.headers().allValues("X-Request-Id")).containsExactly("req-1");
  }

  @Test
  void toStringRedactsSecretHeaders() {
    RequestOptions options =
        RequestOptions.builder().header("X-Api-Key", "s3cr3t-key").header("X-Trace", "t-1").build();

    assertThat(options.toString())
        .doesNotContain("s3cr3t-key")
        .contains("X-Api-Key: REDACTED")
        .contains("X-Trace: t-1");
  }
}
