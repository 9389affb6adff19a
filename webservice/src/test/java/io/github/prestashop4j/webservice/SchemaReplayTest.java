package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.webservice.testing.Fixtures;
import io.github.prestashop4j.webservice.testing.ReplayServer;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every recorded {@code ?schema=synopsis} and {@code ?schema=blank} answer of both stores, read
 * through {@link WebserviceResource#schema(SchemaKind)}, gives the fields, rules and associations
 * that an independent DOM reading of the same bytes finds.
 */
class SchemaReplayTest {
  private static final String KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456";
  private static ReplayServer server;

  @BeforeAll
  static void start() {
    server = new ReplayServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> schemas() throws Exception {
    List<Arguments> schemas = new ArrayList<>();
    for (String corpus : List.of(Fixtures.PS8, Fixtures.PS9)) {
      for (JsonNode exchange : new ObjectMapper().readTree(Fixtures.bytes(corpus, "index.json"))) {
        String path = exchange.at("/request/path").asText();
        boolean ok = exchange.at("/response/status").asInt() == 200;
        if (ok
            && path.matches("/api/[a-z_]+\\?schema=(synopsis|blank)")
            && !path.startsWith("/api/images")) {
          schemas.add(Arguments.of(corpus, exchange.get("id").asText(), exchange));
        }
      }
    }
    // The schemas/ folders hold the synopsis and blank schema of every resource of both stores.
    for (String corpus : List.of(Fixtures.PS8, Fixtures.PS9)) {
      for (String resource : resources(corpus)) {
        for (String kind : List.of("synopsis", "blank")) {
          ObjectNode exchange = new ObjectMapper().createObjectNode();
          exchange.put("id", resource + "." + kind);
          exchange.putObject("request").put("path", "/api/" + resource + "?schema=" + kind);
          ObjectNode response = exchange.putObject("response");
          response.put("status", 200);
          response.putObject("headers").put("Content-Type", "text/xml;charset=utf-8");
          response.put("body", "schemas/" + resource + "." + kind + ".xml");
          schemas.add(Arguments.of(corpus, "schemas/" + resource + "." + kind, exchange));
        }
      }
    }
    return schemas.stream();
  }

  private static List<String> resources(String corpus) throws Exception {
    Path folder = Path.of("src/test/resources/fixtures", corpus, "schemas");
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".synopsis.xml") && !f.startsWith("images."))
          .map(f -> f.substring(0, f.length() - ".synopsis.xml".length()))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("schemas")
  void schema_describesWhatTheStoreSent(String corpus, String id, JsonNode exchange)
      throws Exception {
    String path = exchange.at("/request/path").asText();
    String resource = path.replaceFirst("^/api/([a-z_]+)\\?.*$", "$1");
    SchemaKind kind = path.endsWith("synopsis") ? SchemaKind.SYNOPSIS : SchemaKind.BLANK;
    server.serve(corpus, exchange);

    ResourceSchema schema;
    try (WebserviceClient client =
        WebserviceClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey(KEY)
            .httpConfig(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build())
            .build()) {
      schema = client.resource(resource).schema(kind);
    }

    assertThat(server.received().get(0).rawPathAndQuery())
        .isEqualTo("/api/" + resource + "?schema=" + kind.parameter());
    Element object =
        children(parse(Fixtures.bytes(corpus, exchange.at("/response/body").asText()))).get(0);
    assertThat(schema.kind()).isEqualTo(kind);
    assertThat(schema.elementName()).isEqualTo(object.getTagName());
    List<String> names = new ArrayList<>();
    List<String> associations = new ArrayList<>();
    for (Element field : children(object)) {
      if (field.getTagName().equals("associations")) {
        children(field).forEach(a -> associations.add(a.getTagName()));
        continue;
      }
      names.add(field.getTagName());
      ResourceSchema.Field described = schema.field(field.getTagName()).orElseThrow();
      assertThat(described.required()).isEqualTo("true".equals(field.getAttribute("required")));
      assertThat(described.maxSize().isPresent()).isEqualTo(field.hasAttribute("maxSize"));
      if (field.hasAttribute("maxSize")) {
        assertThat(described.maxSize().getAsLong())
            .isEqualTo(Long.parseLong(field.getAttribute("maxSize")));
      }
      assertThat(String.join(" ", described.formats()))
          .isEqualTo(field.getAttribute("format").trim().replaceAll("\\s+", " "));
      assertThat(described.readOnly())
          .isEqualTo(
              "true".equals(field.getAttribute("readOnly"))
                  || "true".equals(field.getAttribute("read_only")));
      assertThat(described.localized()).isEqualTo(!children(field).isEmpty());
      assertThat(described.notFilterable())
          .isEqualTo("true".equals(field.getAttribute("notFilterable")));
    }
    assertThat(schema.fields())
        .extracting(ResourceSchema.Field::name)
        .containsExactlyElementsOf(names);
    assertThat(schema.associations())
        .extracting(ResourceSchema.Association::name)
        .containsExactlyElementsOf(associations);
  }

  private static Element parse(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
  }

  private static List<Element> children(Element element) {
    List<Element> out = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
