package io.github.prestashop4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  /** The largest double below 1, the most a {@code nextDouble()} can return. */
  private static final double ALMOST_ONE = Math.nextDown(1.0);

  @Test
  void defaultsAreThreeAttemptsHalfSecondTenSecondsSixtySecondsAndGatewayStatuses() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.maxAttempts()).isEqualTo(3);
    assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.retryableStatuses()).containsExactlyInAnyOrder(429, 502, 503, 504);
  }

  @Test
  void builderStartsFromTheDefaults() {
    assertThat(RetryPolicy.builder().build()).isEqualTo(RetryPolicy.defaults());
  }

  @Test
  void noneMakesASingleAttemptAndKeepsTheOtherDefaults() {
    RetryPolicy none = RetryPolicy.none();

    assertThat(none.maxAttempts()).isEqualTo(1);
    assertThat(none.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(none.retryableStatuses()).containsExactlyInAnyOrder(429, 502, 503, 504);
    assertThat(none).isNotEqualTo(RetryPolicy.defaults());
  }

  @Test
  void retryableStatusesCannotBeModified() {
    Set<Integer> statuses = RetryPolicy.defaults().retryableStatuses();

    assertThatThrownBy(() -> statuses.add(500)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void retryableStatusesAreCopiedFromTheCallersSet() {
    Set<Integer> statuses = new HashSet<>(Set.of(503));
    RetryPolicy policy = RetryPolicy.builder().retryableStatuses(statuses).build();

    statuses.add(500);

    assertThat(policy.retryableStatuses()).containsExactly(503);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 6, 60, Integer.MAX_VALUE})
  void backoffIsZeroWhenTheRandomNumberIsZero(int retry) {
    assertThat(RetryPolicy.defaults().backoff(retry, 0.0)).isZero();
  }

  @ParameterizedTest(name = "retry {0} waits just under {1} ms")
  @CsvSource({"1, 500", "2, 1000", "3, 2000", "4, 4000", "5, 8000", "6, 10000"})
  void backoffDoublesFromTheInitialBackoffUpToTheCap(int retry, long ceilingMillis) {
    Duration ceiling = Duration.ofMillis(ceilingMillis);

    Duration wait = RetryPolicy.defaults().backoff(retry, ALMOST_ONE);

    assertThat(wait).isLessThan(ceiling).isGreaterThan(ceiling.minusMillis(1));
  }

  @Test
  void backoffScalesLinearlyWithTheRandomNumber() {
    // retry 3: ceiling 2 s with the defaults.
    assertThat(RetryPolicy.defaults().backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(RetryPolicy.defaults().backoff(3, 0.25)).isEqualTo(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 60, 64, 1000, Integer.MAX_VALUE})
  void backoffNeverPassesTheCapHoweverLateTheRetry(int retry) {
    Duration wait = RetryPolicy.defaults().backoff(retry, ALMOST_ONE);

    assertThat(wait)
        .isLessThanOrEqualTo(Duration.ofSeconds(10))
        .isGreaterThan(Duration.ofSeconds(10).minusMillis(1));
  }

  @Test
  void backoffDoesNotOverflowWithTheLargestCap() {
    Duration cap = Duration.ofHours(1);
    RetryPolicy policy =
        RetryPolicy.builder().initialBackoff(Duration.ofNanos(1)).maxBackoff(cap).build();

    for (int retry : new int[] {30, 40, 60, 64, 100, Integer.MAX_VALUE}) {
      Duration wait = policy.backoff(retry, ALMOST_ONE);
      assertThat(wait).as("retry %d", retry).isPositive().isLessThanOrEqualTo(cap);
    }
  }

  @Test
  void backoffsLongerThanAnHourAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMinutes(61)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxBackoff: must be at most PT1H");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofDays(365L * 300)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("initialBackoff: ");
  }

  @Test
  void backoffCapsAtMaxBackoffWhenItIsNotAPowerOfTwoOfTheInitialBackoff() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofSeconds(1))
            .maxBackoff(Duration.ofSeconds(3))
            .build();

    assertThat(policy.backoff(1, ALMOST_ONE)).isLessThan(Duration.ofSeconds(1));
    assertThat(policy.backoff(2, ALMOST_ONE))
        .isLessThan(Duration.ofSeconds(2))
        .isGreaterThan(Duration.ofMillis(1999));
    assertThat(policy.backoff(3, ALMOST_ONE))
        .isLessThan(Duration.ofSeconds(3))
        .isGreaterThan(Duration.ofMillis(2999));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void backoffRefusesARetryBelowOne(int retry) {
    assertThatThrownBy(() -> RetryPolicy.defaults().backoff(retry, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("retry:");
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.0, -0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void backoffRefusesARandomNumberOutsideZeroToOne(double random) {
    assertThatThrownBy(() -> RetryPolicy.defaults().backoff(1, random))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("random:");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -1})
  void maxAttemptsMustBeFromOneToTen(int maxAttempts) {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(maxAttempts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxAttempts:")
        .hasMessageContaining(String.valueOf(maxAttempts));
  }

  @Test
  void maxAttemptsAcceptsTheBounds() {
    assertThat(RetryPolicy.builder().maxAttempts(1).build().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.builder().maxAttempts(10).build().maxAttempts()).isEqualTo(10);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -500})
  void initialBackoffMustBePositive(long millis) {
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(millis)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("initialBackoff:");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -500})
  void maxBackoffMustBePositive(long millis) {
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(millis)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxBackoff:");
  }

  @Test
  void maxRetryAfterMustNotBeNegativeButMayBeZero() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxRetryAfter:");
    assertThat(RetryPolicy.builder().maxRetryAfter(Duration.ZERO).build().maxRetryAfter()).isZero();
  }

  @Test
  void nullDurationsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("initialBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("maxBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("maxRetryAfter");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 204, 301, 399, 600})
  void retryableStatusesMustBeErrorStatuses(int status) {
    assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(Set.of(429, status)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("retryableStatuses:")
        .hasMessageContaining(String.valueOf(status));
  }

  @Test
  void retryableStatusesAcceptTheBoundsAndAnEmptySet() {
    assertThat(
            RetryPolicy.builder().retryableStatuses(Set.of(400, 599)).build().retryableStatuses())
        .containsExactlyInAnyOrder(400, 599);
    assertThat(RetryPolicy.builder().retryableStatuses(Set.of()).build().retryableStatuses())
        .isEmpty();
  }

  @Test
  void aRefusedSettingLeavesTheBuilderUnchanged() {
    RetryPolicy.Builder builder = RetryPolicy.builder();

    assertThatThrownBy(() -> builder.maxAttempts(11)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retryableStatuses(Set.of(200)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(builder.build()).isEqualTo(RetryPolicy.defaults());
  }

  @Test
  void buildRefusesAnInitialBackoffLongerThanTheCap() {
    RetryPolicy.Builder builder =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofSeconds(5))
            .maxBackoff(Duration.ofSeconds(1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("initialBackoff:")
        .hasMessageContaining("maxBackoff");
  }

  @Test
  void buildAcceptsAnInitialBackoffEqualToTheCap() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofSeconds(2))
            .maxBackoff(Duration.ofSeconds(2))
            .build();

    assertThat(policy.backoff(5, ALMOST_ONE)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void toBuilderRoundTripsEverySetting() {
    RetryPolicy policy = custom();

    RetryPolicy copy = policy.toBuilder().build();

    assertThat(copy).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(copy.maxAttempts()).isEqualTo(5);
    assertThat(copy.initialBackoff()).isEqualTo(Duration.ofMillis(100));
    assertThat(copy.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
    assertThat(copy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(5));
    assertThat(copy.retryableStatuses()).containsExactlyInAnyOrder(500, 503);
  }

  @Test
  void changingTheBuilderFromToBuilderLeavesTheOriginalAlone() {
    RetryPolicy policy = custom();

    RetryPolicy changed = policy.toBuilder().maxAttempts(2).build();

    assertThat(policy.maxAttempts()).isEqualTo(5);
    assertThat(changed.maxAttempts()).isEqualTo(2);
    assertThat(changed).isNotEqualTo(policy);
  }

  @Test
  void equalsComparesEverySetting() {
    RetryPolicy policy = custom();

    assertThat(policy).isEqualTo(custom()).hasSameHashCodeAs(custom());
    assertThat(policy)
        .isNotEqualTo(policy.toBuilder().maxAttempts(4).build())
        .isNotEqualTo(policy.toBuilder().initialBackoff(Duration.ofMillis(101)).build())
        .isNotEqualTo(policy.toBuilder().maxBackoff(Duration.ofSeconds(3)).build())
        .isNotEqualTo(policy.toBuilder().maxRetryAfter(Duration.ofSeconds(6)).build())
        .isNotEqualTo(policy.toBuilder().retryableStatuses(Set.of(500)).build())
        .isNotEqualTo(null)
        .isNotEqualTo("RetryPolicy");
  }

  @Test
  void toStringListsTheSettingsWithSortedStatuses() {
    assertThat(RetryPolicy.defaults().toString())
        .isEqualTo(
            "RetryPolicy[maxAttempts=3, initialBackoff=PT0.5S, maxBackoff=PT10S,"
                + " maxRetryAfter=PT1M, retryableStatuses=[429, 502, 503, 504]]");
  }

  private static RetryPolicy custom() {
    return RetryPolicy.builder()
        .maxAttempts(5)
        .initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofSeconds(2))
        .maxRetryAfter(Duration.ofSeconds(5))
        .retryableStatuses(Set.of(503, 500))
        .build();
  }
}
