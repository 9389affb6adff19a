package io.github.prestashop4j.cloudsync.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpResponse;
import io.github.prestashop4j.core.http.RequestBody;
import io.github.prestashop4j.core.internal.PercentEncoding;
import io.github.prestashop4j.core.internal.Redaction;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's one way to the three APIs: builds URLs under the configured base URL and path
 * prefixes, sends through the pipeline and decodes JSON. Thread-safe.
 */
public final class CloudSyncHttp implements AutoCloseable {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final HttpPipeline pipeline;
  private final JsonMapper mapper;
  private final AutoCloseable ownedAuth;

  /**
   * Creates the plumbing.
   *
   * @param pipeline the pipeline, whose base URL is the CloudSync base URL
   * @param mapper the JSON mapper
   * @param ownedAuth a token provider the client created and must close, or {@code null}
   */
  public CloudSyncHttp(HttpPipeline pipeline, JsonMapper mapper, AutoCloseable ownedAuth) {
    this.pipeline = pipeline;
    this.mapper = mapper;
    this.ownedAuth = ownedAuth;
  }

  /**
   * Returns the mapper.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Builds a URL: the prefix, then each segment percent-encoded, then the query.
   *
   * @param prefix a path prefix such as {@code /raw/v1}
   * @param segments path segments, encoded here
   * @param query unencoded names and values, in order
   * @return the absolute URL under the base URL
   */
  public URI uri(String prefix, List<String> segments, Map<String, String> query) {
    StringBuilder path = new StringBuilder(prefix);
    for (String segment : segments) {
      // "." and ".." would be read as dot-segments and move the path; encoded, they stay data.
      String encoded =
          segment.equals(".") || segment.equals("..")
              ? segment.replace(".", "%2E")
              : PercentEncoding.encode(segment);
      path.append('/').append(encoded);
    }
    if (!query.isEmpty()) {
      char separator = '?';
      for (Map.Entry<String, String> parameter : query.entrySet()) {
        path.append(separator)
            .append(PercentEncoding.encode(parameter.getKey()))
            .append('=')
            .append(PercentEncoding.encode(parameter.getValue()));
        separator = '&';
      }
    }
    return pipeline.resolve(path.toString());
  }

  /**
   * Resolves a link the server sent ({@code links.next}) against the URL it came with.
   *
   * @param current the URL of the response that held the link
   * @param link an absolute URL or a reference relative to {@code current}
   * @return the absolute URL; the pipeline refuses to send credentials to another origin
   * @throws DecodeException if the link is not a valid URL
   */
  public URI resolveLink(URI current, String link) {
    try {
      return current.resolve(link.strip());
    } catch (IllegalArgumentException e) {
      throw new DecodeException(
          "GET " + Redaction.uri(current) + ": links.next is not a valid URL", e);
    }
  }

  /**
   * Sends a GET and reads the body as JSON.
   *
   * @param uri the URL
   * @param options per-call options
   * @return the body, a {@code MissingNode} when empty
   */
  public JsonNode get(URI uri, RequestOptions options) {
    HttpRequest request = HttpRequest.get(uri).header("Accept", "application/json").build();
    return pipeline.execute(request, options, response -> readTree(response));
  }

  /**
   * Sends a GET and reads a JSON object straight into plain values (ordered maps, lists, strings,
   * numbers, booleans) in one pass: listings read this way skip the tree and the conversion of
   * every item from it.
   *
   * @param uri the URL
   * @param options per-call options
   * @return the object; {@code null} when the body is empty or not an object
   */
  public Map<String, Object> getObject(URI uri, RequestOptions options) {
    HttpRequest request = HttpRequest.get(uri).header("Accept", "application/json").build();
    return pipeline.execute(request, options, response -> readObject(response));
  }

  private Map<String, Object> readObject(HttpResponse response) throws IOException {
    try (JsonParser parser = mapper.createParser(response.body())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      return mapper.readValue(parser, MAP);
    }
  }

  /**
   * Sends a POST with a JSON body and reads the answer as JSON. Not retried once it may have
   * reached the server (the pipeline's rule for POST).
   *
   * @param uri the URL
   * @param body the value to send as JSON
   * @param options per-call options
   * @return the body, a {@code MissingNode} when empty
   */
  public JsonNode post(URI uri, Object body, RequestOptions options) {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("request body: cannot be written as JSON", e);
    }
    HttpRequest request =
        HttpRequest.builder("POST", uri)
            .header("Accept", "application/json")
            .body(RequestBody.of(bytes, "application/json"))
            .build();
    return pipeline.execute(request, options, response -> readTree(response));
  }

  // A redirect never gets here: the pipeline reports it as an ApiException with its status.
  private JsonNode readTree(HttpResponse response) throws IOException {
    JsonNode node = mapper.readTree(response.body());
    return node == null ? mapper.missingNode() : node;
  }

  /**
   * Converts a JSON object to an ordered map of plain values.
   *
   * @param node an object node
   * @return the map
   */
  public Map<String, Object> toMap(JsonNode node) {
    return mapper.convertValue(node, MAP);
  }

  /**
   * Converts any JSON value to plain values (maps, lists, strings, numbers, booleans).
   *
   * @param node the node
   * @return the value, {@code null} for JSON null or a missing node
   */
  public Object toValue(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return mapper.convertValue(node, Object.class);
  }

  /** Closes the pipeline, then the token provider the client created. */
  @Override
  public void close() {
    try {
      pipeline.close();
    } finally {
      if (ownedAuth != null) {
        try {
          ownedAuth.close();
        } catch (Exception e) {
          // Closing connections to the token endpoint cannot fail in a way the caller can act on.
        }
      }
    }
  }

  @Override
  public String toString() {
    return "CloudSyncHttp[" + pipeline + "]";
  }
}
