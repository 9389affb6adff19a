package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over generated queries: what the builder encodes, PHP's $_GET decodes back to the
 * same parameters. Each case is generated from its seed, so a failure names the seed that
 * reproduces it.
 */
class QueryPropertiesTest {
  /** The characters the brief calls out, plus space, unicode (2, 3 and 4 UTF-8 bytes) and more. */
  private static final String NASTY = "[]|,%&=+ #!<>;?/:@$'\"\\^`{}~*()\t_-.é€中😀";

  private static final int[] NASTY_CODE_POINTS = NASTY.codePoints().toArray();

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  private static String anyText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(21);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(9);
      if (kind < 5) {
        text.appendCodePoint(NASTY_CODE_POINTS[random.nextInt(NASTY_CODE_POINTS.length)]);
      } else if (kind < 8) {
        text.append((char) (0x20 + random.nextInt(0x5f)));
      } else {
        int codePoint;
        do {
          codePoint = 0xa0 + random.nextInt(0x10ffff - 0xa0);
        } while (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  /** Text a LIKE filter accepts: anything but brackets and line breaks, not empty. */
  private static String likeText(Random random) {
    String text;
    do {
      text = anyText(random).replaceAll("[\\[\\]\\r\\n]", "");
    } while (text.isEmpty());
    return text;
  }

  private static String exactText(Random random) {
    String text;
    do {
      text = likeText(random).replace("|", "");
    } while (text.isEmpty() || text.matches("[0-9.:\\-\\s]+,[0-9.:\\-\\s]+"));
    return text;
  }

  private static String fieldName(Random random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz_09";
    String name;
    do {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      name = sb.toString();
    } while (name.equals("sort") || name.equals("limit"));
    return name;
  }

  private static Object[] exactTexts(Random random, int min, int max) {
    Object[] values = new Object[min + random.nextInt(max - min + 1)];
    for (int i = 0; i < values.length; i++) {
      values[i] = exactText(random);
    }
    return values;
  }

  private static Filter filter(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> Filter.equalTo(exactText(random));
      case 1 -> Filter.in(exactTexts(random, 2, 4));
      case 2 -> Filter.notIn(exactTexts(random, 1, 4));
      case 3 -> Filter.between(random.nextInt(), random.nextInt());
      case 4 -> Filter.beginsWith(likeText(random));
      case 5 -> Filter.endsWith(likeText(random));
      case 6 -> Filter.contains(likeText(random));
      case 7 -> Filter.greaterThan(likeText(random));
      default -> Filter.lessThan(random.nextInt());
    };
  }

  private static Query query(long seed) {
    Random random = new Random(seed);
    Set<String> unique = new LinkedHashSet<>();
    int fieldCount = random.nextInt(5);
    while (unique.size() < fieldCount) {
      unique.add(fieldName(random));
    }
    List<String> names = new ArrayList<>(unique);
    int n = 1 + random.nextInt(1000);
    Query.Builder b = Query.builder();
    for (String name : names) {
      b.filter(name, filter(random));
    }
    if (random.nextBoolean()) {
      b.display(names.isEmpty() ? Display.full() : Display.fields(names.toArray(String[]::new)));
    }
    if (random.nextBoolean() && !names.isEmpty()) {
      b.sortAsc(names.get(0));
      b.sortDesc("date_upd");
    }
    if (random.nextBoolean()) {
      b.limit(n * 7L, n);
    }
    if (random.nextBoolean()) {
      b.language(n, n + 1);
    } else if (random.nextBoolean()) {
      b.languageRange(1, n);
    }
    switch (random.nextInt(3)) {
      case 0 -> b.shop(n);
      case 1 -> b.allShops();
      default -> b.shopGroup(n);
    }
    if (random.nextBoolean()) {
      b.price("p" + n, PriceOption.quantity(n), PriceOption.useTax(random.nextBoolean()));
    }
    for (String name : List.of("depth", "query", "x[y]")) {
      b.raw(name, anyText(random));
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void parsingTheQueryStringGivesBackTheParameters(long seed) {
    Query query = query(seed);

    assertThat(Query.parse(query.toQueryString())).isEqualTo(query.parameters());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theQueryStringHoldsOnlyUnreservedCharactersAndEscapes(long seed) {
    for (String pair : query(seed).toQueryString().split("&")) {
      String[] nv = pair.split("=", -1);
      assertThat(nv).hasSize(2);
      assertThat(nv[0]).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})+");
      assertThat(nv[1]).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})*");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rawValuesSurviveEncoding(long seed) {
    String value = anyText(new Random(seed));
    Query q = Query.builder().raw("query", value).build();

    assertThat(Query.parse(q.toQueryString())).containsExactly(new QueryParameter("query", value));
    assertThat(q.toQueryString()).doesNotContain("+").doesNotContain(" ");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void likeTextSurvivesEncoding(long seed) {
    String text = likeText(new Random(seed));
    Query q = Query.where("name", Filter.contains(text));

    assertThat(Query.parse(q.toQueryString()))
        .containsExactly(new QueryParameter("filter[name]", "%[" + text + "]%"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aStableOrderEndsWithTheIdAndKeepsEverythingElse(long seed) {
    Query query = query(seed);
    Query paged = query.withStableOrder();

    assertThat(paged.sorts().subList(0, query.sorts().size())).isEqualTo(query.sorts());
    assertThat(paged.sorts()).last().isEqualTo(Sort.asc("id"));
    List<QueryParameter> others = new ArrayList<>(query.parameters());
    others.removeIf(p -> p.name().equals("sort"));
    assertThat(paged.parameters()).containsAll(others);
  }
}
