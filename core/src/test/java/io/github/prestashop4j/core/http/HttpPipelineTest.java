package io.github.prestashop4j.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.ConnectionFailedException;
import io.github.prestashop4j.core.DeadlineExceededException;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InsecureTransportException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.RateLimitException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.TransportException;
import io.github.prestashop4j.core.auth.ApiKeyAuth;
import io.github.prestashop4j.core.json.JsonMappers;
import io.github.prestashop4j.core.testing.CannedHttpServer;
import io.github.prestashop4j.core.testing.MutableClock;
import io.github.prestashop4j.core.testing.Ports;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class HttpPipelineTest {
  private static final String KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final ResponseHandler<String> TEXT =
      response -> new String(response.body().readAllBytes(), StandardCharsets.UTF_8);

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private HttpPipeline pipeline;

  @AfterEach
  void closePipeline() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private HttpPipeline pipeline(WireMockRuntimeInfo wm) {
    return pipeline(wm, config -> {});
  }

  private HttpPipeline pipeline(WireMockRuntimeInfo wm, Consumer<ClientConfig.Builder> customize) {
    ClientConfig.Builder config =
        ClientConfig.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).clock(clock);
    customize.accept(config);
    pipeline = HttpPipeline.builder(config.build()).auth(ApiKeyAuth.of(KEY)).build();
    return pipeline;
  }

  private static HttpRequest getRequest(WireMockRuntimeInfo wm, String path) {
    return HttpRequest.get(URI.create(wm.getHttpBaseUrl() + path)).build();
  }

  private static HttpRequest postRequest(WireMockRuntimeInfo wm, String path) {
    return HttpRequest.builder("POST", URI.create(wm.getHttpBaseUrl() + path))
        .body(RequestBody.ofUtf8("<prestashop/>", "text/xml"))
        .build();
  }

  @Test
  void retriesA503ThenSucceeds(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/products")
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    stubFor(
        get("/api/products")
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(ok("done")));

    String body =
        pipeline(wm).execute(getRequest(wm, "/api/products"), RequestOptions.defaults(), TEXT);

    assertThat(body).isEqualTo("done");
    verify(exactly(2), getRequestedFor(urlEqualTo("/api/products")));
    assertThat(sleeper.waits())
        .singleElement()
        .satisfies(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(500)));
  }

  @Test
  void doesNotRetryAnErrorTheDecoderCallsPermanent(WireMockRuntimeInfo wm) {
    stubFor(get("/api/products").willReturn(aResponse().withStatus(503).withBody("switched off")));
    pipeline =
        HttpPipeline.builder(
                ClientConfig.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).build())
            .errorDecoder(
                new ErrorDecoder() {
                  @Override
                  public List<ApiError> parseErrors(HttpHeaders headers, byte[] body) {
                    return List.of();
                  }

                  @Override
                  public boolean retryable(ErrorResponse response) {
                    return !response.bodyExcerpt().contains("switched off");
                  }
                })
            .build();

    assertThatThrownBy(
            () ->
                pipeline.execute(getRequest(wm, "/api/products"), RequestOptions.defaults(), TEXT))
        .isInstanceOf(ServerException.class);
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/products")));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void honoursRetryAfterInSecondsOn429(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/orders")
            .inScenario("throttled")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
            .willSetStateTo("open"));
    stubFor(
        get("/api/orders")
            .inScenario("throttled")
            .whenScenarioStateIs("open")
            .willReturn(ok("[]")));

    String body =
        pipeline(wm).execute(getRequest(wm, "/api/orders"), RequestOptions.defaults(), TEXT);

    assertThat(body).isEqualTo("[]");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    verify(exactly(2), getRequestedFor(urlEqualTo("/api/orders")));
  }

  @Test
  void honoursRetryAfterAsHttpDate(WireMockRuntimeInfo wm) {
    String inThreeSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(3).atZone(ZoneOffset.UTC));
    stubFor(
        get("/api/orders")
            .inScenario("dated")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", inThreeSeconds))
            .willSetStateTo("open"));
    stubFor(
        get("/api/orders").inScenario("dated").whenScenarioStateIs("open").willReturn(ok("ok")));

    pipeline(wm).execute(getRequest(wm, "/api/orders"), RequestOptions.defaults(), TEXT);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterLongerThanThePolicyAcceptsEndsRetriesAtOnce(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/orders")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    RateLimitException e =
        catchThrowableOfType(
            RateLimitException.class,
            () ->
                pipeline(wm)
                    .execute(getRequest(wm, "/api/orders"), RequestOptions.defaults(), TEXT));

    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(e.statusCode()).isEqualTo(429);
    assertThat(sleeper.waits()).isEmpty();
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/orders")));
  }

  @Test
  void retryAfterExactlyAtTheCapIsHonoured(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/orders")
            .inScenario("capped")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60"))
            .willSetStateTo("open"));
    stubFor(
        get("/api/orders").inScenario("capped").whenScenarioStateIs("open").willReturn(ok("ok")));

    RequestOptions longDeadline =
        RequestOptions.builder().callTimeout(Duration.ofMinutes(2)).build();

    pipeline(wm).execute(getRequest(wm, "/api/orders"), longDeadline, TEXT);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void theDefaultTransportRunsOnTheConfiguredExecutor(WireMockRuntimeInfo wm) {
    stubFor(get("/api/").willReturn(ok("x")));
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      pipeline(
              wm,
              config ->
                  config.executor(
                      task -> {
                        tasks.incrementAndGet();
                        pool.execute(task);
                      }))
          .execute(getRequest(wm, "/api/"), RequestOptions.defaults(), TEXT);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tasks.get()).isPositive();
  }

  @Test
  void theDefaultTransportUsesTheConfiguredProxy() throws IOException {
    try (CannedHttpServer proxy =
        new CannedHttpServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")) {
      URI proxyUri = URI.create(proxy.baseUrl());
      pipeline =
          HttpPipeline.builder(
                  ClientConfig.builder()
                      .baseUrl("http://shop.example.com")
                      .proxy(
                          ProxySelector.of(
                              new InetSocketAddress(proxyUri.getHost(), proxyUri.getPort())))
                      .build())
              .build();

      String body =
          pipeline.execute(
              HttpRequest.get(URI.create("http://shop.example.com/api/")).build(),
              RequestOptions.defaults(),
              TEXT);

      assertThat(body).isEqualTo("ok");
      assertThat(proxy.requestHeads())
          .singleElement()
          .asString()
          .startsWith("GET http://shop.example.com/api/ HTTP/1.1");
    }
  }

  @Test
  void waitThatWouldPassTheDeadlineIsNotTaken(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/orders").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")));
    RequestOptions options = RequestOptions.builder().callTimeout(Duration.ofSeconds(2)).build();

    assertThatThrownBy(() -> pipeline(wm).execute(getRequest(wm, "/api/orders"), options, TEXT))
        .isInstanceOf(ServerException.class);
    assertThat(sleeper.waits()).isEmpty();
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/orders")));
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheLastError(WireMockRuntimeInfo wm) {
    stubFor(get("/api/orders").willReturn(aResponse().withStatus(502).withBody("Bad gateway")));

    ServerException e =
        catchThrowableOfType(
            ServerException.class,
            () ->
                pipeline(wm)
                    .execute(getRequest(wm, "/api/orders"), RequestOptions.defaults(), TEXT));

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.bodyExcerpt()).isEqualTo("Bad gateway");
    verify(exactly(3), getRequestedFor(urlEqualTo("/api/orders")));
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void perCallRetryPolicyOverridesTheClients(WireMockRuntimeInfo wm) {
    stubFor(get("/api/orders").willReturn(aResponse().withStatus(503)));
    RequestOptions noRetry = RequestOptions.builder().retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> pipeline(wm).execute(getRequest(wm, "/api/orders"), noRetry, TEXT))
        .isInstanceOf(ServerException.class);
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/orders")));
  }

  @Test
  void retriesAConnectionResetOnGet(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/customers")
            .inScenario("reset")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("fine"));
    stubFor(
        get("/api/customers").inScenario("reset").whenScenarioStateIs("fine").willReturn(ok("c")));

    String body =
        pipeline(wm).execute(getRequest(wm, "/api/customers"), RequestOptions.defaults(), TEXT);

    assertThat(body).isEqualTo("c");
    verify(exactly(2), getRequestedFor(urlEqualTo("/api/customers")));
  }

  @Test
  void retriesABodyThatBreaksWhileTheHandlerReadsIt(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/customers")
            .inScenario("broken body")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK))
            .willSetStateTo("fine"));
    stubFor(
        get("/api/customers")
            .inScenario("broken body")
            .whenScenarioStateIs("fine")
            .willReturn(ok("c")));

    String body =
        pipeline(wm).execute(getRequest(wm, "/api/customers"), RequestOptions.defaults(), TEXT);

    assertThat(body).isEqualTo("c");
    verify(exactly(2), getRequestedFor(urlEqualTo("/api/customers")));
  }

  @Test
  void anInterruptedCallerIsNotRetriedAndKeepsItsInterruptFlag(WireMockRuntimeInfo wm) {
    stubFor(get("/api/orders").willReturn(ok("late").withFixedDelay(5_000)));
    HttpPipeline interruptible = pipeline(wm);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(
              () ->
                  interruptible.execute(
                      getRequest(wm, "/api/orders"), RequestOptions.defaults(), TEXT))
          .isInstanceOf(TransportException.class)
          .hasMessageEndingWith("/api/orders: interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(sleeper.waits()).isEmpty();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void doesNotRetryAPostTheServerReceived(WireMockRuntimeInfo wm) {
    stubFor(post("/api/customers").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () ->
                pipeline(wm)
                    .execute(postRequest(wm, "/api/customers"), RequestOptions.defaults(), TEXT))
        .isInstanceOf(ServerException.class);
    verify(exactly(1), postRequestedFor(urlEqualTo("/api/customers")));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void doesNotRetryAPostWhoseConnectionBrokeAfterSending(WireMockRuntimeInfo wm) {
    stubFor(
        post("/api/customers").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(
            () ->
                pipeline(wm)
                    .execute(postRequest(wm, "/api/customers"), RequestOptions.defaults(), TEXT))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(ConnectionFailedException.class);
    verify(exactly(1), postRequestedFor(urlEqualTo("/api/customers")));
  }

  @Test
  void retriesAPostWhenTheConnectionIsRefused() {
    int port = Ports.closedPort();
    pipeline =
        HttpPipeline.builder(
                ClientConfig.builder().baseUrl("http://127.0.0.1:" + port).sleeper(sleeper).build())
            .build();
    HttpRequest post =
        HttpRequest.builder("POST", URI.create("http://127.0.0.1:" + port + "/api/customers"))
            .body(RequestBody.ofUtf8("<prestashop/>", "text/xml"))
            .build();

    assertThatThrownBy(() -> pipeline.execute(post, RequestOptions.defaults(), TEXT))
        .isInstanceOf(ConnectionFailedException.class)
        .hasMessageContaining("POST http://127.0.0.1:" + port + "/api/customers");
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void deadlineCoversABodyThatTricklesIn(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/products").willReturn(ok("x".repeat(1000)).withChunkedDribbleDelay(10, 10_000)));
    Duration timeout = Duration.ofSeconds(3);
    RequestOptions options = RequestOptions.builder().callTimeout(timeout).build();
    HttpPipeline slow = pipeline(wm);

    long started = System.nanoTime();
    Throwable thrown =
        catchThrowableOfType(
            DeadlineExceededException.class,
            () -> slow.execute(getRequest(wm, "/api/products"), options, TEXT));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

    assertThat(thrown).hasMessageContaining("call deadline of PT3S passed");
    assertThat(elapsed).isLessThan(timeout.multipliedBy(11).dividedBy(10));
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/products")));
  }

  @Test
  void deadlineKeepsRunningWhileTheCallerReadsAnOpenResponse(WireMockRuntimeInfo wm)
      throws IOException {
    stubFor(get("/api/images").willReturn(ok("y".repeat(1000)).withChunkedDribbleDelay(10, 8_000)));
    RequestOptions options = RequestOptions.builder().callTimeout(Duration.ofSeconds(1)).build();

    try (HttpResponse response = pipeline(wm).send(getRequest(wm, "/api/images"), options)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThatThrownBy(() -> response.body().readAllBytes())
          .isInstanceOf(HttpTimeoutException.class);
    }
  }

  @Test
  void deadlineCoversSlowHeaders(WireMockRuntimeInfo wm) {
    stubFor(get("/api/products").willReturn(ok("late").withFixedDelay(10_000)));
    Duration timeout = Duration.ofSeconds(3);
    HttpPipeline slow = pipeline(wm);

    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                slow.execute(
                    getRequest(wm, "/api/products"),
                    RequestOptions.builder().callTimeout(timeout).build(),
                    TEXT))
        .isInstanceOf(DeadlineExceededException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(timeout.multipliedBy(11).dividedBy(10));
  }

  @Test
  void malformedBodyIsADecodeFailureAndIsNotRetried(WireMockRuntimeInfo wm) {
    stubFor(get("/api/products").willReturn(ok("{\"products\": [1, 2")));
    ObjectMapper mapper = JsonMappers.create();

    assertThatThrownBy(
            () ->
                pipeline(wm)
                    .execute(
                        getRequest(wm, "/api/products"),
                        RequestOptions.defaults(),
                        response -> mapper.readTree(response.body())))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith(
            "GET " + wm.getHttpBaseUrl() + "/api/products: response could not be decoded");
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/products")));
  }

  @Test
  void aMalformedResponseHeaderIsATransportFailure() throws IOException {
    try (CannedHttpServer server =
        new CannedHttpServer("HTTP/1.1 200 OK\r\nX-Odd: a\u0001b\r\nContent-Length: 2\r\n\r\nok")) {
      pipeline =
          HttpPipeline.builder(
                  ClientConfig.builder()
                      .baseUrl(server.baseUrl())
                      .sleeper(sleeper)
                      .retryPolicy(RetryPolicy.none())
                      .build())
              .build();

      assertThatThrownBy(
              () ->
                  pipeline.execute(
                      HttpRequest.get(URI.create(server.baseUrl() + "/api/")).build(),
                      RequestOptions.defaults(),
                      TEXT))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("GET " + server.baseUrl() + "/api/ failed");
    }
  }

  @Test
  void errorStatusBecomesTheMappedExceptionWithAnExcerpt(WireMockRuntimeInfo wm) {
    stubFor(get("/api/products/999").willReturn(aResponse().withStatus(404).withBody("not\nhere")));

    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                pipeline(wm)
                    .execute(getRequest(wm, "/api/products/999"), RequestOptions.defaults(), TEXT));

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.url()).isEqualTo(wm.getHttpBaseUrl() + "/api/products/999");
    assertThat(e.bodyExcerpt()).isEqualTo("not here");
    assertThat(e)
        .hasMessage("GET " + wm.getHttpBaseUrl() + "/api/products/999 returned HTTP 404: not here");
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aRedirectToAGetIsAnApiExceptionNeitherFollowedNorRetried(
      int status, WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/products")
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Location", wm.getHttpBaseUrl() + "/moved")
                    .withBody("<html>Moved</html>")));
    stubFor(get("/moved").willReturn(ok("followed")));

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () ->
                pipeline(wm)
                    .execute(getRequest(wm, "/api/products"), RequestOptions.defaults(), TEXT));

    assertThat(e).isExactlyInstanceOf(ApiException.class);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.bodyExcerpt()).isEqualTo("<html>Moved</html>");
    assertThat(e)
        .hasMessage(
            "GET "
                + wm.getHttpBaseUrl()
                + "/api/products returned HTTP "
                + status
                + ", a redirect to "
                + wm.getHttpBaseUrl()
                + "/moved (redirects are never followed): <html>Moved</html>");
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/products")));
    verify(exactly(0), getRequestedFor(urlEqualTo("/moved")));
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307})
  void aRedirectToAPostIsAnApiExceptionNeitherFollowedNorRetried(
      int status, WireMockRuntimeInfo wm) {
    stubFor(
        post("/api/customers")
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Location", wm.getHttpBaseUrl() + "/moved")));
    stubFor(post("/moved").willReturn(ok("followed")));
    stubFor(get("/moved").willReturn(ok("followed")));

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () ->
                pipeline(wm)
                    .execute(postRequest(wm, "/api/customers"), RequestOptions.defaults(), TEXT));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("POST");
    verify(exactly(1), postRequestedFor(urlEqualTo("/api/customers")));
    verify(exactly(0), postRequestedFor(urlEqualTo("/moved")));
    verify(exactly(0), getRequestedFor(urlEqualTo("/moved")));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aRedirectIsNotRetriedEvenWithAttemptsToSpare(WireMockRuntimeInfo wm) {
    stubFor(get("/api/products").willReturn(aResponse().withStatus(307)));
    RetryPolicy eager = RetryPolicy.builder().maxAttempts(5).build();

    assertThatThrownBy(
            () ->
                pipeline(wm, config -> config.retryPolicy(eager))
                    .execute(getRequest(wm, "/api/products"), RequestOptions.defaults(), TEXT))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(307);
              assertThat(e).hasMessageContaining("a redirect without a Location");
            });
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/products")));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aRedirectGoesThroughTheErrorDecoder(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/products")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "/login")
                    .withBody("{\"error\":\"moved\"}")));
    List<ErrorResponse> decoded = new java.util.concurrent.CopyOnWriteArrayList<>();
    pipeline =
        HttpPipeline.builder(
                ClientConfig.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).build())
            .errorDecoder(
                new ErrorDecoder() {
                  @Override
                  public List<ApiError> parseErrors(HttpHeaders headers, byte[] body) {
                    return List.of(ApiError.of("moved", new String(body, StandardCharsets.UTF_8)));
                  }

                  @Override
                  public PrestaShopException toException(ErrorResponse response) {
                    decoded.add(response);
                    return new NotFoundException(response);
                  }
                })
            .build();

    assertThatThrownBy(
            () ->
                pipeline.execute(getRequest(wm, "/api/products"), RequestOptions.defaults(), TEXT))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("returned HTTP 302, a redirect to /login");
    assertThat(decoded)
        .singleElement()
        .satisfies(
            response -> {
              assertThat(response.statusCode()).isEqualTo(302);
              assertThat(response.headers().firstValue("Location")).contains("/login");
              assertThat(response.errors()).extracting(ApiError::code).containsExactly("moved");
            });
  }

  @Test
  void theLocationOfARedirectIsRedactedInTheMessage(WireMockRuntimeInfo wm) {
    stubFor(
        get("/api/products")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader(
                        "Location", "https://user:hunter2@login.example/sso?token=abc123&next=1")));

    assertThatThrownBy(
            () ->
                pipeline(wm)
                    .execute(getRequest(wm, "/api/products"), RequestOptions.defaults(), TEXT))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("a redirect to https://login.example/sso?token=REDACTED&next=1")
        .hasMessageNotContaining("hunter2")
        .hasMessageNotContaining("abc123");
  }

  @Test
  void a304IsHandedToTheHandler(WireMockRuntimeInfo wm) {
    stubFor(get("/api/products/1").willReturn(aResponse().withStatus(304)));

    int status =
        pipeline(wm)
            .execute(
                getRequest(wm, "/api/products/1"),
                RequestOptions.defaults(),
                HttpResponse::statusCode);

    assertThat(status).isEqualTo(304);
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/products/1")));
  }

  @Test
  void aRefusedApiKeyIsNotSentAgain(WireMockRuntimeInfo wm) {
    stubFor(get("/api/").willReturn(aResponse().withStatus(401).withBody("401 Unauthorized")));

    assertThatThrownBy(
            () -> pipeline(wm).execute(getRequest(wm, "/api/"), RequestOptions.defaults(), TEXT))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageEndingWith("returned HTTP 401: 401 Unauthorized");
    verify(exactly(1), getRequestedFor(urlEqualTo("/api/")));
  }

  @Test
  void sendsCredentialsUserAgentAndHeadersInTheirOrderOfPrecedence(WireMockRuntimeInfo wm) {
    stubFor(get("/api/").willReturn(ok("")));
    HttpPipeline configured =
        pipeline(
            wm,
            config ->
                config
                    .userAgentSuffix("my-erp/2.3")
                    .defaultHeader("Output-Format", "XML")
                    .defaultHeader("X-Tenant", "a"));
    HttpRequest request =
        HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/api/"))
            .header("Output-Format", "JSON")
            .build();

    configured.execute(
        request, RequestOptions.builder().header("X-Request-Id", "r-1").build(), TEXT);

    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.US_ASCII));
    verify(
        getRequestedFor(urlEqualTo("/api/"))
            .withHeader("Authorization", equalTo(basic))
            .withHeader("User-Agent", matching("prestashop4j/\\S+ \\(Java \\S+\\) my-erp/2\\.3"))
            .withHeader("Output-Format", equalTo("JSON"))
            .withHeader("X-Tenant", equalTo("a"))
            .withHeader("X-Request-Id", equalTo("r-1")));
  }

  @Test
  void refusesCredentialsOverPlainHttpToAHostOtherThanLoopback() {
    ClientConfig config = ClientConfig.builder().baseUrl("http://shop.example.com").build();

    assertThatThrownBy(() -> HttpPipeline.builder(config).auth(ApiKeyAuth.of(KEY)).build())
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageStartingWith("baseUrl: credentials are never sent over plain http://")
        .hasMessageContaining("http://shop.example.com")
        .hasMessageContaining("use https://, or allowInsecureHttp(true)")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void plainHttpToAnyHostIsAllowedAfterAnExplicitOptIn() {
    ClientConfig config =
        ClientConfig.builder().baseUrl("http://shop.example.com").allowInsecureHttp(true).build();

    try (HttpPipeline allowed = HttpPipeline.builder(config).auth(ApiKeyAuth.of(KEY)).build()) {
      assertThat(allowed.config().allowInsecureHttp()).isTrue();
    }
  }

  @Test
  void neverSendsCredentialsToAnotherOrigin(WireMockRuntimeInfo wm) {
    stubFor(get("/api/products/1").willReturn(ok("")));
    HttpRequest elsewhere =
        HttpRequest.get(URI.create("http://127.0.0.1:" + Ports.closedPort() + "/api/products/1"))
            .build();

    assertThatThrownBy(() -> pipeline(wm).execute(elsewhere, RequestOptions.defaults(), TEXT))
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageContaining("credentials are only sent to " + wm.getHttpBaseUrl());
  }

  @Test
  void resolvesPathsAgainstTheBaseUrl(WireMockRuntimeInfo wm) {
    HttpPipeline withPath =
        HttpPipeline.builder(ClientConfig.builder().baseUrl(wm.getHttpBaseUrl() + "/shop").build())
            .build();
    pipeline = withPath;

    assertThat(withPath.resolve("api/products?display=full"))
        .isEqualTo(URI.create(wm.getHttpBaseUrl() + "/shop/api/products?display=full"));
    assertThat(withPath.resolve("/api/")).isEqualTo(URI.create(wm.getHttpBaseUrl() + "/shop/api/"));
    assertThat(withPath.resolve("//evil.example.com/x").getHost())
        .isEqualTo(URI.create(wm.getHttpBaseUrl()).getHost());
  }
}
