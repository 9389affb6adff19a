package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
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
import static io.github.prestashop4j.cloudsync.CloudSyncWireMock.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.PermissionException;
import io.github.prestashop4j.core.RateLimitException;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class ErrorsAndRetriesTest {
  private static final String INFO = "/raw/v1/" + SHOP + "/shop";
  private static final String TOKEN_PATH = "/oauth2/token";

  @Test
  void refusedToken_isRenewedExactlyOnce_andTheCallSucceeds(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .withBasicAuth(CloudSyncWireMock.CLIENT_ID, CloudSyncWireMock.CLIENT_SECRET)
            .withRequestBody(
                equalTo(
                    "grant_type=client_credentials&client_id=vendor-client&audience="
                        + "https%3A%2F%2Fapi.cloudsync.prestashop.com+tech-vendor%2Facme"))
            .inScenario("tokens")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson("{\"access_token\":\"revoked\",\"expires_in\":3600}"))
            .willSetStateTo("second"));
    stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .inScenario("tokens")
            .whenScenarioStateIs("second")
            .willReturn(okJson("{\"access_token\":\"fresh\",\"expires_in\":3600}")));
    stubFor(
        get(urlEqualTo(INFO))
            .withHeader("Authorization", equalTo("Bearer revoked"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"code\":401,\"message\":\"Unauthorized\",\"data\":{\"status\":401}}")));
    stubFor(
        get(urlEqualTo(INFO))
            .withHeader("Authorization", equalTo("Bearer fresh"))
            .willReturn(okJson("{\"item\":{\"cmsVersion\":\"9.0.0\"}}")));

    try (CloudSyncClient client = CloudSyncWireMock.builder(wm, new RecordingSleeper()).build()) {
      assertThat(client.shop(SHOP).info().cmsVersion()).contains("9.0.0");
      assertThat(client.shop(SHOP).info().cmsVersion()).contains("9.0.0");
    }

    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(
        exactly(1),
        getRequestedFor(urlEqualTo(INFO)).withHeader("Authorization", equalTo("Bearer revoked")));
    verify(
        exactly(2),
        getRequestedFor(urlEqualTo(INFO)).withHeader("Authorization", equalTo("Bearer fresh")));
  }

  @Test
  void aSecond401_isAnAuthenticationException_withoutAThirdToken(WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    stubFor(
        get(urlEqualTo(INFO))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"code\":\"UNAUTHORIZED\",\"message\":\"Bad audience\","
                            + "\"statusText\":\"Unauthorized\"}")));

    try (CloudSyncClient client = CloudSyncWireMock.builder(wm, new RecordingSleeper()).build()) {
      assertThatThrownBy(() -> client.shop(SHOP).info())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("[UNAUTHORIZED] Bad audience")
          .hasMessageNotContaining(CloudSyncWireMock.TOKEN)
          .hasMessageNotContaining(CloudSyncWireMock.CLIENT_SECRET);
    }
    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(exactly(2), getRequestedFor(urlEqualTo(INFO)));
  }

  @Test
  void rateLimited_get_waitsWhatRetryAfterSays_thenSucceeds(WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    stubFor(
        get(urlEqualTo(INFO))
            .inScenario("limit")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "7")
                    .withBody("{\"code\":\"TOO_MANY\",\"message\":\"Slow down\"}"))
            .willSetStateTo("ok"));
    stubFor(
        get(urlEqualTo(INFO))
            .inScenario("limit")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"item\":{\"cmsVersion\":\"8.2.0\"}}")));
    RecordingSleeper sleeper = new RecordingSleeper();

    try (CloudSyncClient client = CloudSyncWireMock.builder(wm, sleeper).build()) {
      assertThat(client.shop(SHOP).info().cmsVersion()).contains("8.2.0");
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    verify(exactly(2), getRequestedFor(urlEqualTo(INFO)));
  }

  @Test
  void rateLimited_trigger_isNotRetried_andCarriesRetryAfter(WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    stubFor(
        post(urlEqualTo("/sync/v1/sync/trigger"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
    RecordingSleeper sleeper = new RecordingSleeper();

    try (CloudSyncClient client = CloudSyncWireMock.builder(wm, sleeper).build()) {
      assertThatThrownBy(() -> client.sync().trigger(SHOP, List.of(ShopContent.ORDERS)))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
    }
    assertThat(sleeper.waits()).isEmpty();
    verify(exactly(1), postRequestedFor(urlEqualTo("/sync/v1/sync/trigger")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "400|{\"code\":\"BAD_REQUEST\",\"message\":\"limit must be <= 100\",\"statusText\":\"Bad Request\",\"data\":{\"status\":400}}|BAD_REQUEST|limit must be <= 100",
        "403|{\"code\":403,\"message\":\"Forbidden\",\"error_description\":\"shop not shared with vendor\"}|403|Forbidden (shop not shared with vendor)",
        "422|{\"error_description\":\"bad shop content\",\"statusText\":\"Unprocessable Entity\"}|Unprocessable Entity|bad shop content",
        "500|{\"statusText\":\"Internal Server Error\"}|Internal Server Error|Internal Server Error",
        "418|{\"error\":\"teapot\",\"message\":\"short and stout\"}|teapot|short and stout",
      })
  void errorBodies_becomeTheExceptionsErrors(
      int status, String body, String code, String message, WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    stubFor(get(urlEqualTo(INFO)).willReturn(aResponse().withStatus(status).withBody(body)));
    Class<? extends ApiException> expected =
        switch (status) {
          case 400, 422 -> InvalidRequestException.class;
          case 403 -> PermissionException.class;
          case 500 -> ServerException.class;
          default -> ApiException.class;
        };

    try (CloudSyncClient client =
        CloudSyncWireMock.builder(wm, new RecordingSleeper())
            .httpConfig(
                io.github.prestashop4j.core.ClientConfig.builder()
                    .baseUrl(wm.getHttpBaseUrl())
                    .retryPolicy(io.github.prestashop4j.core.RetryPolicy.none())
                    .build())
            .build()) {
      assertThatThrownBy(() -> client.shop(SHOP).info())
          .isInstanceOfSatisfying(
              expected,
              e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.errors()).containsExactly(ApiError.of(code, message));
              });
    }
  }

  @Test
  void errorBodiesThatAreNotCloudSyncErrors_leaveOnlyTheStatus(WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    stubFor(
        get(urlEqualTo(INFO))
            .willReturn(aResponse().withStatus(404).withBody("<html>Not here</html>")));

    try (CloudSyncClient client = CloudSyncWireMock.builder(wm, new RecordingSleeper()).build()) {
      assertThatThrownBy(() -> client.shop(SHOP).info())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.errors()).isEmpty();
                assertThat(e.bodyExcerpt()).contains("Not here");
              });
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307})
  void aRedirectIsNeitherFollowedNorRetriedNorASuccess(int status, WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    String elsewhere = wm.getHttpBaseUrl() + "/moved";
    stubFor(
        post(urlEqualTo("/sync/v1/sync/trigger"))
            .willReturn(aResponse().withStatus(status).withHeader("Location", elsewhere)));
    stubFor(
        get(urlEqualTo(INFO))
            .willReturn(aResponse().withStatus(status).withHeader("Location", elsewhere)));
    stubFor(any(urlEqualTo("/moved")).willReturn(okJson("{\"item\":{}}")));
    RecordingSleeper sleeper = new RecordingSleeper();

    try (CloudSyncClient client = CloudSyncWireMock.builder(wm, sleeper).build()) {
      assertThatThrownBy(() -> client.sync().trigger(SHOP, List.of(ShopContent.ORDERS)))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.method()).isEqualTo("POST");
                assertThat(e).hasMessageContaining("a redirect to " + elsewhere);
              });
      assertThatThrownBy(() -> client.shop(SHOP).info())
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.method()).isEqualTo("GET");
              });
    }
    verify(exactly(1), postRequestedFor(urlEqualTo("/sync/v1/sync/trigger")));
    verify(exactly(1), getRequestedFor(urlEqualTo(INFO)));
    verify(exactly(0), anyRequestedFor(urlEqualTo("/moved")));
    assertThat(sleeper.waits()).isEmpty();
  }
}
