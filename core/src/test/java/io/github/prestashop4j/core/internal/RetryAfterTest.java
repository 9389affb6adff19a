package io.github.prestashop4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  // Wednesday, 21 October 2015, 07:28:00 UTC.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

  @Test
  void readsSeconds() {
    assertThat(RetryAfter.parse("2", CLOCK)).contains(Duration.ofSeconds(2));
  }

  @Test
  void readsSecondsSurroundedByWhitespace() {
    assertThat(RetryAfter.parse(" 120 ", CLOCK)).contains(Duration.ofSeconds(120));
  }

  @Test
  void readsZeroSeconds() {
    assertThat(RetryAfter.parse("0", CLOCK)).contains(Duration.ZERO);
  }

  @Test
  void readsAnHttpDateAsTheTimeLeftUntilIt() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", CLOCK))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void measuresAnHttpDateAgainstTheGivenClock() {
    Clock later = Clock.offset(CLOCK, Duration.ofSeconds(10));

    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", later))
        .contains(Duration.ofSeconds(20));
  }

  @Test
  void readsADateInThePastAsZero() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:27:00 GMT", CLOCK)).contains(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-5", "1.5", "+5", "2 s", "0x10", "5s", "Wed, 21 Oct 2015"})
  void isEmptyForAnUnreadableValue(String value) {
    assertThat(RetryAfter.parse(value, CLOCK)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void isEmptyForAMissingOrBlankValue(String value) {
    assertThat(RetryAfter.parse(value, CLOCK)).isEmpty();
  }

  @Test
  void readsMoreDigitsThanALongHoldsAsAVeryLongDelay() {
    String thirtyDigits = "123456789012345678901234567890";

    assertThat(RetryAfter.parse(thirtyDigits, CLOCK))
        .hasValueSatisfying(
            delay -> assertThat(delay).isGreaterThan(Duration.ofDays(365L * 1_000_000)));
  }
}
