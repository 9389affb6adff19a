package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.webservice.testing.Fixtures;
import io.github.prestashop4j.webservice.testing.MultipartParts;
import io.github.prestashop4j.webservice.testing.Oracle;
import io.github.prestashop4j.webservice.testing.ReplayServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every recorded {@code /api/images} exchange (and the image types listing) of the 8.1.2
 * and 9.1.4 stores through {@link WebserviceImages}: the request the client sends must match the
 * recorded one (method, path, query, and for uploads the multipart field, file name, type and
 * bytes); the answer must decode to what the body holds (ids, image bytes) or become the exception
 * the store's error codes call for.
 */
class ImagesReplayTest {
  private static final String KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("<(\\w+) id=\"(\\d+)\"");

  /** Image exchanges no call of the images API produces, with the reason. */
  static final Map<String, String> NOT_SENDABLE = new LinkedHashMap<>();

  static {
    String xmlOnly = "image listings are always read in XML: their JSON form is broken";
    NOT_SENDABLE.put("list-images-full-json", xmlOnly);
    NOT_SENDABLE.put("images-products-json", xmlOnly);
    NOT_SENDABLE.put("images-unknown-type", "ImageKind names the seven kinds the store has");
    NOT_SENDABLE.put(
        "image-replace-real-put",
        "replace() always sends POST ?ps_method=PUT: PHP reads no file from a real PUT");
    NOT_SENDABLE.put("image-upload-wrong-field", "uploads always send the file in field image");
  }

  private static ReplayServer server;

  @BeforeAll
  static void start() {
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

  static boolean isImageExchange(JsonNode exchange) {
    String path = exchange.get("request").get("path").asText();
    return path.startsWith("/api/images") || path.equals("/api/image_types?display=full");
  }

  private Stream<DynamicTest> replay(String corpus) throws Exception {
    JsonNode index = JSON.readTree(Fixtures.bytes(corpus, "index.json"));
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode exchange : index) {
      if (isImageExchange(exchange)) {
        String id = exchange.get("id").asText();
        tests.add(DynamicTest.dynamicTest(id, () -> replayOne(corpus, exchange)));
      }
    }
    assertThat(tests).as("image exchanges in " + corpus).hasSizeGreaterThanOrEqualTo(30);
    return tests.stream();
  }

