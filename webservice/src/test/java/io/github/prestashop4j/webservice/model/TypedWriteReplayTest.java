package io.github.prestashop4j.webservice.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.internal.XmlReader;
import io.github.prestashop4j.webservice.testing.Fixtures;
import io.github.prestashop4j.webservice.testing.ReplayServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Typed writes send what the real stores accepted: every recorded successful POST, PUT and PATCH of
 * the catalog (products, categories, specific prices), customers and addresses, orders, carts and
 * order histories, and stock, replayed through the typed API, and the XML sent compared field by
 * field with the recorded request (less read-only fields, which the typed API never sends).
 */
class TypedWriteReplayTest {
  private static final String KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456";
  private static final Map<String, ModelType<?>> BY_RESOURCE =
      ModelResources.TYPES.stream()
          .collect(Collectors.toMap(ModelType::resourceName, t -> t, (a, b) -> a));
  private static ReplayServer server;

  @BeforeAll
  static void start() {
    server = new ReplayServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> writes() throws IOException {
    List<Arguments> writes = new ArrayList<>();
    for (String corpus : List.of(Fixtures.PS8, Fixtures.PS9)) {
      for (JsonNode exchange : index(corpus)) {
        String method = exchange.at("/request/method").asText();
        String path = exchange.at("/request/path").asText();
        int status = exchange.at("/response/status").asInt();
        boolean write = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (write
            && (status == 200 || status == 201)
            && !path.startsWith("/api/images")
            && !path.contains("ps_method=")
            && !path.contains("output_format=")) {
          writes.add(Arguments.of(corpus, exchange.get("id").asText()));
        }
      }
    }
    return writes.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("writes")
  void typedWrite_sendsWhatTheStoreAccepted(String corpus, String id) throws Exception {
    JsonNode exchange = exchange(corpus, id);
    String method = exchange.at("/request/method").asText();
    String path = exchange.at("/request/path").asText();
    ModelType<?> type = BY_RESOURCE.get(path.replaceFirst("^/api/([a-z_]+).*$", "$1"));
    List<Entity> recorded = entities(Fixtures.bytes(corpus, exchange.at("/request/body").asText()));
    Query query =
        path.contains("sendemail=0") ? Query.builder().raw("sendemail", "0").build() : Query.all();

    server.serve(corpus, exchange);
    List<? extends Model> answered;
    try (WebserviceClient client = client()) {
      answered = write(client.resource(type), method, recorded, query);
    }

    List<Entity> sent = entities(server.received().get(0).body());
    assertThat(server.received()).hasSize(1);
    assertThat(server.received().get(0).method()).isEqualTo(method);
    assertThat(server.received().get(0).rawPathAndQuery())
        .startsWith(path.replaceFirst("\\?.*", ""));
    assertThat(sent).hasSameSizeAs(recorded);
    for (int i = 0; i < recorded.size(); i++) {
      assertThat(fields(sent.get(i))).isEqualTo(writable(type, fields(recorded.get(i))));
      assertThat(sent.get(i).associations().keySet())
          .isEqualTo(writableAssociations(type, recorded.get(i)));
    }
    assertThat(answered).isNotEmpty().allSatisfy(m -> assertThat(m.id()).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Fixtures.PS8, Fixtures.PS9})
  void readModifyWriteOfACustomer_sendsNoReadOnlyFieldAndSucceeds(String corpus) throws Exception {
    try (WebserviceClient client = client()) {
      server.serve(corpus, exchange(corpus, "get-customer-after-post"));
      Customer customer = client.customers().get(4);
      assertThat(customer.toEntity().fieldNames()).contains("secure_key", "last_passwd_gen");

      Customer changed = customer.toBuilder().note("Called back on Monday").build();
      server.serve(
          corpus,
          exchange(
              corpus,
              corpus.equals(Fixtures.PS9) ? "put-customer-readonly-stripped" : "put-customer"));
      Customer stored = client.customers().replace(changed);

      Entity sent = entities(server.received().get(0).body()).get(0);
      assertThat(sent.fieldNames())
          .doesNotContain("secure_key", "last_passwd_gen")
          .contains("id", "email", "lastname", "firstname", "passwd", "note");
      assertThat(sent.text("note")).contains("Called back on Monday");
      assertThat(sent.text("email")).isEqualTo(customer.toEntity().text("email"));
      assertThat(stored.id()).contains(4L);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Fixtures.PS8, Fixtures.PS9})
  void configurationWrites_sendOnlyWhatTheBlankSchemaOffers(String corpus) throws Exception {
    List<String> writable =
        new ArrayList<>(
            entities(Fixtures.bytes(corpus, "bodies/schema-blank-configurations.response.xml"))
                .get(0)
                .fieldNames());
    writable.add("id");
    try (WebserviceClient client = client()) {
      server.serve(corpus, exchange(corpus, "get-configurations-1"));
      Configuration read = client.configurations().get(1);
      Configuration changed = read.toBuilder().value("new value").build();

      client.configurations().replace(changed);
      Entity put = entities(server.received().get(1).body()).get(0);
      server.serve(corpus, exchange(corpus, "get-configurations-1"));
      client.configurations().patch(changed);
      Entity patch = entities(server.received().get(0).body()).get(0);

      assertThat(writable).containsAll(put.fieldNames());
      assertThat(put.text("value")).contains("new value");
      assertThat(put.text("name")).isEqualTo(read.toEntity().text("name"));
      assertThat(patch.fieldNames()).containsExactly("id", "value");
    }
  }

  private static List<? extends Model> write(
      ModelResource<? extends Model> resource, String method, List<Entity> recorded, Query query) {
    return writeTyped(resource, method, recorded, query);
  }

  private static <M extends Model> List<M> writeTyped(
      ModelResource<M> resource, String method, List<Entity> recorded, Query query) {
    ModelType<M> type = resource.type();
    List<M> models = new ArrayList<>();
    for (Entity entity : recorded) {
      if (method.equals("PATCH")) {
        // A patch sends what a builder set: set each recorded field on the object's id.
        Entity idOnly =
            Entity.builder(entity.type()).set("id", entity.text("id").orElseThrow()).build();
        Model.Builder<M, ?> builder = builder(type.decode(idOnly));
        for (String field : entity.fieldNames()) {
          if (!field.equals("id")) {
            builder.field(field, entity.text(field).orElseThrow());
          }
        }
        models.add(builder.build());
      } else {
        models.add(type.decode(entity));
      }
    }
    if (models.size() == 1) {
      M model = models.get(0);
      return List.of(
          switch (method) {
            case "POST" -> resource.create(model, query);
            case "PUT" -> resource.replace(model, query);
            default -> resource.patch(model, query);
          });
    }
    return switch (method) {
      case "POST" -> resource.createAll(models, query);
      case "PUT" -> resource.replaceAll(models, query);
      default -> resource.patchAll(models, query);
    };
  }

  @SuppressWarnings("unchecked")
  private static <M extends Model> Model.Builder<M, ?> builder(M model) throws RuntimeException {
    try {
      return (Model.Builder<M, ?>) model.getClass().getMethod("toBuilder").invoke(model);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> writable(ModelType<?> type, Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>(fields);
    type.fields().stream().filter(ModelType.Field::readOnly).forEach(f -> out.remove(f.name()));
    return out;
  }

  private static java.util.Set<String> writableAssociations(ModelType<?> type, Entity entity) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>(entity.associations().keySet());
    type.associations().stream()
        .filter(ModelType.Association::readOnly)
        .forEach(a -> names.remove(a.name()));
    return names;
  }

  private static Map<String, Object> fields(Entity entity) {
    return new HashMap<>(entity.fields());
  }

  private static List<Entity> entities(byte[] xml) throws IOException {
    return XmlReader.read(new ByteArrayInputStream(xml), 0).entities();
  }

  private static WebserviceClient client() {
    return WebserviceClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(KEY)
        .httpConfig(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build())
        .build();
  }

  private static JsonNode index(String corpus) throws IOException {
    return new ObjectMapper().readTree(Fixtures.bytes(corpus, "index.json"));
  }

  private static JsonNode exchange(String corpus, String id) throws IOException {
    for (JsonNode exchange : index(corpus)) {
      if (exchange.get("id").asText().equals(id)) {
        return exchange;
      }
    }
    throw new IllegalArgumentException(corpus + ": no exchange " + id);
  }
}
