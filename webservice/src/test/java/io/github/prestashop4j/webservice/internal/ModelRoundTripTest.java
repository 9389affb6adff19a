package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.model.Model;
import io.github.prestashop4j.webservice.model.ModelResources;
import io.github.prestashop4j.webservice.model.ModelType;
import io.github.prestashop4j.webservice.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every typed model decodes every object the real stores sent for its resource, XML and JSON, 8.1.2
 * and 9.1.4, without loss: decoding, encoding to the XML the SDK writes and decoding again gives an
 * equal model with the same typed values, and the unknown-field bag holds what the model does not
 * name.
 */
class ModelRoundTripTest {
  private static final Map<String, ModelType<?>> BY_RESOURCE =
      ModelResources.TYPES.stream()
          .collect(
              Collectors.toMap(ModelType::resourceName, t -> t, (a, b) -> a, LinkedHashMap::new));

  static Stream<Arguments> bodies() throws Exception {
    List<Arguments> bodies = new ArrayList<>();
    for (String corpus : List.of(Fixtures.PS8, Fixtures.PS9)) {
      JsonNode index = new ObjectMapper().readTree(Fixtures.bytes(corpus, "index.json"));
      for (JsonNode exchange : index) {
        String path = exchange.at("/request/path").asText();
        int status = exchange.at("/response/status").asInt();
        JsonNode body = exchange.at("/response/body");
        String resource = path.replaceFirst("^/api/([a-z_]+).*$", "$1");
        if ((status == 200 || status == 201)
            && !body.isNull()
            && !body.isMissingNode()
            && !path.contains("schema=")
            && BY_RESOURCE.containsKey(resource)) {
          bodies.add(Arguments.of(corpus, exchange.get("id").asText(), resource, body.asText()));
        }
      }
    }
    return bodies.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("bodies")
  void everyRecordedObject_survivesDecodeEncodeDecode(
      String corpus, String id, String resource, String file) throws Exception {
    ModelType<?> type = BY_RESOURCE.get(resource);
    byte[] bytes = Fixtures.bytes(corpus, file);
    boolean json = file.endsWith(".json");
    List<Entity> entities =
        (json
                ? JsonReader.read(new ByteArrayInputStream(bytes), 0)
                : XmlReader.read(new ByteArrayInputStream(bytes), 0))
            .entities();

    for (Entity entity : entities) {
      Model model = type.decode(entity);
      byte[] written = XmlWriter.write(List.of(model.toEntity()), type.elementName());
      Entity reread = XmlReader.read(new ByteArrayInputStream(written), 0).entities().get(0);
      Model again = type.decode(reread);

      assertThat(again.toEntity().fields()).isEqualTo(model.toEntity().fields());
      assertThat(associations(again.toEntity())).isEqualTo(associations(model.toEntity()));
      assertThat(again).isEqualTo(model);
      assertThat(typedValues(again)).isEqualTo(typedValues(model));
      Set<String> unknown = new TreeSet<>(entity.fieldNames());
      type.fields().forEach(f -> unknown.remove(f.name()));
      unknown.remove("id");
      assertThat(model.unknownFields().keySet()).containsExactlyInAnyOrderElementsOf(unknown);
      assertThat(again.unknownFields()).isEqualTo(model.unknownFields());
    }
  }

  @Test
  void everyCoreResourceOfBothStores_hasAModel() {
    assertThat(BY_RESOURCE).hasSize(68);
    assertThat(BY_RESOURCE).containsKeys("products", "order_returns", "supply_orders");
  }

  // Every typed getter's value, so that a field decoded differently the second time shows.
  private static Map<String, Object> typedValues(Model model) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ModelType.Field field : model.modelType().fields()) {
      Method getter = model.getClass().getMethod(field.property());
      values.put(field.name(), getter.invoke(model));
    }
    for (ModelType.Association association : model.modelType().associations()) {
      Method getter = model.getClass().getMethod(association.property());
      values.put("associations." + association.name(), getter.invoke(model));
    }
    return values;
  }

  private static Map<String, List<Map<String, Object>>> associations(Entity entity) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    entity
        .associations()
        .forEach((name, items) -> out.put(name, items.stream().map(Entity::fields).toList()));
    return out;
  }
}