  private void replayOne(String corpus, JsonNode exchange) throws Exception {
    String id = exchange.get("id").asText();
    JsonNode request = exchange.get("request");
    JsonNode response = exchange.get("response");
    int status = response.get("status").asInt();
    byte[] body =
        response.get("body").isNull()
            ? new byte[0]
            : Fixtures.bytes(corpus, response.get("body").asText());
    if (NOT_SENDABLE.containsKey(id)) {
      if (status >= 400) {
        assertThat(Oracle.errorCodes(body, id.endsWith("json"))).isNotEmpty();
      }
      Assumptions.abort(NOT_SENDABLE.get(id));
    }
    String method = request.get("method").asText();
    String fullPath = request.get("path").asText();
    int q = fullPath.indexOf('?');
    String path = q < 0 ? fullPath : fullPath.substring(0, q);
    String query = q < 0 ? "" : fullPath.substring(q + 1);
    byte[] recordedUpload =
        request.get("body").isNull() ? null : Fixtures.bytes(corpus, request.get("body").asText());
    MultipartParts recordedPart =
        recordedUpload == null
            ? null
            : MultipartParts.parse(request.get("contentType").asText(), recordedUpload);

    Function<WebserviceImages, Object> call = call(method, path, query, recordedPart);
    server.serve(corpus, exchange);
    Object result = null;
    RuntimeException thrown = null;
    ResponseFormat format =
        path.equals("/api/image_types") ? ResponseFormat.XML : ResponseFormat.AUTO;
    try (WebserviceClient client =
        WebserviceClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey(KEY)
            .responseFormat(format)
            .httpConfig(
                ClientConfig.builder()
                    .baseUrl(server.baseUrl())
                    .retryPolicy(RetryPolicy.none())
                    .build())
            .build()) {
      result = call.apply(client.images());
    } catch (RuntimeException e) {
      thrown = e;
    }

    // What was sent.
    assertThat(server.received()).as("requests sent").hasSize(1);
    ReplayServer.Received sent = server.received().get(0);
    String sentPath = sent.rawPathAndQuery();
    int sq = sentPath.indexOf('?');
    assertThat(sent.method()).as("method").isEqualTo(method);
    assertThat(sq < 0 ? sentPath : sentPath.substring(0, sq)).as("path").isEqualTo(path);
    assertThat(sq < 0 ? "" : sentPath.substring(sq + 1)).as("query").isEqualTo(query);
    assertThat(sent.headers().get("authorization")).as("Authorization").startsWith("Basic ");
    if (recordedPart != null) {
      MultipartParts sentPart =
          MultipartParts.parse(sent.headers().get("content-type"), sent.body());
      assertThat(sentPart.field()).as("multipart field").isEqualTo("image");
      assertThat(sentPart.filename()).as("file name").isEqualTo(recordedPart.filename());
      assertThat(sentPart.contentType()).as("part type").isEqualTo(recordedPart.contentType());
      assertThat(sentPart.content()).as("file bytes").isEqualTo(recordedPart.content());
      assertThat(sentPart.boundary()).as("a boundary of our own").startsWith("----prestashop4j-");
    } else {
      assertThat(sent.body()).as("no body").isEmpty();
    }

    // What came back.
    if (status >= 400 && !(status == 404 && path.startsWith("/api/images/products/"))) {
      assertThat(thrown).as("an exception for HTTP " + status).isNotNull();
      List<Integer> codes = Oracle.errorCodes(body, false);
      assertThat(codes).as("recorded codes").isNotEmpty();
      // Every recorded image error is a client error (57, 58, 65, 73, 76).
      assertThat(thrown).isExactlyInstanceOf(InvalidRequestException.class);
      ApiException api = (ApiException) thrown;
      assertThat(api.statusCode()).isEqualTo(status);
      assertThat(api.errors().stream().map(e -> e.numericCode().orElse(-1)).toList())
          .isEqualTo(codes);
      return;
    }
    if (thrown != null) {
      throw new AssertionError("unexpected exception", thrown);
    }
    assertResult(id, path, status, response, body, result);
  }

