package io.github.prestashop4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {
  private final ObjectMapper mapper = JsonMappers.create();

  @ParameterizedTest
  @ValueSource(strings = {"", "<html>bad gateway</html>", "[1,2]", "\"text\"", "{\"a\":"})
  void findsNoObjectInBodiesThatAreNotOne(String body) {
    assertThat(JsonBodies.object(mapper, body.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"e\":null}", "{\"e\":\"  \"}", "{\"e\":{}}", "{\"e\":[1]}", "{}"})
  void givesNoTextForMissingNullBlankOrContainerNodes(String body) {
    var json = JsonBodies.object(mapper, body.getBytes(StandardCharsets.UTF_8)).orElseThrow();

    assertThat(JsonBodies.text(json.get("e"))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"e\":\"invalid_client\"}", "{\"e\":42}"})
  void givesTheTextOfAScalar(String body) {
    var json = JsonBodies.object(mapper, body.getBytes(StandardCharsets.UTF_8)).orElseThrow();

    assertThat(JsonBodies.text(json.get("e"))).isIn("invalid_client", "42");
  }
}
