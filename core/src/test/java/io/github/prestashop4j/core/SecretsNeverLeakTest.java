package io.github.prestashop4j.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.auth.ApiKeyAuth;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.RequestBody;
import io.github.prestashop4j.core.http.ResponseHandler;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs the SDK's success, retry, error, timeout and token scenarios with DEBUG logging captured,
 * and checks that no configured secret shows up in any log line, exception message, stack trace,
 * {@code toString()} or serialized exception.
 */
@WireMockTest
class SecretsNeverLeakTest {
  private static final String API_KEY = "SECRETKEY0123456789ABCDEFGHIJKLM";
  private static final String CLIENT_ID = "vendor-id";
  private static final String CLIENT_SECRET = "client-secret-7f3a9c";
  private static final String ACCESS_TOKEN = "access-token-9d8e7f6a5b";
  private static final String HEADER_SECRET = "default-header-secret-42";
  private static final ResponseHandler<String> TEXT =
      response -> new String(response.body().readAllBytes(), StandardCharsets.UTF_8);

  private final Logger sdkLogger = (Logger) LoggerFactory.getLogger("io.github.prestashop4j");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level previousLevel;

  @BeforeEach
  void captureDebugLogs() {
    previousLevel = sdkLogger.getLevel();
    sdkLogger.setLevel(Level.DEBUG);
    // Captured only: the console of the build stays quiet.
    sdkLogger.setAdditive(false);
    captured.start();
    sdkLogger.addAppender(captured);
  }

  @AfterEach
  void restoreLogging() {
    sdkLogger.detachAppender(captured);
    sdkLogger.setLevel(previousLevel);
    sdkLogger.setAdditive(true);
  }

