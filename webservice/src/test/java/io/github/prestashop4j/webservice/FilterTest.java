package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterTest {

  static Stream<Arguments> operators() {
    return Stream.of(
        Arguments.of(Filter.equalTo(1), "[1]", "equalTo"),
        Arguments.of(
            Filter.equalTo("Hummingbird printed t-shirt"),
            "[Hummingbird printed t-shirt]",
            "equalTo"),
        Arguments.of(Filter.equalTo("a,b"), "[a,b]", "equalTo"),
        Arguments.of(Filter.in(1, 3, 5), "[1|3|5]", "in"),
        Arguments.of(Filter.in("x"), "[x]", "in"),
        Arguments.of(Filter.in("1,2", "3"), "[1,2|3]", "in"),
        Arguments.of(Filter.notEqualTo(1), "![1]", "notEqualTo"),
        Arguments.of(Filter.notIn(4, 5), "![4|5]", "notIn"),
        Arguments.of(Filter.between(3, 6), "[3,6]", "between"),
        Arguments.of(Filter.between(-5, "2.5"), "[-5,2.5]", "between"),
        Arguments.of(
            Filter.between(
                LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2099, 12, 31, 23, 59, 59)),
            "[2000-01-01 00:00:00,2099-12-31 23:59:59]",
            "between"),
        Arguments.of(
            Filter.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
            "[2024-02-01,2024-02-29]",
            "between"),
        Arguments.of(Filter.beginsWith("Hummingbird"), "[Hummingbird]%", "beginsWith"),
        Arguments.of(Filter.endsWith("cushion"), "%[cushion]", "endsWith"),
        Arguments.of(Filter.contains("mug"), "%[mug]%", "contains"),
        Arguments.of(Filter.contains("a|b, c<>!&=+%"), "%[a|b, c<>!&=+%]%", "contains"),
        Arguments.of(Filter.greaterThan(30), ">[30]", "greaterThan"),
        Arguments.of(Filter.lessThan(new BigDecimal("15.50")), "<[15.50]", "lessThan"),
        Arguments.of(Filter.greaterThan("b|c"), ">[b|c]", "greaterThan"));
  }

  @ParameterizedTest(name = "{2} -> {1}")
  @MethodSource("operators")
  void everyOperatorHasTheServerSyntax(Filter filter, String expected, String operator) {
    assertThat(filter.expression()).isEqualTo(expected);
    assertThat(filter.operator()).isEqualTo(operator);
    assertThat(filter.toString()).contains(expected);
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("text", "text"),
        Arguments.of(42, "42"),
        Arguments.of(42L, "42"),
        Arguments.of((short) 7, "7"),
        Arguments.of((byte) 7, "7"),
        Arguments.of(
            new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890"),
        Arguments.of(new BigDecimal("1E+3"), "1000"),
        Arguments.of(new BigDecimal("0.000001"), "0.000001"),
        Arguments.of(29.9d, "29.9"),
        Arguments.of(1e20d, "100000000000000000000"),
        Arguments.of(1.5f, "1.5"),
        Arguments.of(true, "1"),
        Arguments.of(false, "0"),
        Arguments.of(LocalDate.of(2019, 11, 14), "2019-11-14"),
        Arguments.of(LocalDateTime.of(2019, 11, 14, 13, 0, 5, 999_000_000), "2019-11-14 13:00:05"),
        Arguments.of(new StringBuilder("sb"), "sb"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("values")
  void valuesAreFormattedForTheServer(Object value, String expected) {
    assertThat(Filter.equalTo(value).expression()).isEqualTo("[" + expected + "]");
  }

  static Stream<Arguments> refusals() {
    return Stream.<Arguments>of(
        Arguments.of((Runnable) () -> Filter.equalTo(""), "equalTo", "code 33"),
        Arguments.of((Runnable) () -> Filter.equalTo("a|b"), "equalTo", "'|'"),
        Arguments.of((Runnable) () -> Filter.equalTo("3,6"), "equalTo", "interval"),
        Arguments.of(
            (Runnable) () -> Filter.equalTo("2020-01-01 00:00:00,2021-01-01"),
            "equalTo",
            "interval"),
        Arguments.of((Runnable) () -> Filter.equalTo("a[b"), "equalTo", "'['"),
        Arguments.of((Runnable) () -> Filter.equalTo("a]b"), "equalTo", "']'"),
        Arguments.of((Runnable) () -> Filter.equalTo("a\nb"), "equalTo", "line break"),
        Arguments.of(
            (Runnable) () -> Filter.equalTo(new Object()), "equalTo", "unsupported value type"),
        Arguments.of((Runnable) () -> Filter.equalTo(Double.NaN), "equalTo", "finite"),
        Arguments.of((Runnable) () -> Filter.in(), "in", "at least one value"),
        Arguments.of((Runnable) () -> Filter.in("a", "b|c"), "in", "'|'"),
        Arguments.of((Runnable) () -> Filter.in("1,2"), "in", "interval"),
        Arguments.of((Runnable) () -> Filter.in("a", ""), "in", "empty"),
        Arguments.of((Runnable) () -> Filter.notIn(), "notIn", "at least one value"),
        Arguments.of((Runnable) () -> Filter.notEqualTo("x|y"), "notEqualTo", "'|'"),
        Arguments.of((Runnable) () -> Filter.between("a", 3), "between", "not a number or a date"),
        Arguments.of((Runnable) () -> Filter.between(1, "2,3"), "between", "bound to"),
        Arguments.of((Runnable) () -> Filter.between(true, 3), "between", "Boolean"),
        Arguments.of((Runnable) () -> Filter.between("", 3), "between", "empty"),
        Arguments.of((Runnable) () -> Filter.beginsWith(""), "beginsWith", "empty"),
        Arguments.of((Runnable) () -> Filter.endsWith("[x"), "endsWith", "'['"),
        Arguments.of((Runnable) () -> Filter.contains("x]"), "contains", "']'"),
        Arguments.of((Runnable) () -> Filter.contains("a\r\nb"), "contains", "line break"),
        Arguments.of((Runnable) () -> Filter.greaterThan("[1]"), "greaterThan", "'['"),
        Arguments.of((Runnable) () -> Filter.lessThan(""), "lessThan", "empty"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("refusals")
  void valuesTheServerWouldMisreadAreRefused(Runnable call, String operator, String reason) {
    assertThatThrownBy(call::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(operator + ":")
        .hasMessageContaining(reason);
  }

  @Test
  void collectionsAreListsOfValues() {
    assertThat(Filter.in(java.util.List.of(1, 3, 5)).expression()).isEqualTo("[1|3|5]");
    assertThat(
            Filter.notIn(new java.util.LinkedHashSet<>(java.util.List.of("a", "b"))).expression())
        .isEqualTo("![a|b]");
    assertThatThrownBy(() -> Filter.in(java.util.List.of()))
        .hasMessage("in: needs at least one value");
    assertThatThrownBy(() -> Filter.equalTo(java.util.List.of(1)))
        .hasMessageContaining("unsupported value type");
  }

  @Test
  void nullValuesAreRefused() {
    assertThatThrownBy(() -> Filter.equalTo(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Filter.contains(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Filter.in((Object[]) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void filtersWithTheSameExpressionAreEqual() {
    assertThat(Filter.in(1, 2)).isEqualTo(Filter.in("1", "2")).hasSameHashCodeAs(Filter.in(1, 2));
    assertThat(Filter.in(1, 2)).isNotEqualTo(Filter.notIn(1, 2));
  }
}
