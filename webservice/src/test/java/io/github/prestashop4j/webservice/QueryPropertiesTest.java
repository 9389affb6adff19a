package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Property tests: what the builder encodes, PHP's $_GET decodes back to the same parameters. */
class QueryPropertiesTest {

  /** The characters the brief calls out, plus space, unicode (2, 3 and 4 UTF-8 bytes) and more. */
  private static final String NASTY = "[]|,%&=+ #!<>;?/:@$'\"\\^`{}~*()\t_-.é€中😀";

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<Integer> nasty =
        Arbitraries.of(NASTY.codePoints().boxed().toList()).map(Integer.class::cast);
    Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7e);
    Arbitrary<Integer> unicode =
        Arbitraries.integers()
            .between(0xa0, 0x10ffff)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    return Arbitraries.frequencyOf(Tuple.of(5, nasty), Tuple.of(3, ascii), Tuple.of(1, unicode))
        .list()
        .ofMaxSize(20)
        .map(QueryPropertiesTest::string);
  }

  private static String string(List<Integer> codePoints) {
    StringBuilder sb = new StringBuilder();
    codePoints.forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Text a LIKE filter accepts: anything but brackets and line breaks, not empty. */
  @Provide
  Arbitrary<String> likeText() {
    return anyText().map(s -> s.replaceAll("[\\[\\]\\r\\n]", "")).filter(s -> !s.isEmpty());
  }

  @Provide
  Arbitrary<String> fieldName() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('_', '0', '9')
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.equals("sort") && !s.equals("limit"));
  }

  @Provide
  Arbitrary<Filter> filter() {
    Arbitrary<String> like = likeText();
    Arbitrary<String> exact =
        like.map(s -> s.replace("|", ""))
            .filter(s -> !s.isEmpty() && !s.matches("[0-9.:\\-\\s]+,[0-9.:\\-\\s]+"));
    Arbitrary<Integer> number = Arbitraries.integers();
    return Arbitraries.oneOf(
        exact.map(Filter::equalTo),
        exact.list().ofMinSize(2).ofMaxSize(4).map(l -> Filter.in(l.toArray())),
        exact.list().ofMinSize(1).ofMaxSize(4).map(l -> Filter.notIn(l.toArray())),
        Combinators.combine(number, number).as(Filter::between),
        like.map(Filter::beginsWith),
        like.map(Filter::endsWith),
        like.map(Filter::contains),
        like.map(Filter::greaterThan),
        number.map(Filter::lessThan));
  }

  @Provide
  Arbitrary<Query> query() {
    Arbitrary<List<String>> fields = fieldName().list().ofMaxSize(4).uniqueElements();
    Arbitrary<List<Filter>> filters = filter().list().ofSize(4);
    Arbitrary<List<Boolean>> flags = Arbitraries.of(true, false).list().ofSize(8);
    Arbitrary<List<String>> rawValues = anyText().list().ofSize(3);
    Arbitrary<Integer> small = Arbitraries.integers().between(1, 1000);
    return Combinators.combine(fields, filters, flags, rawValues, small)
        .as(
            (names, fs, on, raws, n) -> {
              Query.Builder b = Query.builder();
              for (int i = 0; i < names.size(); i++) {
                b.filter(names.get(i), fs.get(i));
              }
              if (on.get(0)) {
                b.display(
                    names.isEmpty()
                        ? Display.full()
                        : Display.fields(names.toArray(String[]::new)));
              }
              if (on.get(1) && !names.isEmpty()) {
                b.sortAsc(names.get(0));
                b.sortDesc("date_upd");
              }
              if (on.get(2)) {
                b.limit(n * 7L, n);
              }
              if (on.get(3)) {
                b.language(n, n + 1);
              } else if (on.get(4)) {
                b.languageRange(1, n);
              }
              if (on.get(5)) {
                b.shop(n);
              } else if (on.get(6)) {
                b.allShops();
              } else {
                b.shopGroup(n);
              }
              if (on.get(7)) {
                b.price("p" + n, PriceOption.quantity(n), PriceOption.useTax(on.get(0)));
              }
              Set<String> rawNames = new LinkedHashSet<>(List.of("depth", "query", "x[y]"));
              int i = 0;
              for (String name : rawNames) {
                b.raw(name, raws.get(i++));
              }
              return b.build();
            });
  }

  @Property(tries = 300)
  void parsingTheQueryStringGivesBackTheParameters(@ForAll("query") Query query) {
    assertThat(Query.parse(query.toQueryString())).isEqualTo(query.parameters());
  }

  @Property(tries = 300)
  void theQueryStringHoldsOnlyUnreservedCharactersAndEscapes(@ForAll("query") Query query) {
    String qs = query.toQueryString();
    for (String pair : qs.split("&")) {
      String[] nv = pair.split("=", -1);
      assertThat(nv).hasSize(2);
      assertThat(nv[0]).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})+");
      assertThat(nv[1]).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})*");
    }
  }

  @Property(tries = 500)
  void rawValuesSurviveEncoding(@ForAll("anyText") String value) {
    Query q = Query.builder().raw("query", value).build();
    assertThat(Query.parse(q.toQueryString())).containsExactly(new QueryParameter("query", value));
    assertThat(q.toQueryString()).doesNotContain("+").doesNotContain(" ");
  }

  @Property(tries = 500)
  void likeTextSurvivesEncoding(@ForAll("likeText") String text) {
    Query q = Query.where("name", Filter.contains(text));
    assertThat(Query.parse(q.toQueryString()))
        .containsExactly(new QueryParameter("filter[name]", "%[" + text + "]%"));
  }

  @Property(tries = 300)
  void equalQueriesHaveEqualQueryStrings(@ForAll("query") Query query) {
    Query copy = query.toBuilder().build();
    assertThat(copy).isEqualTo(query);
    assertThat(copy.toQueryString()).isEqualTo(query.toQueryString());
  }

  @Property(tries = 200)
  void aStableSortIsAddedOnlyWhenThereIsNone(@ForAll("query") Query query) {
    Query paged = query.withSortIfAbsent(Sort.asc("id"));
    if (query.sorts().isEmpty()) {
      assertThat(paged.sorts()).containsExactly(Sort.asc("id"));
    } else {
      assertThat(paged).isSameAs(query);
    }
    List<QueryParameter> expected = new ArrayList<>(query.parameters());
    expected.removeIf(p -> p.name().equals("limit"));
    assertThat(query.withLimit(0, 5).parameters()).containsAll(expected);
  }
}