  @Test
  void noSecretAppearsInLogsMessagesToStringOrSerializedExceptions(WireMockRuntimeInfo wm)
      throws IOException {
    String base = wm.getHttpBaseUrl();
    stubFor(get(urlPathEqualTo("/api/products")).willReturn(ok("<prestashop/>")));
    stubFor(
        get("/api/customers")
            .inScenario("retry")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    stubFor(get("/api/customers").inScenario("retry").whenScenarioStateIs("up").willReturn(ok("")));
    stubFor(
        get("/api/orders")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader(
                        "WWW-Authenticate", "Basic realm=\"Welcome to PrestaShop Webservice\"")
                    .withBody("401 Unauthorized")));
    stubFor(
        post(urlPathEqualTo("/api/addresses"))
            .willReturn(aResponse().withStatus(500).withBody("<html>fatal</html>")));
    stubFor(get("/api/slow").willReturn(ok("z".repeat(100)).withChunkedDribbleDelay(5, 5_000)));
    stubFor(
        post("/oauth2/token")
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + ACCESS_TOKEN
                        + "\",\"expires_in\":3600,\"token_type\":\"bearer\"}")));
    stubFor(
        post("/bad/oauth2/token")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));
    stubFor(
        get("/v1/subscriptions")
            .willReturn(okJson("{}").withHeader("Set-Cookie", "session=" + ACCESS_TOKEN)));
    stubFor(get("/v1/denied").willReturn(aResponse().withStatus(403)));

    List<Object> printed = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    ClientConfig shopConfig =
        ClientConfig.builder()
            .baseUrl(base)
            .defaultHeader("X-Api-Key", HEADER_SECRET)
            .sleeper(new RecordingSleeper())
            .build();
    ApiKeyAuth key = ApiKeyAuth.of(API_KEY);
    printed.add(shopConfig);
    printed.add(key);
    try (HttpPipeline shop = HttpPipeline.builder(shopConfig).auth(key).build()) {
      printed.add(shop);
      HttpRequest withKeyInQuery =
          HttpRequest.get(URI.create(base + "/api/products?display=full&ws_key=" + API_KEY))
              .build();
      printed.add(withKeyInQuery);
      shop.execute(withKeyInQuery, RequestOptions.defaults(), TEXT);
      shop.execute(
          HttpRequest.get(URI.create(base + "/api/customers")).build(),
          RequestOptions.defaults(),
          TEXT);
      run(
          failures,
          () ->
              shop.execute(
                  HttpRequest.get(URI.create(base + "/api/orders")).build(),
                  RequestOptions.defaults(),
                  TEXT));
      run(
          failures,
          () ->
              shop.execute(
                  HttpRequest.builder("POST", URI.create(base + "/api/addresses?ws_key=" + API_KEY))
                      .body(RequestBody.ofUtf8("<prestashop/>", "text/xml"))
                      .build(),
                  RequestOptions.defaults(),
                  TEXT));
      run(
          failures,
          () ->
              shop.execute(
                  HttpRequest.get(URI.create(base + "/api/slow")).build(),
                  RequestOptions.builder().callTimeout(Duration.ofMillis(500)).build(),
                  TEXT));
      run(
          failures,
          () ->
              shop.execute(
                  HttpRequest.get(URI.create("http://127.0.0.1:1/api/products")).build(),
                  RequestOptions.defaults(),
                  TEXT));
    }
    run(
        failures,
        () ->
            HttpPipeline.builder(ClientConfig.builder().baseUrl("http://shop.example.com").build())
                .auth(key)
                .build());
    run(failures, () -> ApiKeyAuth.of(API_KEY + "X"));

    ClientConfig cloudConfig =
        ClientConfig.builder().baseUrl(base).sleeper(new RecordingSleeper()).build();
    try (OAuth2ClientCredentials vendor =
            OAuth2ClientCredentials.builder()
                .tokenUrl(base + "/oauth2/token")
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .audience("distribution.prestashop.net")
                .httpConfig(cloudConfig)
                .build();
        OAuth2ClientCredentials wrongSecret =
            OAuth2ClientCredentials.builder()
                .tokenUrl(base + "/bad/oauth2/token")
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .httpConfig(cloudConfig)
                .build();
        HttpPipeline billing = HttpPipeline.builder(cloudConfig).auth(vendor).build()) {
      printed.add(vendor);
      printed.add(billing);
      billing.execute(
          HttpRequest.get(URI.create(base + "/v1/subscriptions")).build(),
          RequestOptions.defaults(),
          TEXT);
      run(
          failures,
          () ->
              billing.execute(
                  HttpRequest.get(URI.create(base + "/v1/denied")).build(),
                  RequestOptions.defaults(),
                  TEXT));
      run(failures, wrongSecret::accessToken);
      printed.add(vendor);
    }

    List<String> logLines = new ArrayList<>();
    for (ILoggingEvent event : captured.list) {
      logLines.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        logLines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    // The capture is real: requests, responses and retries were logged at DEBUG.
    assertThat(String.join("\n", logLines))
        .contains("--> GET " + base + "/api/products?display=full&ws_key=REDACTED")
        .contains("Authorization: REDACTED")
        .contains("X-Api-Key: REDACTED")
        .containsIgnoringCase("Set-Cookie: REDACTED")
        .contains("<-- 200")
        .contains("Retrying GET " + base + "/api/customers");
    assertThat(failures)
        .extracting(failure -> failure.getClass().getSimpleName())
        .containsExactly(
            "AuthenticationException",
            "ServerException",
            "DeadlineExceededException",
            "InsecureTransportException",
            "InsecureTransportException",
            "IllegalArgumentException",
            "PermissionException",
            "AuthenticationException");

    List<String> texts = new ArrayList<>(logLines);
    printed.forEach(object -> texts.add(String.valueOf(object)));
    for (Throwable failure : failures) {
      texts.add(failure.getMessage());
      texts.add(failure.toString());
      texts.add(stackTrace(failure));
      texts.add(serialized(failure));
    }

    for (String secret : secrets()) {
      assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(secret));
    }
  }

  private static List<String> secrets() {
    return List.of(
        API_KEY,
        Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.US_ASCII)),
        CLIENT_SECRET,
        Base64.getEncoder()
            .encodeToString(
                (CLIENT_ID + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8)),
        ACCESS_TOKEN,
        HEADER_SECRET);
  }

  private static void run(List<Throwable> failures, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      failures.add(e);
      return;
    }
    throw new AssertionError("expected the call to fail");
  }

  private static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static String serialized(Throwable failure) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(failure);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