  private static Function<WebserviceImages, Object> call(
      String method, String path, String query, MultipartParts upload) {
    String[] segments = path.substring("/api/".length()).split("/");
    if (segments[0].equals("image_types")) {
      return WebserviceImages::imageTypes;
    }
    if (segments.length == 1) {
      return WebserviceImages::kinds;
    }
    if (segments[1].equals("general") && segments.length == 2) {
      return WebserviceImages::generalImages;
    }
    ImageKind kind = ImageKind.valueOf(segments[1].toUpperCase(java.util.Locale.ROOT));
    if (segments.length == 2) {
      return images -> images.list(kind);
    }
    long first = Long.parseLong(segments[2]);
    ImagePath image;
    if (kind == ImageKind.PRODUCTS) {
      if (segments.length == 3) {
        if (method.equals("POST")) {
          return images -> images.upload(ImagePath.product(first), file(upload));
        }
        return images -> images.productImageIds(first);
      }
      image = ImagePath.product(first, Long.parseLong(segments[3]));
      if (segments.length == 5) {
        image = image.size(segments[4]);
      }
    } else {
      image = ImagePath.of(kind, first);
      if (segments.length == 4) {
        image = image.size(segments[3]);
      }
    }
    ImagePath target = image;
    switch (method) {
      case "GET" -> {
        return images -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ImageDownload download = images.download(target, out);
          return new Downloaded(download, out.toByteArray());
        };
      }
      case "POST" -> {
        if (query.equals("ps_method=PUT")) {
          return images -> {
            images.replace(target, file(upload));
            return target;
          };
        }
        return images -> images.upload(target, file(upload));
      }
      case "DELETE" -> {
        return images -> {
          images.delete(target);
          return target;
        };
      }
      default -> throw new AssertionError("no call for " + method + " " + path);
    }
  }

  // The recorded file with its recorded type: what a caller would pass.
  private static ImageFile file(MultipartParts upload) {
    return ImageFile.of(upload.content(), upload.filename(), upload.contentType());
  }

  record Downloaded(ImageDownload download, byte[] bytes) {}

  private static void assertResult(
      String id, String path, int status, JsonNode response, byte[] body, Object result)
      throws Exception {
    String text = new String(body, StandardCharsets.UTF_8);
    if (result instanceof Downloaded downloaded) {
      assertThat(downloaded.bytes()).as("image bytes").isEqualTo(body);
      assertThat(downloaded.download().bytes()).isEqualTo(body.length);
      assertThat(downloaded.download().contentType())
          .isEqualTo(response.get("headers").get("Content-Type").asText());
      return;
    }
    if (result instanceof ImagePath written) {
      if (text.contains("<image>")) {
        Matcher newId = Pattern.compile("<id><!\\[CDATA\\[(\\d+)]]></id>").matcher(text);
        assertThat(newId.find()).isTrue();
        assertThat(written.imageId()).hasValue(Long.parseLong(newId.group(1)));
        assertThat(written.toString()).isEqualTo(path.substring(5) + "/" + newId.group(1));
      } else {
        assertThat(written.toString()).isEqualTo(path.substring(5));
      }
      return;
    }
    if (result instanceof ImageListing listing) {
      assertThat(listing.ids()).isEqualTo(idsOf(text, "image"));
      assertThat(listing.sizes().stream().map(ImageListing.Size::id).toList())
          .isEqualTo(idsOf(text, "image_type"));
      assertThat(listing.sizes()).allSatisfy(s -> assertThat(s.name()).isNotBlank());
      return;
    }
    if (id.startsWith("images-product") || id.startsWith("images-new-product")) {
      assertThat(result).isEqualTo(status == 404 ? List.of() : idsOf(text, "declination"));
      return;
    }
    if (path.equals("/api/image_types")) {
      @SuppressWarnings("unchecked")
      List<ImageType> types = (List<ImageType>) result;
      List<Oracle.Item> items = Oracle.items(body, false);
      assertThat(types).hasSize(items.size());
      for (int i = 0; i < types.size(); i++) {
        ImageType type = types.get(i);
        Map<String, Object> fields = items.get(i).fields();
        assertThat(type.name()).isEqualTo(fields.get("name"));
        assertThat(type.width()).isEqualTo(Integer.parseInt((String) fields.get("width")));
        assertThat(type.height()).isEqualTo(Integer.parseInt((String) fields.get("height")));
        for (ImageKind kind :
            List.of(
                ImageKind.PRODUCTS,
                ImageKind.CATEGORIES,
                ImageKind.MANUFACTURERS,
                ImageKind.SUPPLIERS,
                ImageKind.STORES)) {
          assertThat(type.appliesTo(kind))
              .as(type.name() + " " + kind)
              .isEqualTo("1".equals(fields.get(kind.pathSegment())));
        }
      }
      assertThat(types).anySatisfy(t -> assertThat(t.name()).isEqualTo("small_default"));
      return;
    }
    @SuppressWarnings("unchecked")
    List<ImageEndpoint> endpoints = (List<ImageEndpoint>) result;
    List<String> names = new ArrayList<>();
    Matcher element = Pattern.compile("\n<(\\w+) xlink:href=").matcher(text);
    while (element.find()) {
      names.add(element.group(1));
    }
    assertThat(endpoints.stream().map(ImageEndpoint::name).toList()).isEqualTo(names);
    assertThat(endpoints)
        .allSatisfy(
            e -> {
              assertThat(e.allows(WebserviceMethod.GET)).isTrue();
              assertThat(e.uploadMimeTypes()).contains("image/jpeg", "image/png", "image/webp");
            });
    if (path.equals("/api/images/general")) {
      assertThat(names).containsExactly("header", "mail", "invoice", "store_icon");
      assertThat(endpoints).allSatisfy(e -> assertThat(e.allows(WebserviceMethod.PUT)).isTrue());
    } else {
      assertThat(names).contains("products", "customizations", "general");
    }
  }

  private static List<Long> idsOf(String xml, String element) {
    List<Long> ids = new ArrayList<>();
    Matcher matcher = ID_ATTRIBUTE.matcher(xml);
    while (matcher.find()) {
      if (matcher.group(1).equals(element)) {
        ids.add(Long.parseLong(matcher.group(2)));
      }
    }
    return ids;
  }
}
