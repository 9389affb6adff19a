package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays every recorded exchange of a real store's corpus, in order, against a fake store set to
 * that version, and compares the answers structurally (status, body kind, element and field names
 * and shapes, error codes). Each divergence must be listed, with its reason, in {@code
 * known-differences.txt} (and so in the README); an exchange that starts to conform must be taken
 * off the list.
 */
class ConformanceTest {
  private static final String ROOT = "/io/github/prestashop4j/testkit/conformance/";
  private static final Set<String> SKIPPED_HEADERS =
      Set.of("host", "content-length", "connection", "user-agent");

  @ParameterizedTest
  @ValueSource(strings = {"8.1.2", "9.1.4"})
  void the_fake_answers_like_the_recorded_store(String version) throws Exception {
    Map<String, String> divergences = replay(version);
    Map<String, String> known = knownDifferences(version);
    Map<String, String> unexpected = new TreeMap<>(divergences);
    unexpected.keySet().removeAll(known.keySet());
    Set<String> fixed = new java.util.TreeSet<>(known.keySet());
    fixed.removeAll(divergences.keySet());
    assertThat(unexpected).as("divergences not listed as known differences").isEmpty();
    assertThat(fixed).as("listed as known differences but now conforming").isEmpty();
  }

  static Map<String, String> replay(String version) throws Exception {
    JsonNode index = new ObjectMapper().readTree(bytes(ROOT + version + "/index.json"));
    Map<String, String> divergences = new TreeMap<>();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<String, String> lastSha1 = new HashMap<>();
    try (FakePrestaShop fake = FakePrestaShop.builder().version(version).start()) {
      for (JsonNode e : index) {
        String id = e.path("id").asText();
        JsonNode req = e.path("request");
        String path = req.path("path").asText().replace("${WS_KEY}", fake.apiKey());
        HttpRequest.Builder b =
            HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .timeout(Duration.ofSeconds(20));
        req.path("headers")
            .fields()
            .forEachRemaining(
                h -> {
                  if (!SKIPPED_HEADERS.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    b.header(h.getKey(), h.getValue().asText());
                  }
                });
        if (req.path("headers").has("Local-Content-Sha1")
            && e.path("response").path("status").asInt() == 304) {
          b.setHeader("Local-Content-Sha1", lastSha1.getOrDefault(path, "none"));
        }
        String auth = req.path("auth").asText();
        if (auth.equals("basic")) {
          b.header("Authorization", basic(fake.apiKey()));
        } else if (auth.equals("bad-key") && !path.contains("ws_key=")) {
          boolean shortKey =
              e.path("description").asText().contains("SHORTKEY") || id.contains("short");
          b.header(
              "Authorization", basic(shortKey ? "SHORTKEY" : "WRONGKEY000000000000000000000000"));
        }
        byte[] body =
            req.hasNonNull("body") ? bytes(ROOT + version + "/" + req.get("body").asText()) : null;
        String method = req.path("method").asText();
        b.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> res = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        res.headers().firstValue("Content-Sha1").ifPresent(s -> lastSha1.put(path, s));
        String problem = compare(version, e.path("response"), res);
        if (problem != null) {
          divergences.put(id, problem);
        }
      }
    }
    return divergences;
  }

  private static String compare(String version, JsonNode expected, HttpResponse<byte[]> actual)
      throws IOException {
    int status = expected.path("status").asInt();
    if (status != actual.statusCode()) {
      return "status " + actual.statusCode() + " instead of " + status;
    }
    String expectedType = header(expected.path("headers"), "Content-Type");
    byte[] expectedBody =
        expected.hasNonNull("body")
            ? bytesOrNull(ROOT + version + "/" + expected.get("body").asText())
            : null;
    String expectedKind = Shapes.kind(expectedType, expectedBody);
    if (expected.hasNonNull("body") && expected.get("body").asText().endsWith(".jpg")) {
      expectedKind = "image";
    }
    byte[] body = actual.body();
    if (actual.request().method().equals("HEAD")) {
      body = null;
    }
    String actualKind = Shapes.kind(actual.headers().firstValue("Content-Type").orElse(null), body);
    if (expectedKind.equals("none") && (body == null || body.length == 0)) {
      return null;
    }
    if (!expectedKind.equals(actualKind)) {
      return "body kind " + actualKind + " instead of " + expectedKind;
    }
    if (expectedKind.equals("image") || expectedKind.equals("text")) {
      return null;
    }
    String want = Shapes.of(expectedKind, expectedBody);
    String got = Shapes.of(actualKind, body);
    if (!want.equals(got)) {
      return "shape differs:\n  want " + want + "\n  got  " + got;
    }
    return null;
  }

  private static String header(JsonNode headers, String name) {
    var it = headers.fields();
    while (it.hasNext()) {
      var h = it.next();
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue().asText();
      }
    }
    return null;
  }

  static Map<String, String> knownDifferences(String version) throws IOException {
    Map<String, String> known = new TreeMap<>();
    String text = new String(bytes(ROOT + "known-differences.txt"), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      String l = line.trim();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+", 3);
      if (parts[0].equals(version) || parts[0].equals("*")) {
        known.put(parts[1], parts.length > 2 ? parts[2] : "");
      }
    }
    return known;
  }

  private static String basic(String key) {
    return "Basic "
        + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
  }

  static byte[] bytes(String resource) throws IOException {
    byte[] b = bytesOrNull(resource);
    if (b == null) {
      throw new IOException("missing test resource " + resource);
    }
    return b;
  }

  private static byte[] bytesOrNull(String resource) throws IOException {
    try (InputStream in = ConformanceTest.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** Prints the divergences of a version, to maintain known-differences.txt. */
  public static void main(String[] args) throws Exception {
    for (String v : args.length > 0 ? args : new String[] {"8.1.2", "9.1.4"}) {
      replay(v).forEach((id, p) -> System.out.println(v + " " + id + " " + p));
    }
  }
}
