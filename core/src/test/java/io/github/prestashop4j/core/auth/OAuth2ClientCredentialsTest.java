package io.github.prestashop4j.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.InsecureTransportException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.RequestBody;
import io.github.prestashop4j.core.testing.MutableClock;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WireMockTest
class OAuth2ClientCredentialsTest {
  private static final String CLIENT_ID = "vendor-client";
  private static final String CLIENT_SECRET = "s3cr3t-Value+/=";
  private static final String TOKEN_PATH = "/oauth2/token";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
  }

  private OAuth2ClientCredentials credentials(WireMockRuntimeInfo wm) {
    OAuth2ClientCredentials credentials =
        OAuth2ClientCredentials.builder()
            .tokenUrl(wm.getHttpBaseUrl() + TOKEN_PATH)
            .clientId(CLIENT_ID)
            .clientSecret(CLIENT_SECRET)
            .audience("https://api.cloudsync.prestashop.com", "tech-vendor/acme")
            .scope("openid")
            .httpConfig(
                ClientConfig.builder()
                    .baseUrl(wm.getHttpBaseUrl())
                    .clock(clock)
                    .sleeper(sleeper)
                    .build())
            .build();
    closeables.add(credentials);
    return credentials;
  }

  private HttpPipeline api(WireMockRuntimeInfo wm, OAuth2ClientCredentials credentials) {
    HttpPipeline pipeline =
        HttpPipeline.builder(ClientConfig.builder().baseUrl(wm.getHttpBaseUrl()).build())
            .auth(credentials)
            .build();
    closeables.add(pipeline);
    return pipeline;
  }

  private static String tokenJson(String token, long expiresIn) {
    return "{\"access_token\":\""
        + token
        + "\",\"expires_in\":"
        + expiresIn
        + ",\"scope\":\"openid\",\"token_type\":\"bearer\"}";
  }

  @Test
  void fetchesOneTokenForTwentyConcurrentCalls(WireMockRuntimeInfo wm) throws Exception {
    // The delay keeps the first fetch in flight while the other callers arrive.
    stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok-1", 3600)).withFixedDelay(300)));
    stubFor(get("/v1/resource").willReturn(okJson("{}")));
    HttpPipeline api = api(wm, credentials(wm));
    HttpRequest request = HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/v1/resource")).build();

    ExecutorService threads = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(
            threads.submit(
                () -> {
                  start.await();
                  return api.execute(request, RequestOptions.defaults(), r -> r.statusCode());
                }));
      }
      start.countDown();
      for (Future<Integer> call : calls) {
        assertThat(call.get()).isEqualTo(200);
      }
    } finally {
      threads.shutdownNow();
    }

    verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(
        exactly(20),
        getRequestedFor(urlEqualTo("/v1/resource"))
            .withHeader("Authorization", equalTo("Bearer tok-1")));
  }

  @Test
  void refreshesTheTokenBeforeItExpires(WireMockRuntimeInfo wm) {
    stubFor(
        post(TOKEN_PATH)
            .inScenario("rotation")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(tokenJson("tok-1", 600)))
            .willSetStateTo("second"));
    stubFor(
        post(TOKEN_PATH)
            .inScenario("rotation")
            .whenScenarioStateIs("second")
            .willReturn(okJson(tokenJson("tok-2", 600))));
    OAuth2ClientCredentials credentials = credentials(wm);

    assertThat(credentials.accessToken()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(539)); // refresh is due 60 s before expiry, at 540 s
    assertThat(credentials.accessToken()).isEqualTo("tok-1");
    verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));

    clock.advance(Duration.ofSeconds(1));
    assertThat(credentials.authorizationHeader()).isEqualTo("Bearer tok-2");
    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @ParameterizedTest(name = "expires_in {0} s: refreshed after {1} s")
  @CsvSource({
    "600, 540", // 60 s before expiry
    "30, 15", // a short-lived token is kept for half its lifetime
    "0, 240" // no lifetime: assumed 5 minutes, less the 60 s margin
  })
  void fetchesANewTokenExactlyWhenTheRefreshIsDue(
      long expiresIn, long refreshAfter, WireMockRuntimeInfo wm) {
    stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok", expiresIn))));
    OAuth2ClientCredentials credentials = credentials(wm);

    credentials.accessToken();
    clock.advance(Duration.ofSeconds(refreshAfter - 1));
    credentials.accessToken();
    verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));

    clock.advance(Duration.ofSeconds(1));
    credentials.accessToken();
    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void aTokenEndpointThatKeepsFailingIsAServerErrorNotACredentialProblem(WireMockRuntimeInfo wm) {
    stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(500).withBody("oops")));

    assertThatThrownBy(() -> credentials(wm).accessToken())
        .isInstanceOf(ServerException.class)
        .isNotInstanceOf(AuthenticationException.class);
    verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void invalidateForcesANewToken(WireMockRuntimeInfo wm) {
    stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok", 3600))));
    OAuth2ClientCredentials credentials = credentials(wm);

    credentials.accessToken();
    credentials.invalidate();
    credentials.accessToken();

    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void aTokenRefusedBeforeItsExpiryIsRenewedOnceAndTheRequestSentAgain(WireMockRuntimeInfo wm) {
    stubFor(
        post(TOKEN_PATH)
            .inScenario("revoked")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(tokenJson("revoked-token", 3600)))
            .willSetStateTo("renewed"));
    stubFor(
        post(TOKEN_PATH)
            .inScenario("revoked")
            .whenScenarioStateIs("renewed")
            .willReturn(okJson(tokenJson("fresh-token", 3600))));
    stubFor(
        post("/v1/orders")
            .withHeader("Authorization", equalTo("Bearer revoked-token"))
            .willReturn(aResponse().withStatus(401)));
    stubFor(
        post("/v1/orders")
            .withHeader("Authorization", equalTo("Bearer fresh-token"))
            .willReturn(okJson("{}")));
    HttpPipeline api = api(wm, credentials(wm));
    HttpRequest create =
        HttpRequest.builder("POST", URI.create(wm.getHttpBaseUrl() + "/v1/orders"))
            .body(RequestBody.ofUtf8("{}", "application/json"))
            .build();

    int status = api.execute(create, RequestOptions.defaults(), r -> r.statusCode());

    assertThat(status).isEqualTo(200);
    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(exactly(2), postRequestedFor(urlEqualTo("/v1/orders")));
  }

  @Test
  void aRenewedCredentialDoesNotUseUpARetry(WireMockRuntimeInfo wm) {
    stubFor(
        post(TOKEN_PATH)
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(tokenJson("revoked-token", 3600)))
            .willSetStateTo("renewed"));
    stubFor(
        post(TOKEN_PATH)
            .inScenario("token")
            .whenScenarioStateIs("renewed")
            .willReturn(okJson(tokenJson("fresh-token", 3600))));
    stubFor(
        get("/v1/resource")
            .withHeader("Authorization", equalTo("Bearer revoked-token"))
            .willReturn(aResponse().withStatus(401)));
    stubFor(
        get("/v1/resource")
            .withHeader("Authorization", equalTo("Bearer fresh-token"))
            .inScenario("server")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    stubFor(
        get("/v1/resource")
            .withHeader("Authorization", equalTo("Bearer fresh-token"))
            .inScenario("server")
            .whenScenarioStateIs("up")
            .willReturn(okJson("{}")));
    HttpPipeline api =
        HttpPipeline.builder(
                ClientConfig.builder()
                    .baseUrl(wm.getHttpBaseUrl())
                    .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
                    .sleeper(duration -> {})
                    .build())
            .auth(credentials(wm))
            .build();
    closeables.add(api);
    HttpRequest request = HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/v1/resource")).build();

    int status = api.execute(request, RequestOptions.defaults(), r -> r.statusCode());

    assertThat(status).isEqualTo(200);
    verify(exactly(3), getRequestedFor(urlEqualTo("/v1/resource")));
  }

  @Test
  void aCredentialRefusedTwiceIsAnAuthenticationFailure(WireMockRuntimeInfo wm) {
    stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok", 3600))));
    stubFor(get("/v1/resource").willReturn(aResponse().withStatus(401)));
    HttpPipeline api = api(wm, credentials(wm));
    HttpRequest request = HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/v1/resource")).build();

    assertThatThrownBy(() -> api.execute(request, RequestOptions.defaults(), r -> r.statusCode()))
        .isInstanceOf(AuthenticationException.class);
    verify(exactly(2), getRequestedFor(urlEqualTo("/v1/resource")));
    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void sendsTheClientCredentialsGrant(WireMockRuntimeInfo wm) {
    stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok", 3600))));

    credentials(wm).accessToken();

    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (CLIENT_ID + ":" + "s3cr3t-Value%2B%2F%3D").getBytes(StandardCharsets.UTF_8));
    verify(
        postRequestedFor(urlEqualTo(TOKEN_PATH))
            .withHeader("Authorization", equalTo(basic))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(
                equalTo(
                    "grant_type=client_credentials&client_id=vendor-client"
                        + "&audience=https%3A%2F%2Fapi.cloudsync.prestashop.com+tech-vendor%2Facme"
                        + "&scope=openid")));
  }

  @Test
  void unauthorizedFromTheTokenEndpointIsAnAuthenticationFailureWithTheOAuth2Code(
      WireMockRuntimeInfo wm) {
    stubFor(
        post(TOKEN_PATH)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> credentials(wm).accessToken());

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.errors())
        .containsExactly(ApiError.of("invalid_client", "Client authentication failed"));
    assertThat(e)
        .hasMessageContaining("invalid_client")
        .hasMessageContaining("Client authentication failed")
        .hasMessageNotContaining(CLIENT_SECRET);
    verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void badRequestFromTheTokenEndpointIsAnAuthenticationFailureToo(WireMockRuntimeInfo wm) {
    stubFor(
        post(TOKEN_PATH)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":\"invalid_scope\",\"error_description\":\"scope not allowed\"}")));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> credentials(wm).accessToken());

    assertThat(e.errors()).extracting(ApiError::code).containsExactly("invalid_scope");
  }

  @Test
  void aTokenEndpointOutageIsRetriedBecauseTheGrantIsSafeToRepeat(WireMockRuntimeInfo wm) {
    stubFor(
        post(TOKEN_PATH)
            .inScenario("outage")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    stubFor(
        post(TOKEN_PATH)
            .inScenario("outage")
            .whenScenarioStateIs("up")
            .willReturn(okJson(tokenJson("tok", 3600))));

    assertThat(credentials(wm).accessToken()).isEqualTo("tok");
    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void aResponseWithoutAnAccessTokenIsADecodeFailure(WireMockRuntimeInfo wm) {
    stubFor(post(TOKEN_PATH).willReturn(okJson("{\"token_type\":\"bearer\"}")));

    assertThatThrownBy(() -> credentials(wm).accessToken())
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("no access_token");
  }

  @Test
  void aTokenOfAnotherTypeIsRefused(WireMockRuntimeInfo wm) {
    stubFor(
        post(TOKEN_PATH)
            .willReturn(
                okJson("{\"access_token\":\"x\",\"token_type\":\"mac\",\"expires_in\":60}")));

    assertThatThrownBy(() -> credentials(wm).accessToken())
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("token_type must be Bearer");
  }

  @Test
  void refusesAPlainHttpTokenEndpointOnAnotherHost() {
    assertThatThrownBy(
            () ->
                OAuth2ClientCredentials.builder()
                    .tokenUrl("http://oauth.example.com/oauth2/token")
                    .clientId(CLIENT_ID)
                    .clientSecret(CLIENT_SECRET)
                    .build())
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageStartingWith("tokenUrl: ")
        .hasMessageNotContaining(CLIENT_SECRET);
  }

  @Test
  void buildNamesTheMissingSetting() {
    assertThatThrownBy(
            () -> OAuth2ClientCredentials.builder().clientId("a").clientSecret("b").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tokenUrl: is required");
    assertThatThrownBy(
            () ->
                OAuth2ClientCredentials.builder()
                    .tokenUrl("https://oauth.example.com/oauth2/token")
                    .clientId("a")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("clientSecret: is required and must not be blank");
    assertThatThrownBy(() -> OAuth2ClientCredentials.builder().scope("two words"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scope: ");
  }

  @Test
  void toStringNeverShowsTheSecretOrTheToken(WireMockRuntimeInfo wm) {
    stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("tok-visible?", 3600))));
    OAuth2ClientCredentials credentials = credentials(wm);
    credentials.accessToken();

    assertThat(credentials.toString())
        .contains(CLIENT_ID)
        .doesNotContain(CLIENT_SECRET)
        .doesNotContain("tok-visible?");
  }
}
