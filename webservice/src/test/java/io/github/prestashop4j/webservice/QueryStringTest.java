package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryStringTest {

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("[", "%5B"),
        Arguments.of("]", "%5D"),
        Arguments.of("|", "%7C"),
        Arguments.of(",", "%2C"),
        Arguments.of("%", "%25"),
        Arguments.of("&", "%26"),
        Arguments.of("=", "%3D"),
        Arguments.of("+", "%2B"),
        Arguments.of("#", "%23"),
        Arguments.of("!", "%21"),
        Arguments.of("<", "%3C"),
        Arguments.of(">", "%3E"),
        Arguments.of(";", "%3B"),
        Arguments.of(" ", "%20"),
        Arguments.of("@", "%40"),
        Arguments.of("é", "%C3%A9"),
        Arguments.of("😀", "%F0%9F%98%80"),
        Arguments.of("aZ09-_.~", "aZ09-_.~"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("encodings")
  void encodesEverythingButUnreservedCharacters(String raw, String encoded) {
    Query q = Query.builder().raw("q", raw).build();
    assertThat(q.toQueryString()).isEqualTo("q=" + encoded);
    assertThat(Query.parse(q.toQueryString())).containsExactly(new QueryParameter("q", raw));
  }

  @Test
  void bracketsInNamesAreEncoded() {
    assertThat(Query.where("name", Filter.equalTo("x")).toQueryString())
        .isEqualTo("filter%5Bname%5D=%5Bx%5D");
  }

  @Test
  void parseDecodesLikePhp() {
    assertThat(Query.parse("?a=1+2&b=%2B&&c&d=&filter[id]=[1]&e=%c3%a9"))
        .containsExactly(
            new QueryParameter("a", "1 2"),
            new QueryParameter("b", "+"),
            new QueryParameter("c", ""),
            new QueryParameter("d", ""),
            new QueryParameter("filter[id]", "[1]"),
            new QueryParameter("e", "é"));
    assertThat(Query.parse("")).isEmpty();
    assertThat(Query.parse("a=1&a=2"))
        .containsExactly(new QueryParameter("a", "1"), new QueryParameter("a", "2"));
  }

  @Test
  void parameterToStringIsNameEqualsValue() {
    assertThat(new QueryParameter("filter[id]", "[1]").toString()).isEqualTo("filter[id]=[1]");
  }
}
