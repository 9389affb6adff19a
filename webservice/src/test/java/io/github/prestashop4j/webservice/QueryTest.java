package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryTest {

  private static QueryParameter p(String name, String value) {
    return new QueryParameter(name, value);
  }

  @Test
  void singleLanguageIsKnownOnlyWhenExactlyOneIsSelected() {
    assertThat(Query.builder().language(2).build().singleLanguage()).hasValue(2);
    assertThat(Query.builder().language(1, 2).build().singleLanguage()).isEmpty();
    assertThat(Query.builder().languageRange(1, 2).build().singleLanguage()).isEmpty();
    assertThat(Query.all().singleLanguage()).isEmpty();
  }

  @Test
  void allHasNoParameter() {
    assertThat(Query.all().parameters()).isEmpty();
    assertThat(Query.all().toQueryString()).isEmpty();
    assertThat(Query.all().limit()).isEmpty();
    assertThat(Query.all().sorts()).isEmpty();
    assertThat(Query.all().pageSize()).isEmpty();
    assertThat(Query.all().display()).isEmpty();
  }

  @Test
  void whereIsOneFilter() {
    Query q = Query.where("reference", Filter.beginsWith("demo_1"));
    assertThat(q.parameters()).containsExactly(p("filter[reference]", "[demo_1]%"));
    assertThat(q.toQueryString()).isEqualTo("filter%5Breference%5D=%5Bdemo_1%5D%25");
  }

  @Test
  void everyFeatureInOneQueryIsEmittedInOrder() {
    Query q =
        Query.builder()
            .raw("depth", "1")
            .shop(1)
            .language(1, 2)
            .limit(20, 10)
            .sortDesc("price")
            .sortAsc("id")
            .price("my_price", PriceOption.useTax(false))
            .filter("name", Filter.contains("mug"))
            .filter("id_category_default", Filter.in(4, 5))
            .display(Display.fields("id", "name", "my_price").association("categories", "id"))
            .pageSize(50)
            .build();
    assertThat(q.parameters())
        .containsExactly(
            p("display", "[id,name,my_price,categories[id]]"),
            p("filter[name]", "%[mug]%"),
            p("filter[id_category_default]", "[4|5]"),
            p("price[my_price][use_tax]", "0"),
            p("sort", "[price_DESC,id_ASC]"),
            p("limit", "20,10"),
            p("language", "[1|2]"),
            p("id_shop", "1"),
            p("depth", "1"));
    assertThat(q.toQueryString())
        .isEqualTo(
            "display=%5Bid%2Cname%2Cmy_price%2Ccategories%5Bid%5D%5D"
                + "&filter%5Bname%5D=%25%5Bmug%5D%25"
                + "&filter%5Bid_category_default%5D=%5B4%7C5%5D"
                + "&price%5Bmy_price%5D%5Buse_tax%5D=0"
                + "&sort=%5Bprice_DESC%2Cid_ASC%5D"
                + "&limit=20%2C10"
                + "&language=%5B1%7C2%5D"
                + "&id_shop=1"
                + "&depth=1");
    assertThat(q.limit()).contains(new Limit(20, 10));
    assertThat(q.sorts()).containsExactly(Sort.desc("price"), Sort.asc("id"));
    assertThat(q.pageSize()).hasValue(50);
    assertThat(q.display()).isPresent();
    assertThat(Query.parse(q.toQueryString())).isEqualTo(q.parameters());
  }

  static Stream<Arguments> dateRule() {
    return Stream.of(
        Arguments.of(
            Query.where("date_upd", Filter.greaterThan(LocalDateTime.of(2024, 1, 1, 0, 0))), true),
        Arguments.of(Query.where("date_add", Filter.between("2024-01-01", "2024-12-31")), true),
        Arguments.of(Query.builder().sortDesc("date_upd").build(), true),
        Arguments.of(Query.builder().sortAsc("id").sortDesc("date_add").build(), true),
        Arguments.of(Query.where("id", Filter.equalTo(1)), false),
        Arguments.of(Query.builder().display(Display.fields("id", "date_upd")).build(), false),
        Arguments.of(Query.where("invoice_date", Filter.greaterThan("2024-01-01")), false),
        Arguments.of(
            Query.builder()
                .dateFields("last_sync")
                .filter("last_sync", Filter.lessThan("2024-01-01"))
                .build(),
            true));
  }

  @ParameterizedTest(name = "{0} -> date=1: {1}")
  @MethodSource("dateRule")
  void dateOneIsAddedWhenADateFieldIsFilteredOrSorted(Query query, boolean expected) {
    assertThat(query.parameters().contains(p("date", "1"))).isEqualTo(expected);
    assertThat(query.parameters().stream().filter(x -> x.name().equals("date")).count())
        .isEqualTo(expected ? 1 : 0);
  }

  @Test
  void dateFieldsIncludeTheDefaults() {
    Query q = Query.builder().dateFields("last_sync").build();
    assertThat(q.dateFields()).contains("date_add", "date_upd", "last_sync");
    assertThat(Query.DEFAULT_DATE_FIELDS).containsExactlyInAnyOrder("date_add", "date_upd");
  }

  static Stream<Arguments> displays() {
    return Stream.of(
        Arguments.of(Display.full(), "full"),
        Arguments.of(Display.minimum(), "minimum"),
        Arguments.of(Display.fields("id"), "[id]"),
        Arguments.of(Display.fields("id", "name", "price"), "[id,name,price]"),
        Arguments.of(
            Display.fields("id", "name")
                .association("categories", "id")
                .association("images", "id"),
            "[id,name,categories[id],images[id]]"),
        Arguments.of(
            Display.fields("id").association("product_option_values", "id", "name"),
            "[id,product_option_values[id,name]]"),
        Arguments.of(Display.fields("id", "price", "my_price"), "[id,price,my_price]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("displays")
  void displayForms(Display display, String expected) {
    assertThat(display.expression()).isEqualTo(expected);
    assertThat(Query.builder().display(display).build().parameters())
        .containsExactly(p("display", expected));
  }

  @Test
  void displayAccessors() {
    Display d = Display.fields("id", "name").association("categories", "id");
    assertThat(d.fieldNames()).containsExactly("id", "name");
    assertThat(d.associations()).containsEntry("categories", List.of("id"));
    assertThat(d.isFull()).isFalse();
    assertThat(Display.full().isFull()).isTrue();
    assertThat(d).isEqualTo(Display.fields("id", "name").association("categories", "id"));
    assertThat(d.toString()).contains("[id,name,categories[id]]");
  }

  static Stream<Arguments> sorts() {
    return Stream.of(
        Arguments.of(new Sort[] {Sort.asc("id")}, "[id_ASC]"),
        Arguments.of(new Sort[] {Sort.desc("id")}, "[id_DESC]"),
        Arguments.of(
            new Sort[] {Sort.asc("id_category_default"), Sort.desc("price")},
            "[id_category_default_ASC,price_DESC]"),
        Arguments.of(
            new Sort[] {
              new Sort("name", Sort.Direction.ASC), Sort.desc("date_upd"), Sort.asc("id")
            },
            "[name_ASC,date_upd_DESC,id_ASC]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("sorts")
  void sortOnSeveralFields(Sort[] sorts, String expected) {
    Query q = Query.builder().sort(sorts).build();
    assertThat(q.parameters().get(0)).isEqualTo(p("sort", expected));
    assertThat(q.sorts()).containsExactly(sorts);
  }

  @Test
  void sortAscAndDescAppendInOrder() {
    Query q = Query.builder().sortAsc("a").sortDesc("b").build();
    assertThat(q.parameters()).containsExactly(p("sort", "[a_ASC,b_DESC]"));
  }

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of(Query.builder().limit(3).build(), "3", new Limit(0, 3)),
        Arguments.of(Query.builder().limit(5, 3).build(), "5,3", new Limit(5, 3)),
        Arguments.of(Query.builder().limit(0, 7).build(), "7", new Limit(0, 7)),
        Arguments.of(
            Query.builder().limit(3_000_000_000L, 1).build(),
            "3000000000,1",
            new Limit(3_000_000_000L, 1)),
        Arguments.of(Query.all().withLimit(100, 5), "100,5", new Limit(100, 5)));
  }

  @ParameterizedTest(name = "limit={1}")
  @MethodSource("limits")
  void limitAsCountOrOffsetAndCount(Query q, String expected, Limit limit) {
    assertThat(q.parameters()).containsExactly(p("limit", expected));
    assertThat(q.limit()).contains(limit);
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of(Query.builder().language(1).build(), "1"),
        Arguments.of(Query.builder().language(1, 3).build(), "[1|3]"),
        Arguments.of(Query.builder().language(2, 1, 5).build(), "[2|1|5]"),
        Arguments.of(Query.builder().languageRange(2, 5).build(), "[2,5]"),
        Arguments.of(Query.builder().languageRange(1, 1).build(), "[1,1]"),
        Arguments.of(Query.builder().language(1).language(2).build(), "2"));
  }

  @ParameterizedTest(name = "language={1}")
  @MethodSource("languages")
  void languageForms(Query q, String expected) {
    assertThat(q.parameters()).containsExactly(p("language", expected));
  }

  static Stream<Arguments> shops() {
    return Stream.of(
        Arguments.of(Query.builder().shop(1).build(), p("id_shop", "1")),
        Arguments.of(Query.builder().shop(1).shop(2).build(), p("id_shop", "2")),
        Arguments.of(Query.builder().allShops().build(), p("id_shop", "all")),
        Arguments.of(Query.builder().shopGroup(1).build(), p("id_group_shop", "1")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("shops")
  void shopContext(Query q, QueryParameter expected) {
    assertThat(q.parameters()).containsExactly(expected);
  }

  static Stream<Arguments> priceOptions() {
    return Stream.of(
        Arguments.of(PriceOption.country(8), "country", "8"),
        Arguments.of(PriceOption.state(3), "state", "3"),
        Arguments.of(PriceOption.postcode("75001"), "postcode", "75001"),
        Arguments.of(PriceOption.county("75001"), "county", "75001"),
        Arguments.of(PriceOption.currency(1), "currency", "1"),
        Arguments.of(PriceOption.group(3), "group", "3"),
        Arguments.of(PriceOption.quantity(3), "quantity", "3"),
        Arguments.of(PriceOption.productAttribute(1), "product_attribute", "1"),
        Arguments.of(PriceOption.decimals(2), "decimals", "2"),
        Arguments.of(PriceOption.useTax(true), "use_tax", "1"),
        Arguments.of(PriceOption.useTax(false), "use_tax", "0"),
        Arguments.of(PriceOption.useReduction(false), "use_reduction", "0"),
        Arguments.of(PriceOption.onlyReduction(true), "only_reduction", "1"),
        Arguments.of(PriceOption.useEcotax(true), "use_ecotax", "1"));
  }

  @ParameterizedTest(name = "price[p][{1}]={2}")
  @MethodSource("priceOptions")
  void priceOptionsBecomeVirtualFieldParameters(PriceOption option, String name, String value) {
    assertThat(option.name()).isEqualTo(name);
    assertThat(option.value()).isEqualTo(value);
    assertThat(option.toString()).isEqualTo(name + "=" + value);
    Query q = Query.builder().price("p", option).build();
    assertThat(q.parameters()).containsExactly(p("price[p][" + name + "]", value));
  }

  @Test
  void severalPriceAliasesKeepTheirOrder() {
    Query q =
        Query.builder()
            .price("unit_1", PriceOption.quantity(1), PriceOption.useTax(false))
            .price("unit_3", PriceOption.quantity(3), PriceOption.useTax(false))
            .build();
    assertThat(q.parameters())
        .containsExactly(
            p("price[unit_1][quantity]", "1"),
            p("price[unit_1][use_tax]", "0"),
            p("price[unit_3][quantity]", "3"),
            p("price[unit_3][use_tax]", "0"));
  }

  static Stream<Arguments> raws() {
    return Stream.of(
        Arguments.of("depth", "1"),
        Arguments.of("sendemail", "0"),
        Arguments.of("query", "shirt & mug"),
        Arguments.of("id", "[5,6]"),
        Arguments.of("my-module[opt]", "a|b"),
        Arguments.of("x", ""));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("raws")
  void rawParametersAreSentAsGiven(String name, String value) {
    Query q = Query.builder().raw(name, value).build();
    assertThat(q.parameters()).containsExactly(p(name, value));
    assertThat(Query.parse(q.toQueryString())).containsExactly(p(name, value));
  }

  @Test
  void withStableOrderEndsEverySortWithTheId() {
    Query unsorted = Query.builder().limit(5).build();
    assertThat(unsorted.withStableOrder().parameters())
        .containsExactly(p("sort", "[id_ASC]"), p("limit", "5"));
    Query byPrice = Query.builder().sortDesc("price").build();
    assertThat(byPrice.withStableOrder().sorts())
        .containsExactly(Sort.desc("price"), Sort.asc("id"));
    Query byDateThenId = Query.builder().sortDesc("date_upd").sortDesc("id").build();
    assertThat(byDateThenId.withStableOrder()).isSameAs(byDateThenId);
  }

  @Test
  void withLimitReplacesTheLimitAndKeepsTheRest() {
    Query q = Query.builder().display(Display.full()).limit(3).pageSize(10).language(1).build();
    Query next = q.withLimit(10, 10);
    assertThat(next.parameters())
        .containsExactly(p("display", "full"), p("limit", "10,10"), p("language", "1"));
    assertThat(next.pageSize()).hasValue(10);
    assertThat(q.limit()).contains(new Limit(0, 3));
  }

  @Test
  void toBuilderCopiesEverything() {
    Query q =
        Query.builder()
            .display(Display.full())
            .filter("id", Filter.in(1, 2))
            .sortAsc("id")
            .limit(2)
            .languageRange(1, 2)
            .allShops()
            .price("p", PriceOption.useTax(true))
            .raw("depth", "1")
            .dateFields("x")
            .pageSize(7)
            .build();
    assertThat(q.toBuilder().build()).isEqualTo(q).hasSameHashCodeAs(q);
    assertThat(q.toBuilder().build().toString()).isEqualTo(q.toString());
    assertThat(q.toString()).contains("display=full", "pageSize=7");
    assertThatThrownBy(() -> q.toBuilder().shop(1)).hasMessageContaining("mutually exclusive");
    assertThatThrownBy(() -> q.toBuilder().language(1)).hasMessageContaining("mutually exclusive");
  }

  @Test
  void builtQueriesAreImmutable() {
    Query.Builder b = Query.builder().filter("id", Filter.equalTo(1));
    Query first = b.build();
    b.filter("name", Filter.contains("x")).sortAsc("id");
    assertThat(first.parameters()).containsExactly(p("filter[id]", "[1]"));
    assertThatThrownBy(() -> first.parameters().add(p("a", "b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.filters().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
