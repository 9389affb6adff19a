package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.testing.FuzzCorpus;
import io.github.prestashop4j.core.testing.FuzzInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz targets for the query builder. Every build replays the committed inputs under {@code
 * src/test/resources/.../QueryFuzzTestInputs/<target>/}; {@code -Pfuzz} fuzzes one target with
 * Jazzer.
 */
public class QueryFuzzTest {
  private static final String ESCAPED_NAME = "([A-Za-z0-9._~-]|%[0-9A-F]{2})+";
  private static final String ESCAPED_VALUE = "([A-Za-z0-9._~-]|%[0-9A-F]{2})*";

  static Stream<Arguments> builtQueriesReadBack() {
    return FuzzCorpus.inputs(QueryFuzzTest.class, "builtQueriesReadBack");
  }

  static Stream<Arguments> anyQueryStringParses() {
    return FuzzCorpus.inputs(QueryFuzzTest.class, "anyQueryStringParses");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void builtQueriesReadBack(String name, byte[] input) {
    BuiltQueriesReadBack.fuzzerTestOneInput(input);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void anyQueryStringParses(String name, byte[] input) {
    AnyQueryStringParses.fuzzerTestOneInput(input);
  }

  /**
   * Whatever the caller passes, the builder refuses it with {@link IllegalArgumentException}, or
   * writes a query string that PHP's {@code $_GET} reads back to exactly the parameters built: a
   * value never adds a parameter, a path segment or a fragment.
   */
  public static final class BuiltQueriesReadBack {
    private BuiltQueriesReadBack() {}

    private static Filter filter(FuzzInput data) {
      String text = data.string(40);
      return switch (data.intIn(0, 10)) {
        case 0 -> Filter.equalTo(text);
        case 1 -> Filter.in(text, data.string(20));
        case 2 -> Filter.notIn(text, data.string(20));
        case 3 -> Filter.notEqualTo(text);
        case 4 -> Filter.between(text, data.string(20));
        case 5 -> Filter.beginsWith(text);
        case 6 -> Filter.endsWith(text);
        case 7 -> Filter.contains(text);
        case 8 -> Filter.greaterThan(text);
        case 9 -> Filter.lessThan(data.anyLong());
        default -> Filter.between(data.anyLong(), data.anyLong());
      };
    }

    public static void fuzzerTestOneInput(byte[] bytes) {
      FuzzInput data = new FuzzInput(bytes);
      Query query;
      try {
        Query.Builder builder = Query.builder();
        String field = data.string(20);
        builder.filter(field, filter(data));
        if (data.bool()) {
          builder.display(Display.fields(field, data.string(20)));
        }
        if (data.bool()) {
          builder.sort(data.bool() ? Sort.asc(field) : Sort.desc(data.string(20)));
        }
        if (data.bool()) {
          builder.limit(data.anyLong(), data.anyInt());
        }
        if (data.bool()) {
          builder.language(data.anyInt(), data.anyInt());
        }
        if (data.bool()) {
          builder.price(data.string(20), PriceOption.postcode(data.string(20)));
        }
        if (data.bool()) {
          builder.raw(data.string(20), data.string(60));
        }
        query = builder.build();
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).isNotBlank();
        return;
      }

      String encoded = query.toQueryString();
      assertThat(Query.parse(encoded)).as(encoded).isEqualTo(query.parameters());
      List<String> pairs = List.of(encoded.split("&", -1));
      assertThat(pairs).as(encoded).hasSameSizeAs(query.parameters());
      for (String pair : pairs) {
        String[] nameValue = pair.split("=", -1);
        assertThat(nameValue).as(pair).hasSize(2);
        assertThat(nameValue[0]).matches(ESCAPED_NAME);
        assertThat(nameValue[1]).matches(ESCAPED_VALUE);
      }
    }
  }

  /** Whatever the text, parsing a query string gives named parameters or a clear refusal. */
  public static final class AnyQueryStringParses {
    private AnyQueryStringParses() {}

    public static void fuzzerTestOneInput(byte[] bytes) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      List<QueryParameter> parameters;
      try {
        parameters = Query.parse(text);
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).startsWith("query string:");
        return;
      }
      for (QueryParameter parameter : parameters) {
        assertThat(parameter.name()).isNotEmpty();
      }
    }
  }
}
