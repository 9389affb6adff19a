package io.github.prestashop4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

  private final JsonMapper mapper = JsonMappers.create();

  /** A small model, public so that Jackson can bind it without extra configuration. */
  public static final class Product {
    public String name;
    public BigDecimal price;
    public Instant created;
  }

  /** A tolerant model: fields it does not know are kept and written back. */
  public static final class TolerantProduct {
    public String name;
    private final Map<String, JsonNode> unknown = new LinkedHashMap<>();

    @JsonAnySetter
    void keep(String field, JsonNode value) {
      unknown.put(field, value);
    }

    @JsonAnyGetter
    Map<String, JsonNode> unknown() {
      return unknown;
    }
  }

  /** Holds the three date-time types for a round trip. */
  public static final class Times {
    public Instant instant;
    public LocalDateTime local;
    public OffsetDateTime offset;
  }

  @Test
  void ignoresUnknownProperties() throws Exception {
    Product product =
        mapper.readValue(
            "{\"name\":\"Mug\",\"added_in_9_0\":{\"x\":[1,2]},\"price\":1.5}", Product.class);

    assertThat(product.name).isEqualTo("Mug");
    assertThat(product.price).isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void aModelThatWantsUnknownPropertiesKeepsThemAndWritesThemBack() throws Exception {
    String json = "{\"name\":\"Mug\",\"added_in_9_0\":{\"x\":[1,2]},\"weight\":\"0.250000\"}";

    TolerantProduct product = mapper.readValue(json, TolerantProduct.class);

    assertThat(product.unknown.keySet()).containsExactly("added_in_9_0", "weight");
    assertThat(mapper.readTree(mapper.writeValueAsString(product)))
        .isEqualTo(mapper.readTree(json));
  }

  @Test
  void writesJavaTimeAsIso8601StringsAndReadsThemBack() throws Exception {
    Times times = new Times();
    times.instant = Instant.parse("2026-11-24T10:15:30.123Z");
    times.local = LocalDateTime.parse("2026-11-24T10:15:30");
    times.offset = OffsetDateTime.of(2026, 11, 24, 10, 15, 30, 0, ZoneOffset.ofHours(2));

    String json = mapper.writeValueAsString(times);
    Times read = mapper.readValue(json, Times.class);

    assertThat(mapper.readTree(json))
        .isEqualTo(
            mapper.readTree(
                "{\"instant\":\"2026-11-24T10:15:30.123Z\","
                    + "\"local\":\"2026-11-24T10:15:30\","
                    + "\"offset\":\"2026-11-24T10:15:30+02:00\"}"));
    assertThat(read.instant).isEqualTo(times.instant);
    assertThat(read.local).isEqualTo(times.local);
    // equals(), not isEqual(): the offset the server sent is kept rather than moved to UTC.
    assertThat(read.offset).isEqualTo(times.offset);
  }

  @Test
  void readsFloatsAsExactBigDecimalsKeepingTheirScale() throws Exception {
    String json = "{\"price\":23.900000}";
    BigDecimal expected = new BigDecimal("23.900000");

    Object untyped = mapper.readValue(json, Object.class);
    JsonNode tree = mapper.readTree(json);
    Product typed = mapper.readValue(json, Product.class);

    assertThat(untyped).isInstanceOf(Map.class);
    // isEqualTo uses BigDecimal.equals, which also compares the scale: 23.9 would not pass.
    assertThat(((Map<?, ?>) untyped).get("price")).isEqualTo(expected);
    assertThat(tree.get("price").isBigDecimal()).isTrue();
    assertThat(tree.get("price").decimalValue()).isEqualTo(expected);
    assertThat(typed.price).isEqualTo(expected);
  }

  @Test
  void refusesToCutAFractionIntoAnInteger() throws Exception {
    record Amount(long cents) {}

    assertThat(mapper.readValue("{\"cents\":1999}", Amount.class).cents()).isEqualTo(1999);
    assertThatThrownBy(() -> mapper.readValue("{\"cents\":1999.5}", Amount.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
  }

  @Test
  void acceptsTheMaximumNestingDepth() throws Exception {
    JsonNode tree = mapper.readTree(nestedArrays(JsonMappers.MAX_NESTING_DEPTH));

    assertThat(tree.isArray()).isTrue();
  }

  @Test
  void refusesNestingDeeperThanTheMaximum() {
    String tooDeep = nestedArrays(JsonMappers.MAX_NESTING_DEPTH + 1);

    assertThatThrownBy(() -> mapper.readTree(tooDeep))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining(String.valueOf(JsonMappers.MAX_NESTING_DEPTH));
    assertThatThrownBy(() -> mapper.readValue(tooDeep, Object.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void refusesToWriteNestingDeeperThanTheMaximum() throws Exception {
    Object tooDeep = mapper.readValue(nestedArrays(JsonMappers.MAX_NESTING_DEPTH), Object.class);
    Map<String, Object> wrapper = new LinkedHashMap<>();
    wrapper.put("deeper", tooDeep);

    // Databind wraps the generator's exception to add the path to the offending value.
    assertThatThrownBy(() -> mapper.writeValueAsString(wrapper))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth (" + (JsonMappers.MAX_NESTING_DEPTH + 1) + ")");
  }

  @Test
  void acceptsAStringOfTheMaximumLength() throws Exception {
    String json = "\"" + "a".repeat(JsonMappers.MAX_STRING_LENGTH) + "\"";

    assertThat(mapper.readValue(json, String.class)).hasSize(JsonMappers.MAX_STRING_LENGTH);
  }

  @Test
  void refusesAStringLongerThanTheMaximum() {
    String json = "{\"description\":\"" + "a".repeat(JsonMappers.MAX_STRING_LENGTH + 1) + "\"}";

    assertThatThrownBy(() -> mapper.readValue(json, Object.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void refusesANumberLongerThanTheMaximum() {
    String json = "{\"n\":" + "9".repeat(JsonMappers.MAX_NUMBER_LENGTH + 1) + "}";

    assertThatThrownBy(() -> mapper.readValue(json, Object.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void refusesAPropertyNameLongerThanTheMaximum() {
    String json = "{\"" + "k".repeat(JsonMappers.MAX_NAME_LENGTH + 1) + "\":1}";

    assertThatThrownBy(() -> mapper.readValue(json, Object.class))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void refusesTrailingTokens() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"name\":\"Mug\"}{\"name\":\"Cup\"}", Product.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> mapper.readTree("{\"a\":1} 2"))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void neverInstantiatesATypeNamedByThePayload() throws Exception {
    Object value = mapper.readValue("{\"@class\":\"java.net.URL\",\"val\":\"x\"}", Object.class);

    assertThat(value)
        .isInstanceOf(Map.class)
        .isEqualTo(Map.of("@class", "java.net.URL", "val", "x"));
  }

  @Test
  void leavesNullPropertiesOut() throws Exception {
    Product product = new Product();
    product.name = "Mug";

    assertThat(mapper.writeValueAsString(product)).isEqualTo("{\"name\":\"Mug\"}");
  }

  @Test
  void builderReturnsIndependentBuildersWithTheSameSettings() throws Exception {
    JsonMapper fromBuilder = JsonMappers.builder().build();

    assertThat(JsonMappers.builder()).isNotSameAs(JsonMappers.builder());
    assertThat(fromBuilder).isNotSameAs(mapper);
    assertThat(fromBuilder.writeValueAsString(new Product())).isEqualTo("{}");
    assertThat(fromBuilder.readTree("1.10").decimalValue()).isEqualTo(new BigDecimal("1.10"));
  }

  private static String nestedArrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }
}
