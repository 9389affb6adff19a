package io.github.prestashop4j.webservice.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A loopback WireMock server that answers every request with one recorded response, the exchange
 * under test, and keeps what the client sent for comparison with the recorded request.
 */
public final class ReplayServer implements AutoCloseable {
  private static final Set<String> HOP_BY_HOP =
      Set.of("transfer-encoding", "connection", "content-length", "keep-alive");

  private final WireMockServer server;

  /**
   * What the server received.
   *
   * @param method the method
   * @param rawPathAndQuery the raw path and query
   * @param headers the headers, names lower-cased
   * @param body the body
   */
  public record Received(
      String method, String rawPathAndQuery, Map<String, String> headers, byte[] body) {}

  /** Starts the server on a free loopback port. */
  public ReplayServer() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  /**
   * Returns the base URL.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * Sets the exchange whose response the next requests get, and forgets earlier requests.
   *
   * @param corpus the corpus the exchange comes from
   * @param exchange the exchange of {@code index.json}
   */
  public void serve(String corpus, JsonNode exchange) {
    server.resetAll();
    JsonNode response = exchange.get("response");
    ResponseDefinitionBuilder answer = aResponse().withStatus(response.get("status").asInt());
    for (Iterator<Map.Entry<String, JsonNode>> it = response.get("headers").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> header = it.next();
      if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        answer.withHeader(header.getKey(), header.getValue().asText());
      }
    }
    JsonNode body = response.get("body");
    if (body != null && !body.isNull()) {
      answer.withBody(Fixtures.bytes(corpus, body.asText()));
    }
    server.stubFor(any(anyUrl()).willReturn(answer));
  }

  /**
   * Returns the requests received since {@link #serve}, oldest first.
   *
   * @return the requests
   */
  public List<Received> received() {
    return server.getAllServeEvents().stream()
        .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .map(ReplayServer::received)
        .toList();
  }

  private static Received received(ServeEvent event) {
    Map<String, String> headers = new TreeMap<>();
    for (HttpHeader header : event.getRequest().getHeaders().all()) {
      headers.put(header.key().toLowerCase(Locale.ROOT), header.firstValue());
    }
    return new Received(
        event.getRequest().getMethod().getName(),
        event.getRequest().getUrl(),
        headers,
        event.getRequest().getBody());
  }

  @Override
  public void close() {
    server.stop();
  }
}
