package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid settings are refused before any request, with a message naming the setting and rule. */
class QueryRefusalsTest {

  static Stream<Arguments> refusals() {
    return Stream.<Arguments>of(
        Arguments.of(
            (Runnable)
                () ->
                    Query.builder().filter("id", Filter.equalTo(1)).filter("id", Filter.equalTo(2)),
            "filter field \"id\": already filtered"),
        Arguments.of(
            (Runnable) () -> Query.where("na-me", Filter.equalTo(1)),
            "filter field: \"na-me\" is not a field name"),
        Arguments.of(
            (Runnable) () -> Query.where("filter[x]", Filter.equalTo(1)),
            "filter field: \"filter[x]\""),
        Arguments.of((Runnable) () -> Query.where("", Filter.equalTo(1)), "filter field: \"\""),
        Arguments.of(
            (Runnable) () -> Query.where("sort", Filter.equalTo(1)),
            "silently ignores filter[sort]"),
        Arguments.of(
            (Runnable) () -> Query.where("limit", Filter.equalTo(1)),
            "silently ignores filter[limit]"),
        Arguments.of(
            (Runnable) () -> Query.builder().sortAsc("id").sortDesc("id"),
            "sort field \"id\": already sorted on (id_ASC)"),
        Arguments.of((Runnable) () -> Sort.asc("price DESC"), "sort field: \"price DESC\""),
        Arguments.of(
            (Runnable) () -> Query.builder().limit(0), "limit count: must be at least 1 (got 0)"),
        Arguments.of(
            (Runnable) () -> Query.builder().limit(-1, 5),
            "limit offset: must not be negative (got -1)"),
        Arguments.of(
            (Runnable) () -> Query.all().withLimit(0, -3),
            "limit count: must be at least 1 (got -3)"),
        Arguments.of(
            (Runnable) () -> Query.builder().pageSize(0), "pageSize: must be at least 1 (got 0)"),
        Arguments.of((Runnable) () -> Query.builder().language(), "language: needs at least one"),
        Arguments.of(
            (Runnable) () -> Query.builder().language(0),
            "language: id must be at least 1 (got 0)"),
        Arguments.of((Runnable) () -> Query.builder().language(1, 1), "language: id 1 given twice"),
        Arguments.of(
            (Runnable) () -> Query.builder().languageRange(0, 2),
            "languageRange: from must be at least 1"),
        Arguments.of(
            (Runnable) () -> Query.builder().languageRange(3, 2),
            "languageRange: to (2) must not be less than from (3)"),
        Arguments.of(
            (Runnable) () -> Query.builder().language(1).languageRange(1, 2), "mutually exclusive"),
        Arguments.of(
            (Runnable) () -> Query.builder().languageRange(1, 2).language(1), "mutually exclusive"),
        Arguments.of(
            (Runnable) () -> Query.builder().shop(0), "shop: id must be at least 1 (got 0)"),
        Arguments.of(
            (Runnable) () -> Query.builder().shopGroup(-1), "shopGroup: id must be at least 1"),
        Arguments.of(
            (Runnable) () -> Query.builder().shop(1).allShops(),
            "allShops: the shop context is already set (id_shop=1)"),
        Arguments.of(
            (Runnable) () -> Query.builder().allShops().shopGroup(1),
            "shopGroup: the shop context is already set (id_shop=all)"),
        Arguments.of(
            (Runnable) () -> Query.builder().shopGroup(1).shop(1),
            "shop: the shop context is already set (id_group_shop=1)"),
        Arguments.of(
            (Runnable) () -> Query.builder().price("p"),
            "price alias \"p\": needs at least one option"),
        Arguments.of(
            (Runnable) () -> Query.builder().price("my price", PriceOption.useTax(true)),
            "code 128"),
        Arguments.of(
            (Runnable) () -> Query.builder().price("p[x]", PriceOption.useTax(true)),
            "price alias \"p[x]\""),
        Arguments.of(
            (Runnable)
                () ->
                    Query.builder()
                        .price("p", PriceOption.useTax(true))
                        .price("p", PriceOption.quantity(2)),
            "price alias \"p\": already declared"),
        Arguments.of(
            (Runnable)
                () ->
                    Query.builder().price("p", PriceOption.useTax(true), PriceOption.useTax(false)),
            "price alias \"p\": option use_tax given twice"),
        Arguments.of(
            (Runnable) () -> PriceOption.quantity(0), "price option quantity: must be at least 1"),
        Arguments.of(
            (Runnable) () -> PriceOption.country(-1), "price option country: must not be negative"),
        Arguments.of(
            (Runnable) () -> PriceOption.postcode(" "), "price option postcode: must not be empty"),
        Arguments.of(
            (Runnable) () -> Display.fields(), "display fields: needs at least one field name"),
        Arguments.of(
            (Runnable) () -> Display.fields("id", "id"), "display field \"id\": listed twice"),
        Arguments.of((Runnable) () -> Display.fields("id,name"), "display field: \"id,name\""),
        Arguments.of(
            (Runnable) () -> Display.full().association("categories", "id"),
            "display=full cannot select associations"),
        Arguments.of(
            (Runnable) () -> Display.minimum().association("categories", "id"),
            "display=minimum cannot select associations"),
        Arguments.of(
            (Runnable) () -> Display.fields("id").association("categories"),
            "needs at least one sub-field"),
        Arguments.of(
            (Runnable) () -> Display.fields("id").association("categories", "id", "id"),
            "sub-field \"id\": listed twice"),
        Arguments.of(
            (Runnable)
                () ->
                    Display.fields("id")
                        .association("categories", "id")
                        .association("categories", "id"),
            "display association \"categories\": listed twice"),
        Arguments.of(
            (Runnable) () -> Display.fields("categories").association("categories", "id"),
            "display association \"categories\": listed twice"),
        Arguments.of(
            (Runnable) () -> Display.fields("id").association("associations", "categories[id]"),
            "sub-field: \"categories[id]\""),
        Arguments.of(
            (Runnable) () -> Query.builder().raw("depth", "1").raw("depth", "2"),
            "raw parameter \"depth\": already added"),
        Arguments.of(
            (Runnable) () -> Query.builder().raw("my param", "1"),
            "raw parameter \"my param\": a name is"),
        Arguments.of((Runnable) () -> Query.builder().raw("a.b", "1"), "PHP renames or drops"),
        Arguments.of((Runnable) () -> Query.builder().raw("a[b", "1"), "raw parameter \"a[b\""),
        Arguments.of((Runnable) () -> Query.builder().raw("", "1"), "raw parameter \"\""),
        Arguments.of((Runnable) () -> Query.builder().raw("q", "\ud800"), "unpaired surrogate"),
        Arguments.of(
            (Runnable) () -> Filter.contains("a\udc00b"),
            "contains: text: contains an unpaired surrogate at index 1"),
        Arguments.of((Runnable) () -> new QueryParameter("", "x"), "name: must not be empty"),
        Arguments.of((Runnable) () -> Query.parse("a=%2"), "malformed percent-encoding"),
        Arguments.of((Runnable) () -> Query.parse("a=%zz"), "malformed percent-encoding"),
        Arguments.of((Runnable) () -> Query.parse("=x"), "empty name"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("refusals")
  void refusedWithAMessageThatSaysWhy(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "raw({0})")
  @ValueSource(
      strings = {
        "display",
        "filter",
        "filter[name]",
        "sort",
        "limit",
        "date",
        "language",
        "id_shop",
        "id_group_shop",
        "id_shop_group",
        "price[p][use_tax]",
        "output_format",
        "io_format",
        "ws_key",
        "ps_method",
        "schema",
        "url",
        "DISPLAY",
        "Output_Format"
      })
  void rawRefusesNamesTheBuilderOrTheClientManage(String name) {
    assertThatThrownBy(() -> Query.builder().raw(name, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("raw parameter \"" + name + "\": ")
        .message()
        .satisfiesAnyOf(
            m -> assertThat(m).contains("use "),
            m -> assertThat(m).contains("client"),
            m -> assertThat(m).contains("URL rewriting uses url"));
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> Query.builder().filter("id", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Query.builder().display(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Query.builder().sort((Sort) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Query.builder().raw("a", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Query.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Sort("id", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRefusedCallLeavesTheBuilderAsItWas() {
    Query.Builder b = Query.builder().filter("id", Filter.equalTo(1)).sortAsc("id");
    assertThatThrownBy(() -> b.filter("id", Filter.equalTo(2)));
    assertThatThrownBy(() -> b.sort(Sort.desc("price"), Sort.desc("id")));
    assertThatThrownBy(() -> b.dateFields("last_sync", "bad field"));
    assertThat(b.build().parameters())
        .containsExactly(
            new QueryParameter("filter[id]", "[1]"), new QueryParameter("sort", "[id_ASC]"));
    assertThat(b.build().dateFields()).doesNotContain("last_sync");
  }
}
