package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import io.github.prestashop4j.webservice.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same request answered in XML and in JSON by a real store decodes to the same entities: every
 * recorded pair whose paths differ only by {@code output_format=JSON}.
 */
class SameModelTest {
  static Stream<Arguments> pairs() throws Exception {
    List<Arguments> pairs = new ArrayList<>();
    for (String corpus : List.of(Fixtures.PS8, Fixtures.PS9)) {
      JsonNode index = new ObjectMapper().readTree(Fixtures.bytes(corpus, "index.json"));
      Map<String, JsonNode> xmlByPath = new HashMap<>();
      List<JsonNode> json = new ArrayList<>();
      for (JsonNode exchange : index) {
        String path = exchange.at("/request/path").asText();
        boolean ok =
            exchange.at("/response/status").asInt() == 200
                && !exchange.at("/response/body").isNull();
        if (!ok || !exchange.at("/request/method").asText().equals("GET")) {
          continue;
        }
        if (path.contains("output_format=JSON")) {
          json.add(exchange);
        } else {
          xmlByPath.putIfAbsent(path, exchange);
        }
      }
      for (JsonNode exchange : json) {
        String path =
            exchange
                .at("/request/path")
                .asText()
                .replace("&output_format=JSON", "")
                .replace("?output_format=JSON", "");
        JsonNode xml = xmlByPath.get(path);
        // Single objects without display drop falsy fields in JSON: not the same model by design.
        boolean singleWithoutDisplay =
            path.matches("/api/[a-z_]+/\\d+(\\?.*)?") && !path.contains("display=");
        if (xml != null && !singleWithoutDisplay) {
          pairs.add(Arguments.of(corpus, xml.get("id").asText(), exchange.get("id").asText()));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @MethodSource("pairs")
  void xmlAndJsonDecodeToTheSameEntities(String corpus, String xmlId, String jsonId)
      throws Exception {
    List<Entity> xml =
        XmlReader.read(
                new ByteArrayInputStream(
                    Fixtures.bytes(corpus, "bodies/" + xmlId + ".response.xml")),
                0)
            .entities();
    List<Entity> json =
        JsonReader.read(
                new ByteArrayInputStream(
                    Fixtures.bytes(corpus, "bodies/" + jsonId + ".response.json")),
                0)
            .entities();

    assertThat(content(json)).isEqualTo(content(xml));
  }

  // What both formats carry, as the accessors show it: field texts (a single-language value is
  // read the same with text() whether JSON collapsed it or XML wrapped it) and non-empty
  // associations (JSON omits empty ones and names neither types nor links).
  private static List<Object> content(List<Entity> entities) {
    List<Object> content = new ArrayList<>();
    for (Entity entity : entities) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (String name : entity.fieldNames()) {
        Object value = entity.value(name).orElseThrow();
        boolean oneLanguage = value instanceof LocalizedText text && text.languageIds().size() == 1;
        fields.put(name, oneLanguage ? entity.text(name).orElseThrow() : value);
      }
      Map<String, Object> associations = new TreeMap<>();
      entity
          .associations()
          .forEach(
              (name, items) -> {
                if (!items.isEmpty()) {
                  associations.put(name, content(items));
                }
              });
      content.add(List.of(fields, associations));
    }
    return content;
  }
}
