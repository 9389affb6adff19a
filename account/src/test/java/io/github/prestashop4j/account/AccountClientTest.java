package io.github.prestashop4j.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.PermissionException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class AccountClientTest {
  static final String SHOP = "f07181f7-2399-406d-9226-4b6c14cf6068";
  static final String STATUS_PATH = "/accounts/v1/shop-identities/" + SHOP + "/status";

  AccountClient client;
  OAuth2ClientCredentials tokens;

  @BeforeEach
  void build(WireMockRuntimeInfo wm) {
    CloudEnvironment environment =
        CloudEnvironment.custom(
            URI.create(wm.getHttpBaseUrl()), URI.create(wm.getHttpBaseUrl() + "/accounts/"));
    ClientConfig http =
        ClientConfig.builder()
            .baseUrl("http://ignored.invalid")
            .retryPolicy(RetryPolicy.none())
            .build();
    wm.getWireMock()
        .register(
            post("/oauth2/token")
                .willReturn(
                    okJson(
                        "{\"access_token\":\"vendor-access-token\",\"token_type\":\"bearer\","
                            + "\"expires_in\":3600}")));
    tokens = VendorCredentials.of("vendor", "secret").billing(environment, http);
    client = AccountClient.builder().environment(environment).httpConfig(http).auth(tokens).build();
  }

  @AfterEach
  void close() {
    client.close();
    tokens.close();
  }

  @Test
  void readsAShopIdentityStatus(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(STATUS_PATH)
                .willReturn(
                    okJson(
                        "{\"cloudShopId\":\""
                            + SHOP
                            + "\",\"isVerified\":true,"
                            + "\"frontendUrl\":\"https://shop.example.com\","
                            + "\"backOfficeUrl\":\"https://shop.example.com/admin123\","
                            + "\"shopVerificationErrorCode\":null,"
                            + "\"pointOfContactUuid\":\"owner-uuid\","
                            + "\"pointOfContactEmail\":\"owner@example.com\","
                            + "\"createdAt\":\"2026-01-02T03:04:05.000Z\","
                            + "\"updatedAt\":\"2026-02-03T04:05:06+01:00\","
                            + "\"verifiedAt\":\"2026-01-02T03:05:00Z\","
                            + "\"unverifiedAt\":null,"
                            + "\"multiShopId\":3,\"labels\":[\"a\"]}")));

    ShopIdentityStatus status = client.shopIdentityStatus(SHOP);

    assertThat(status.cloudShopId()).contains(SHOP);
    assertThat(status.verified()).isTrue();
    assertThat(status.frontendUrl()).contains("https://shop.example.com");
    assertThat(status.backOfficeUrl()).contains("https://shop.example.com/admin123");
    assertThat(status.shopVerificationErrorCode()).isEmpty();
    assertThat(status.pointOfContactUuid()).contains("owner-uuid");
    assertThat(status.pointOfContactEmail()).contains("owner@example.com");
    assertThat(status.createdAt()).contains(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(status.updatedAt()).contains(Instant.parse("2026-02-03T03:05:06Z"));
    assertThat(status.verifiedAt()).contains(Instant.parse("2026-01-02T03:05:00Z"));
    assertThat(status.unverifiedAt()).isEmpty();
    assertThat(status.otherFields()).isEqualTo(Map.of("multiShopId", 3, "labels", List.of("a")));
    assertThat(status.toString()).contains(SHOP).doesNotContain("owner@example.com");
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlEqualTo(STATUS_PATH))
                .withHeader("Authorization", equalTo("Bearer vendor-access-token"))
                .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void toleratesMissingAndUnreadableFields(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(STATUS_PATH)
                .willReturn(
                    okJson(
                        "{\"isVerified\":false,\"shopVerificationErrorCode\":42,"
                            + "\"createdAt\":\"yesterday\"}")));

    ShopIdentityStatus status = client.shopIdentityStatus(SHOP);

    assertThat(status.verified()).isFalse();
    assertThat(status.cloudShopId()).isEmpty();
    assertThat(status.shopVerificationErrorCode()).contains("42");
    assertThat(status.createdAt()).isEmpty();
    assertThat(status.rawField("createdAt")).contains("yesterday");
    assertThat(status.otherFields()).isEmpty();
  }

  @Test
  void mapsTheAccountsErrorBody(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(STATUS_PATH)
                .willReturn(
                    aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\":\"store-identity/store-cannot-be-requested\","
                                + "\"message\":\"Store cannot be requested\","
                                + "\"reason\":\"Request failed with status code 403\"}")));

    PermissionException e =
        catchThrowableOfType(PermissionException.class, () -> client.shopIdentityStatus(SHOP));

    assertThat(e.statusCode()).isEqualTo(403);
    assertThat(e.errors())
        .containsExactly(
            ApiError.of(
                "store-identity/store-cannot-be-requested",
                "Store cannot be requested (Request failed with status code 403)"));
    assertThat(e.getMessage())
        .contains("store-identity/store-cannot-be-requested")
        .doesNotContain("vendor-access-token");
  }

  @Test
  void mapsStatusesToCoreExceptions(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(STATUS_PATH)
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withBody("{\"error\":\"store-identity/not-found\",\"message\":\"\"}")));
    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> client.shopIdentityStatus(SHOP));
    assertThat(notFound.errors())
        .extracting(ApiError::code)
        .containsExactly("store-identity/not-found");

    wm.getWireMock()
        .register(get(STATUS_PATH).willReturn(aResponse().withStatus(502).withBody("<html>bad")));
    ServerException server =
        catchThrowableOfType(ServerException.class, () -> client.shopIdentityStatus(SHOP));
    assertThat(server.errors()).isEmpty();
    assertThat(server.bodyExcerpt()).contains("<html>bad");

    wm.getWireMock()
        .register(
            get(STATUS_PATH)
                .willReturn(
                    aResponse()
                        .withStatus(401)
                        .withBody("{\"error\":\"accounts-api/unauthorized\",\"reason\":\"jwt\"}")));
    AuthenticationException unauthorized =
        catchThrowableOfType(AuthenticationException.class, () -> client.shopIdentityStatus(SHOP));
    assertThat(unauthorized.errors())
        .containsExactly(ApiError.of("accounts-api/unauthorized", "(jwt)"));
  }

  @Test
  void refusesABodyThatIsNotAnObject(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get(STATUS_PATH).willReturn(okJson("[1,2]")));
    assertThatThrownBy(() -> client.shopIdentityStatus(SHOP)).isInstanceOf(DecodeException.class);
  }

  @Test
  void encodesTheShopIdInThePath(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(get("/accounts/v1/shop-identities/a%2Fb%20c/status").willReturn(okJson("{}")));
    assertThat(client.shopIdentityStatus("a/b c").verified()).isFalse();
    assertThatThrownBy(() -> client.shopIdentityStatus(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cloudShopId");
  }

  @Test
  void healthcheck(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(get("/accounts/healthcheck").willReturn(okJson("{\"status\":\"ok\"}")));
    client.healthcheck();

    wm.getWireMock().register(get("/accounts/healthcheck").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(client::healthcheck).isInstanceOf(ServerException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 307})
  void aRedirectIsAnApiExceptionNeitherFollowedNorRetried(int status, WireMockRuntimeInfo wm) {
    String elsewhere = wm.getHttpBaseUrl() + "/login";
    wm.getWireMock()
        .register(
            get("/accounts/healthcheck")
                .willReturn(aResponse().withStatus(status).withHeader("Location", elsewhere)));
    wm.getWireMock()
        .register(
            get(STATUS_PATH)
                .willReturn(aResponse().withStatus(status).withHeader("Location", elsewhere)));
    wm.getWireMock().register(get("/login").willReturn(okJson("{\"status\":\"ok\"}")));
    RecordingSleeper sleeper = new RecordingSleeper();
    CloudEnvironment environment =
        CloudEnvironment.custom(
            URI.create(wm.getHttpBaseUrl()), URI.create(wm.getHttpBaseUrl() + "/accounts/"));
    // The default policy, which retries 5xx: a redirect must still be sent once.
    ClientConfig http = ClientConfig.builder().sleeper(sleeper).build();

    try (AccountClient retrying =
        AccountClient.builder().environment(environment).httpConfig(http).auth(tokens).build()) {
      assertThatThrownBy(retrying::healthcheck)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e).hasMessageContaining("a redirect to " + elsewhere);
              });
      assertThatThrownBy(() -> retrying.shopIdentityStatus(SHOP))
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(status));
    }
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo("/accounts/healthcheck")));
    wm.getWireMock().verifyThat(1, getRequestedFor(urlEqualTo(STATUS_PATH)));
    wm.getWireMock().verifyThat(0, getRequestedFor(urlEqualTo("/login")));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void builderNamesTheMissingSetting() {
    assertThatThrownBy(() -> AccountClient.builder().auth(() -> "Bearer x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("environment");
    assertThatThrownBy(
            () -> AccountClient.builder().environment(CloudEnvironment.PRODUCTION).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("auth");
    try (AccountClient production =
        AccountClient.builder()
            .environment(CloudEnvironment.PRODUCTION)
            .auth(() -> "Bearer x")
            .build()) {
      assertThat(production.toString())
          .contains("https://accounts-api.distribution.prestashop.net")
          .doesNotContain("Bearer");
    }
    assertThat(ApiException.class).isAssignableFrom(PermissionException.class);
  }
}
