package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expressions and identity of filters that the other filter tests leave open. */
class FilterEdgesTest {
  @Test
  void notEqualToNegatesOneValue() {
    Filter filter = Filter.notEqualTo("mug");

    assertThat(filter.expression()).isEqualTo("![mug]");
    assertThat(filter.operator()).isEqualTo("notEqualTo");
  }

  @Test
  void betweenWritesBothBounds() {
    assertThat(Filter.between(1, 5).expression()).isEqualTo("[1,5]");
    assertThat(Filter.between("2026-01-01", "2026-12-31 23:59:59").expression())
        .isEqualTo("[2026-01-01,2026-12-31 23:59:59]");
  }

  @Test
  void anyOtherNumberTypeIsWrittenInDecimalForm() {
    assertThat(Filter.equalTo(new AtomicLong(7)).expression()).isEqualTo("[7]");
  }

  @Test
  void equalFiltersShareAHashAndDifferentOnesDoNot() {
    assertThat(Filter.equalTo(1))
        .isEqualTo(Filter.equalTo("1"))
        .hasSameHashCodeAs(Filter.equalTo(1));
    assertThat(Filter.equalTo(1).hashCode()).isNotEqualTo(Filter.equalTo(2).hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[a", "]a", "\na", "\ra"})
  void aForbiddenCharacterIsRefusedEvenInFirstPlace(String value) {
    assertThatThrownBy(() -> Filter.equalTo(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSeparatorIsRefusedEvenInFirstPlace() {
    assertThatThrownBy(() -> Filter.in("|a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("|");
  }
}
