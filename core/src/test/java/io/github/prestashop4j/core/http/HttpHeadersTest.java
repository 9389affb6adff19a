package io.github.prestashop4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpHeadersTest {

  @Test
  void looksNamesUpWhateverTheirCase() {
    HttpHeaders headers = HttpHeaders.builder().add("Content-Type", "application/xml").build();

    assertThat(headers.firstValue("content-type")).contains("application/xml");
    assertThat(headers.firstValue("CONTENT-TYPE")).contains("application/xml");
    assertThat(headers.allValues("cOnTeNt-TyPe")).containsExactly("application/xml");
    assertThat(headers.contains("content-TYPE")).isTrue();
  }

  @Test
  void anAbsentHeaderHasNoValue() {
    HttpHeaders headers = HttpHeaders.builder().add("Accept", "text/xml").build();

    assertThat(headers.firstValue("Location")).isEmpty();
    assertThat(headers.allValues("Location")).isEmpty();
    assertThat(headers.contains("Location")).isFalse();
  }

  @Test
  void addKeepsEveryValueInOrderUnderOneName() {
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("Accept", "text/xml")
            .add("accept", "application/json")
            .add("ACCEPT", "*/*")
            .build();

    assertThat(headers.allValues("Accept")).containsExactly("text/xml", "application/json", "*/*");
    assertThat(headers.firstValue("accept")).contains("text/xml");
    assertThat(headers.map()).hasSize(1);
  }

  @Test
  void setReplacesEveryValue() {
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("X-Trace", "one")
            .add("X-Trace", "two")
            .set("x-trace", "three")
            .build();

    assertThat(headers.allValues("X-Trace")).containsExactly("three");
    assertThat(headers.map()).hasSize(1);
  }

  @Test
  void setAllReplacesTheHeadersItNamesAndKeepsTheOthers() {
    HttpHeaders other =
        HttpHeaders.builder()
            .add("accept", "application/json")
            .add("X-New", "1")
            .add("X-New", "2")
            .build();

    HttpHeaders headers =
        HttpHeaders.builder()
            .add("Accept", "text/xml")
            .add("Accept", "text/html")
            .add("X-Kept", "kept")
            .setAll(other)
            .build();

    assertThat(headers.allValues("Accept")).containsExactly("application/json");
    assertThat(headers.allValues("X-New")).containsExactly("1", "2");
    assertThat(headers.allValues("X-Kept")).containsExactly("kept");
    assertThat(headers.map()).hasSize(3);
  }

  @Test
  void removeDropsAHeaderWhateverTheCase() {
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("X-One", "1")
            .add("X-Two", "2")
            .remove("x-one")
            .remove("X-Absent")
            .build();

    assertThat(headers.contains("X-One")).isFalse();
    assertThat(headers.allValues("X-Two")).containsExactly("2");
    assertThat(headers.map()).hasSize(1);
  }

  @Test
  void mapAndValuesCannotBeModified() {
    HttpHeaders headers = HttpHeaders.builder().add("Accept", "text/xml").build();

    assertThatThrownBy(() -> headers.map().put("X-Evil", List.of("1")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.map().remove("Accept"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.map().get("Accept").add("text/html"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.allValues("Accept").add("text/html"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(headers.allValues("Accept")).containsExactly("text/xml");
  }

  @Test
  void theBuilderDoesNotChangeHeadersItAlreadyBuilt() {
    HttpHeaders.Builder builder = HttpHeaders.builder().add("Accept", "text/xml");
    HttpHeaders built = builder.build();

    builder.add("Accept", "text/html").add("X-Later", "1");

    assertThat(built.allValues("Accept")).containsExactly("text/xml");
    assertThat(built.contains("X-Later")).isFalse();
  }

  @Test
  void toBuilderStartsFromACopy() {
    HttpHeaders original = HttpHeaders.builder().add("Accept", "text/xml").build();

    HttpHeaders derived = original.toBuilder().add("Accept", "text/html").add("X-New", "1").build();

    assertThat(original.allValues("Accept")).containsExactly("text/xml");
    assertThat(original.contains("X-New")).isFalse();
    assertThat(derived.allValues("Accept")).containsExactly("text/xml", "text/html");
    assertThat(derived.allValues("X-New")).containsExactly("1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a\r\nX-Injected: yes", "a\nX-Injected: yes", "a\rb", "a\u0000b", "a\u007fb"})
  void addRefusesControlCharactersInAValueWithoutRepeatingIt(String value) {
    assertThatThrownBy(() -> HttpHeaders.builder().add("X-Test", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Test")
        .message()
        .doesNotContain(value)
        .doesNotContain("Injected");
  }

  @Test
  void setRefusesALineBreakInAValueWithoutRepeatingIt() {
    assertThatThrownBy(() -> HttpHeaders.builder().set("X-Secret", "hunter2\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Secret")
        .message()
        .doesNotContain("hunter2");
  }

  @Test
  void aValueMayHoldTabsAndNonAsciiText() {
    HttpHeaders headers =
        HttpHeaders.builder().add("X-Tabbed", "a\tb").add("X-Text", "caf\u00e9").build();

    assertThat(headers.firstValue("X-Tabbed")).contains("a\tb");
    assertThat(headers.firstValue("X-Text")).contains("caf\u00e9");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Bad Name", "Bad:Name", "", "Bad\r\nName", "\u00dcnicode", "(comment)", "a/b"})
  void addRefusesANameThatIsNotAToken(String name) {
    assertThatThrownBy(() -> HttpHeaders.builder().add(name, "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("header name");
  }

  @Test
  void setRefusesANameThatIsNotAToken() {
    assertThatThrownBy(() -> HttpHeaders.builder().set("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNameMayHoldEveryTokenCharacter() {
    String name = "X-Az09!#$%&'*+-.^_`|~";

    assertThat(HttpHeaders.builder().add(name, "v").build().firstValue(name)).contains("v");
  }

  @Test
  void nullNameOrValueIsRefused() {
    assertThatThrownBy(() -> HttpHeaders.builder().add(null, "v"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> HttpHeaders.builder().add("X-Test", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("X-Test");
  }

  @Test
  void ofMergesNamesThatDifferOnlyInCase() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("Set-Cookie", List.of("a=1"));
    map.put("set-cookie", List.of("b=2", "c=3"));
    map.put("Content-Type", List.of("text/xml"));

    HttpHeaders headers = HttpHeaders.of(map);

    assertThat(headers.allValues("SET-COOKIE")).containsExactly("a=1", "b=2", "c=3");
    assertThat(headers.allValues("content-type")).containsExactly("text/xml");
    assertThat(headers.map()).hasSize(2);
  }

  @Test
  void ofChecksNamesAndValues() {
    assertThatThrownBy(() -> HttpHeaders.of(Map.of("X-Test", List.of("a\nb"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpHeaders.of(Map.of("Bad Name", List.of("v"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyHasNoHeader() {
    assertThat(HttpHeaders.empty().isEmpty()).isTrue();
    assertThat(HttpHeaders.empty().map()).isEmpty();
    assertThat(HttpHeaders.builder().build()).isEqualTo(HttpHeaders.empty());
    assertThat(HttpHeaders.builder().add("Accept", "*/*").build().isEmpty()).isFalse();
  }

  @Test
  void equalHeadersHaveEqualHashCodes() {
    HttpHeaders one = HttpHeaders.builder().add("Accept", "text/xml").add("X-A", "1").build();
    HttpHeaders two = HttpHeaders.builder().add("X-A", "1").add("Accept", "text/xml").build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @Test
  void namesDifferingOnlyInCaseAreEqualAndHashAlike() {
    HttpHeaders upper = HttpHeaders.builder().add("Content-Type", "text/xml").build();
    HttpHeaders lower = HttpHeaders.builder().add("content-type", "text/xml").build();

    assertThat(upper).isEqualTo(lower);
    assertThat(lower).isEqualTo(upper);
    // The equals/hashCode contract: equal objects must have equal hash codes.
    assertThat(upper.hashCode()).isEqualTo(lower.hashCode());
  }

  @Test
  void headersDifferingInAValueOrItsOrderAreNotEqual() {
    HttpHeaders base = HttpHeaders.builder().add("Accept", "a/a").add("Accept", "b/b").build();

    assertThat(base)
        .isNotEqualTo(HttpHeaders.builder().add("Accept", "b/b").add("Accept", "a/a").build())
        .isNotEqualTo(HttpHeaders.builder().add("Accept", "a/a").build())
        .isNotEqualTo(HttpHeaders.builder().add("Accept", "A/A").add("Accept", "b/b").build())
        .isNotEqualTo(null)
        .isNotEqualTo(base.map());
  }

  @Test
  void toStringRedactsSecretValues() {
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("Authorization", "Basic c2VjcmV0a2V5Og==")
            .add("Accept", "application/json")
            .build();

    assertThat(headers.toString())
        .contains("Authorization: REDACTED")
        .contains("Accept: application/json")
        .doesNotContain("c2VjcmV0a2V5Og==");
  }
}
