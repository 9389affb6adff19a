package io.github.prestashop4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The baseline: a plain {@code java.net.http} client sending the same request as the SDK, and the
 * body parsed by {@link RawParse} straight from the response stream.
 */
public final class RawClient {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String authorization;

  /**
   * A client sending {@code Authorization}.
   *
   * @param authorization the header value
   */
  public RawClient(String authorization) {
    this.authorization = authorization;
  }

  /**
   * A client for a Webservice key (HTTP Basic, key as user name).
   *
   * @param key the key
   * @return the client
   */
  public static RawClient webservice(String key) {
    return new RawClient(
        "Basic "
            + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * GETs and parses.
   *
   * @param uri the URI
   * @param json whether the body is JSON (XML otherwise)
   * @return the scalar values
   */
  public List<String> get(URI uri, boolean json) {
    return send(HttpRequest.newBuilder(uri).GET(), json);
  }

  /**
   * POSTs an XML body and parses the XML answer.
   *
   * @param uri the URI
   * @param xml the body
   * @return the scalar values of the answer
   */
  public List<String> postXml(URI uri, byte[] xml) {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "text/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(xml)),
        false);
  }

  private List<String> send(HttpRequest.Builder request, boolean json) {
    try {
      HttpResponse<InputStream> response =
          http.send(
              request
                  .header("Authorization", authorization)
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() >= 300) {
          throw new IOException("HTTP " + response.statusCode());
        }
        return json ? RawParse.jsonScalars(body) : RawParse.xmlTexts(body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
