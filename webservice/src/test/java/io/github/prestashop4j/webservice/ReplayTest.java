package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.PermissionException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.webservice.internal.Document;
import io.github.prestashop4j.webservice.internal.WebserviceErrors;
import io.github.prestashop4j.webservice.internal.XmlReader;
import io.github.prestashop4j.webservice.testing.Fixtures;
import io.github.prestashop4j.webservice.testing.Oracle;
import io.github.prestashop4j.webservice.testing.ReplayServer;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every exchange recorded from a real PrestaShop 8.1.2 and 9.1.4 store. For each one, the
 * same request is issued through the public API; the loopback server answers with the recorded
 * response and keeps what the client sent, which must match the recorded request (method, path,
 * decoded query and each encoded pair byte for byte, body). The decoded result is compared with an
 * independent reading of the body; errors must become the right exception with the store's codes.
 *
 * <p>Exchanges the SDK refuses to send (invalid parameters it checks first) are asserted to be
 * refused without a request, and their recorded answer still goes through the error decoder.
 * Exchanges no SDK call can produce are listed in {@link #NOT_SENDABLE} with the reason; their
 * recorded answer is decoded too.
 */
class ReplayTest {
  private static final String KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Exchanges no SDK call can produce, by design, with the reason. */
  static final Map<String, String> NOT_SENDABLE = new LinkedHashMap<>();

  static {
    String keyInUrl = "the SDK sends the key only in the Authorization header, never as ws_key";
    NOT_SENDABLE.put("ws-key-query-list", keyInUrl);
    NOT_SENDABLE.put("ws-key-query-single-json", keyInUrl);
    NOT_SENDABLE.put("auth-bad-ws-key-query", keyInUrl);
    String noKey = "a client always has a key (build() requires it)";
    NOT_SENDABLE.put("auth-none-root", noKey);
    NOT_SENDABLE.put("auth-none-products-json", noKey);
    NOT_SENDABLE.put(
        "root-json", "capabilities() reads the root listing in XML: its JSON is a PHP fatal");
    NOT_SENDABLE.put("root-head", "no operation sends HEAD to the root listing");
    NOT_SENDABLE.put("head-products", "exists() checks one id; HEAD on a list has no use");
    NOT_SENDABLE.put("non-numeric-id", "ids are numbers in the API");
    NOT_SENDABLE.put(
        "filter-no-brackets", "filters are always bracketed ([5]); bare values are a legacy form");
    NOT_SENDABLE.put("filter-unclosed-bracket", "the builder cannot produce an unbalanced bracket");
    NOT_SENDABLE.put("sort-no-brackets", "sorts are always bracketed ([price_ASC])");
    NOT_SENDABLE.put(
        "shop-group-alias-1", "the builder sends id_group_shop, which every version reads");
    NOT_SENDABLE.put("shop-id-abc", "shop ids are numbers in the API");
    NOT_SENDABLE.put(
        "limit-bad-xml", "Limit has an offset and a count: a third part cannot be expressed");
    NOT_SENDABLE.put(
        "limit-bad-json", "Limit has an offset and a count: a third part cannot be expressed");
    NOT_SENDABLE.put("limit-non-numeric", "limits are numbers in the API");
    NOT_SENDABLE.put("language-invalid-xml", "language ids are numbers in the API");
    NOT_SENDABLE.put("language-invalid-json", "language ids are numbers in the API");
    NOT_SENDABLE.put("language-range-three", "a language range has exactly two ends in the API");
    NOT_SENDABLE.put("language-list-bad-item", "language ids are numbers in the API");
    String dateRule = "the builder adds date=1 whenever a date field is filtered or sorted";
    NOT_SENDABLE.put("filter-date-without-date1", dateRule);
    NOT_SENDABLE.put("filter-date-without-date1-json", dateRule);
    NOT_SENDABLE.put("sort-date-without-date1", dateRule);
    String format = "the SDK chooses the format itself (output_format=JSON or nothing)";
    NOT_SENDABLE.put("io-format-query-json", format);
    NOT_SENDABLE.put("output-format-lowercase", format);
    NOT_SENDABLE.put("output-format-xml-explicit", format);
    NOT_SENDABLE.put("method-options", "OPTIONS is not a Webservice method");
    NOT_SENDABLE.put(
        "method-ps-method-bogus", "ps_method is set by the client from real methods only");
    NOT_SENDABLE.put(
        "method-delete-collection", "delete() needs an id, deleteAll() a non-empty id list");
    NOT_SENDABLE.put("put-duplicate-id", "no operation sends two objects to one object's URL");
    String xmlOnly = "the SDK always writes well-formed XML built from entities";
    NOT_SENDABLE.put("malformed-xml-xml", xmlOnly);
    NOT_SENDABLE.put("malformed-xml-json", xmlOnly);
    NOT_SENDABLE.put("json-body-rejected", xmlOnly);
    NOT_SENDABLE.put("empty-body-post", xmlOnly);
    NOT_SENDABLE.put(
        "search-display",
        "search() takes words and a language only (display on search is a PHP fatal)");
    String sortDirection = "Sort has ASC or DESC only, always bracketed";
    NOT_SENDABLE.put("sort-bad-direction-xml", sortDirection);
    NOT_SENDABLE.put("sort-bad-direction-json", sortDirection);
    NOT_SENDABLE.put("sort-no-direction", sortDirection);
    String displayBrackets = "Display always brackets its field list";
    NOT_SENDABLE.put("display-malformed-xml", displayBrackets);
    NOT_SENDABLE.put("display-malformed-json", displayBrackets);
    NOT_SENDABLE.put("list-search-full-json", "search() takes words and a language only");
    NOT_SENDABLE.put("schema-bogus-xml", "schemas are read by name (blank); no free schema type");
    NOT_SENDABLE.put("schema-bogus-json", "schemas are read by name (blank); no free schema type");
  }

  private static ReplayServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ReplayServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> prestashop8() throws Exception {
    return replay(Fixtures.PS8);
  }

  @TestFactory
  Stream<DynamicTest> prestashop9() throws Exception {
    return replay(Fixtures.PS9);
  }

  private Stream<DynamicTest> replay(String corpus) throws Exception {
    JsonNode index = JSON.readTree(Fixtures.bytes(corpus, "index.json"));
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode exchange : index) {
      String id = exchange.get("id").asText();
      tests.add(DynamicTest.dynamicTest(id, () -> replayOne(corpus, exchange)));
    }
    return tests.stream();
  }

  private void replayOne(String corpus, JsonNode exchange) throws Exception {
    String id = exchange.get("id").asText();
    Recorded recorded = Recorded.of(corpus, exchange);
    if (recorded.path.startsWith("/api/images")) {
      checkDecoding(recorded);
      Assumptions.abort("replayed through client.images() by ImagesReplayTest");
    }
    if ("synopsis".equals(recorded.param("schema"))) {
      checkDecoding(recorded);
      Assumptions.abort("replayed through schema(SYNOPSIS) by SchemaReplayTest");
    }
    if (NOT_SENDABLE.containsKey(id)) {
      checkDecoding(recorded);
      Assumptions.abort(NOT_SENDABLE.get(id));
    }
    server.serve(corpus, exchange);
    Throwable thrown = null;
    Object result = null;
    try {
      Call call = Call.of(recorded);
      try (WebserviceClient client = call.client(server.baseUrl())) {
        result = call.action.apply(client);
      }
    } catch (RuntimeException e) {
      thrown = e;
    }
    if (thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException) {
      // Refused before sending: nothing reached the store; the recorded answer shows why.
      assertThat(server.received()).as("requests sent after a refusal").isEmpty();
      assertThat(recorded.status).as("the store refused it too").isGreaterThanOrEqualTo(400);
      checkDecoding(recorded);
      return;
    }
    assertThat(server.received()).as("requests sent").hasSize(1);
    recorded.assertMatches(server.received().get(0));
    boolean head = recorded.method.equals("HEAD");
    if (!head && (recorded.status >= 400 || (recorded.status >= 300 && recorded.status != 304))) {
      assertThat(thrown).as("an exception for HTTP " + recorded.status).isNotNull();
      recorded.assertExpectedException(thrown);
    } else {
      if (thrown != null) {
        throw new AssertionError("unexpected exception", thrown);
      }
      recorded.assertResult(result);
    }
  }

  /** Runs a recorded answer through the decoders the client uses. */
  private static void checkDecoding(Recorded recorded) throws Exception {
    if (recorded.status >= 400) {
      WebserviceErrors decoder = new WebserviceErrors();
      List<ApiError> errors = decoder.parseErrors(recorded.headers(), recorded.body);
      assertThat(errors.stream().map(e -> e.numericCode().orElse(-1)).toList())
          .isEqualTo(Oracle.errorCodes(recorded.body, recorded.json()));
      ErrorResponse response =
          new ErrorResponse(
              recorded.method,
              recorded.path,
              recorded.status,
              recorded.headers(),
              errors,
              "",
              null);
      recorded.assertExpectedException(decoder.toException(response));
    } else if (recorded.status == 200 && recorded.body.length > 0 && recorded.xml()) {
      assertThat(XmlReader.read(new ByteArrayInputStream(recorded.body), 0)).isNotNull();
    }
  }

  /** The recorded request and response of one exchange. */
  private static final class Recorded {
    final String id;
    final String method;
    final String path;
    final List<Map.Entry<String, String>> query;
    final String rawQuery;
    final JsonNode requestHeaders;
    final String auth;
    final byte[] requestBody;
    final int status;
    final JsonNode responseHeaders;
    final byte[] body;

    private Recorded(String corpus, JsonNode exchange) {
      JsonNode request = exchange.get("request");
      JsonNode response = exchange.get("response");
      this.id = exchange.get("id").asText();
      this.method = request.get("method").asText();
      String full = request.get("path").asText();
      int q = full.indexOf('?');
      this.path = q < 0 ? full : full.substring(0, q);
      this.rawQuery = q < 0 ? "" : full.substring(q + 1);
      this.query = decodeQuery(rawQuery);
      this.requestHeaders = request.get("headers");
      this.auth = request.get("auth").asText();
      this.requestBody =
          request.get("body").isNull()
              ? null
              : Fixtures.bytes(corpus, request.get("body").asText());
      this.status = response.get("status").asInt();
      this.responseHeaders = response.get("headers");
      this.body =
          response.get("body").isNull()
              ? new byte[0]
              : Fixtures.bytes(corpus, response.get("body").asText());
    }

    static Recorded of(String corpus, JsonNode exchange) {
      return new Recorded(corpus, exchange);
    }

    String param(String name) {
      return query.stream()
          .filter(e -> e.getKey().equals(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }

    String requestHeader(String name) {
      JsonNode value = requestHeaders.get(name);
      return value == null ? null : value.asText();
    }

    HttpHeaders headers() {
      HttpHeaders.Builder builder = HttpHeaders.builder();
      responseHeaders
          .fields()
          .forEachRemaining(h -> builder.add(h.getKey(), h.getValue().asText()));
      return builder.build();
    }

    boolean json() {
      String type = responseHeaders.path("Content-Type").asText("");
      return type.contains("json");
    }

    boolean xml() {
      return responseHeaders.path("Content-Type").asText("").contains("xml");
    }

    void assertMatches(ReplayServer.Received sent) throws Exception {
      String sentPath = sent.rawPathAndQuery();
      int q = sentPath.indexOf('?');
      assertThat(sent.method()).as("method").isEqualTo(method);
      assertThat(q < 0 ? sentPath : sentPath.substring(0, q)).as("path").isEqualTo(path);
      String sentQuery = q < 0 ? "" : sentPath.substring(q + 1);
      assertThat(sorted(decodeQuery(sentQuery))).as("decoded query").isEqualTo(sorted(query));
      // The recording client encoded as the SDK does: each pair must match byte for byte too.
      assertThat(sentQuery.isEmpty() ? List.of() : List.of(sentQuery.split("&")))
          .as("encoded query pairs")
          .containsExactlyInAnyOrderElementsOf(
              rawQuery.isEmpty() ? List.of() : List.of(rawQuery.split("&")));
      for (String header : List.of("Output-Format", "Io-Format", "Local-Content-Sha1")) {
        String expected = requestHeader(header);
        String actual = sent.headers().get(header.toLowerCase(java.util.Locale.ROOT));
        assertThat(actual).as(header).isEqualTo(expected);
      }
      assertThat(sent.headers().get("authorization")).as("Authorization").isNotNull();
      if (requestBody != null) {
        assertThat(content(bodyEntities(sent.body())))
            .as("body")
            .isEqualTo(content(bodyEntities(requestBody)));
      }
    }

    void assertExpectedException(Throwable thrown) {
      List<Integer> codes = Oracle.errorCodes(body, json());
      Class<? extends Throwable> expected = expectedException(codes);
      assertThat(thrown).isInstanceOf(expected);
      if (thrown instanceof ApiException api) {
        assertThat(api.statusCode()).isEqualTo(status);
        if (status >= 400) {
          assertThat(api.errors().stream().map(e -> e.numericCode().orElse(-1)).toList())
              .isEqualTo(codes);
        }
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        assertThat(thrown instanceof UnconfirmedWriteException)
            .as("a 5xx write is reported as possibly applied")
            .isEqualTo(write && expected == ServerException.class);
      }
    }

    // The classification the fixtures' READMEs describe: by the first code that is not a PHP
    // notice, else by status.
    private Class<? extends Throwable> expectedException(List<Integer> codes) {
      if (status >= 300 && status < 400) {
        return InvalidRequestException.class;
      }
      Integer code = codes.stream().filter(c -> c < 2 || c > 15).findFirst().orElse(null);
      if (code == null) {
        if (!codes.isEmpty() || status >= 500) {
          return ServerException.class;
        }
        return status == 404
            ? NotFoundException.class
            : status == 401 ? AuthenticationException.class : InvalidRequestException.class;
      }
      if (List.of(17, 18, 20, 21, 26).contains(code)) {
        return AuthenticationException.class;
      }
      if (List.of(87, 92, 131).contains(code) || (code == 999 && status == 404)) {
        return NotFoundException.class;
      }
      if (code == 132) {
        return PermissionException.class;
      }
      if (List.of(46, 47, 59, 61, 62, 63, 64, 66, 69, 70, 71, 88, 127).contains(code)) {
        return ServerException.class;
      }
      return InvalidRequestException.class;
    }

    void assertResult(Object result) throws Exception {
      if (status == 304) {
        assertThat(result).isEqualTo(Optional.empty());
        return;
      }
      if (result instanceof Boolean exists) {
        assertThat(exists).isEqualTo(status == 200);
        return;
      }
      if (result instanceof Capabilities capabilities) {
        assertThat(capabilities.shopName()).isEqualTo("TestShop");
        long resources =
            new String(body, StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.startsWith("<description"))
                .filter(l -> l.matches("<[a-z_]+ xlink:href=\"[^\"]+/api/[a-z_]+\" get=.*"))
                .count();
        assertThat(capabilities.granted().asMap()).hasSize((int) resources);
        assertThat(capabilities.allows("customers", WebserviceMethod.GET)).isTrue();
        assertThat(capabilities.storeVersion()).isPresent();
        return;
      }
      List<Entity> entities = Call.entities(result);
      List<Oracle.Item> expected = Oracle.items(body, json());
      assertThat(entities).as("objects").hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Entity entity = entities.get(i);
        Oracle.Item item = expected.get(i);
        if (item.id() != null) {
          assertThat(entity.text("id")).as("id of item " + i).hasValue(item.id());
        }
        for (Map.Entry<String, Object> field : item.fields().entrySet()) {
          Object value = entity.value(field.getKey()).orElse(null);
          if (field.getValue() instanceof Map<?, ?> languages) {
            assertThat(value).as(field.getKey()).isInstanceOf(LocalizedText.class);
            Map<String, String> actual = new LinkedHashMap<>();
            ((LocalizedText) value).asMap().forEach((k, v) -> actual.put(String.valueOf(k), v));
            assertThat(actual).as(field.getKey()).isEqualTo(languages);
          } else {
            assertThat(value).as(field.getKey()).isEqualTo(field.getValue());
          }
        }
      }
    }

    private static List<Map.Entry<String, String>> sorted(List<Map.Entry<String, String>> query) {
      List<Map.Entry<String, String>> copy = new ArrayList<>(query);
      copy.sort(
          Comparator.<Map.Entry<String, String>, String>comparing(Map.Entry::getKey)
              .thenComparing(Map.Entry::getValue));
      return copy;
    }

    private static List<Map.Entry<String, String>> decodeQuery(String raw) {
      List<Map.Entry<String, String>> params = new ArrayList<>();
      if (raw.isEmpty()) {
        return params;
      }
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.add(
            Map.entry(
                URLDecoder.decode(name, StandardCharsets.UTF_8),
                URLDecoder.decode(value, StandardCharsets.UTF_8)));
      }
      return params;
    }
  }

  /** Request bodies compared as the entities they hold. */
  static List<Entity> bodyEntities(byte[] xml) throws Exception {
    Document document = XmlReader.read(new ByteArrayInputStream(xml), 0);
    List<Entity> entities = new ArrayList<>();
    for (Document.Section section : document.sections()) {
      if (section.list() && section.items().isEmpty()) {
        entities.add(Entity.builder(section.name()).build());
      } else {
        entities.addAll(section.items());
      }
    }
    return entities;
  }

  /** What a write sends: types, fields and associations; links are response-only data. */
  static List<Object> content(List<Entity> entities) {
    List<Object> content = new ArrayList<>();
    for (Entity entity : entities) {
      Map<String, Object> associations = new LinkedHashMap<>();
      entity.associations().forEach((name, items) -> associations.put(name, content(items)));
      content.add(List.of(entity.type(), entity.fields(), associations));
    }
    return content;
  }

  /** The API call that produces a recorded request. */
  private static final class Call {
    ResponseFormat format = ResponseFormat.XML;
    String key = KEY;
    boolean methodOverride;
    RequestOptions options = RequestOptions.defaults();
    Function<WebserviceClient, Object> action;

    WebserviceClient client(String baseUrl) {
      return WebserviceClient.builder()
          .baseUrl(baseUrl)
          .apiKey(key)
          .responseFormat(format)
          .methodOverride(methodOverride)
          .httpConfig(
              ClientConfig.builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none()).build())
          .build();
    }

    @SuppressWarnings("unchecked")
    static List<Entity> entities(Object result) {
      if (result instanceof Entity entity) {
        return List.of(entity);
      }
      if (result instanceof io.github.prestashop4j.core.paging.Page<?> page) {
        return (List<Entity>) page.items();
      }
      if (result instanceof Optional<?> optional) {
        return entities(((Versioned<?>) optional.orElseThrow()).value());
      }
      if (result instanceof WebserviceClient.SearchResult search) {
        List<Entity> all = new ArrayList<>();
        search.products().forEach(product -> all.add(product.toEntity()));
        search.categories().forEach(category -> all.add(category.toEntity()));
        return all;
      }
      if (result == null) {
        return List.of();
      }
      return (List<Entity>) result;
    }

    static Call of(Recorded recorded) throws Exception {
      Call call = new Call();
      if (recorded.auth.equals("bad-key")) {
        call.key =
            recorded.id.equals("auth-short-key") ? "SHORTKEY" : "WRONGKEY000000000000000000000000";
      }
      List<Map.Entry<String, String>> params = new ArrayList<>(recorded.query);
      if (params.removeIf(p -> p.getKey().equals("output_format") && p.getValue().equals("JSON"))) {
        call.format = ResponseFormat.JSON;
      }
      String psMethod = recorded.param("ps_method");
      if (psMethod != null) {
        params.removeIf(p -> p.getKey().equals("ps_method"));
        call.methodOverride = true;
      }
      RequestOptions.Builder options = RequestOptions.builder();
      for (String header : List.of("Output-Format", "Io-Format")) {
        if (recorded.requestHeader(header) != null) {
          options.header(header, recorded.requestHeader(header));
        }
      }
      call.options = options.build();
      String method = psMethod != null ? psMethod : recorded.method;
      String[] segments = recorded.path.substring("/api/".length()).split("/");
      String resource = segments[0];
      Long id = segments.length > 1 ? Long.valueOf(segments[1]) : null;
      String sha1 = recorded.requestHeader("Local-Content-Sha1");

      if (resource.isEmpty()) {
        call.action = client -> client.capabilities();
        return call;
      }
      if (resource.equals("search") && method.equals("GET")) {
        String words = recorded.param("query") == null ? "" : recorded.param("query");
        String language = recorded.param("language");
        call.action =
            client -> client.search(words, language == null ? 0 : Integer.parseInt(language));
        return call;
      }
      List<Entity> body =
          recorded.requestBody == null ? List.of() : bodyEntities(recorded.requestBody);
      switch (method) {
        case "GET" -> {
          if ("blank".equals(recorded.param("schema"))) {
            call.action =
                client -> client.resource(resource).withOptions(call.options).blankSchema();
          } else {
            Query query = RecordedQuery.toQuery(params);
            if (id == null && sha1 != null) {
              call.action =
                  client ->
                      client
                          .resource(resource)
                          .withOptions(call.options)
                          .listIfChanged(query, sha1);
            } else if (id == null) {
              call.action =
                  client -> client.resource(resource).withOptions(call.options).list(query);
            } else if (sha1 != null) {
              call.action =
                  client ->
                      client
                          .resource(resource)
                          .withOptions(call.options)
                          .getIfChanged(id, sha1, query);
            } else {
              call.action =
                  client -> client.resource(resource).withOptions(call.options).get(id, query);
            }
          }
        }
        case "HEAD" -> call.action = client -> client.resource(resource).exists(id);
        case "POST" -> {
          Query query = RecordedQuery.toQuery(params);
          call.action =
              body.size() == 1
                  ? client -> client.resource(resource).create(body.get(0), query)
                  : client -> client.resource(resource).createAll(body, query);
        }
        case "PUT" ->
            call.action =
                id != null && body.size() == 1
                    ? client -> client.resource(resource).replace(body.get(0))
                    : client -> client.resource(resource).replaceAll(body);
        case "PATCH" ->
            call.action =
                id != null && body.size() == 1
                    ? client -> client.resource(resource).patch(body.get(0))
                    : client -> client.resource(resource).patchAll(body);
        case "DELETE" -> {
          String ids = recorded.param("id");
          if (id != null) {
            call.action =
                client -> {
                  client.resource(resource).delete(id);
                  return null;
                };
          } else {
            List<Long> list =
                java.util.Arrays.stream(ids.substring(1, ids.length() - 1).split(","))
                    .map(Long::valueOf)
                    .toList();
            call.action =
                client -> {
                  client.resource(resource).deleteAll(list);
                  return null;
                };
          }
        }
        default -> throw new AssertionError("no call for " + method);
      }
      return call;
    }
  }
}
