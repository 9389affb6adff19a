package io.github.prestashop4j.account;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import java.net.URI;
import org.junit.jupiter.api.Test;

@WireMockTest
class VendorCredentialsTest {
  static final String SECRET = "vendor-secret-Value";

  @Test
  void neverShowsTheSecret() {
    VendorCredentials credentials = VendorCredentials.of("vendor", SECRET);
    assertThat(credentials.clientId()).isEqualTo("vendor");
    assertThat(credentials.toString()).contains("vendor").doesNotContain(SECRET);
    assertThatThrownBy(() -> VendorCredentials.of(" ", SECRET)).hasMessageStartingWith("clientId");
    assertThatThrownBy(() -> VendorCredentials.of("vendor", ""))
        .hasMessageStartingWith("clientSecret");
  }

  @Test
  void providersAskForTheAudiencesOfEachApi(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            post("/oauth2/token")
                .willReturn(
                    okJson(
                        "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":60}")));
    CloudEnvironment environment =
        CloudEnvironment.custom(URI.create(wm.getHttpBaseUrl()), URI.create(wm.getHttpBaseUrl()));
    ClientConfig http = ClientConfig.builder().baseUrl("http://ignored.invalid").build();
    VendorCredentials credentials = VendorCredentials.of("vendor", SECRET);

    try (OAuth2ClientCredentials billing = credentials.billing(environment, http);
        OAuth2ClientCredentials cloudSync = credentials.cloudSync(environment, http, "acme")) {
      assertThat(billing.authorizationHeader()).isEqualTo("Bearer t");
      assertThat(cloudSync.authorizationHeader()).isEqualTo("Bearer t");
    }
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("audience=distribution.prestashop.net"))
                .withRequestBody(containing("scope=openid")));
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(
                    containing(
                        "audience=https%3A%2F%2Fapi.cloudsync.prestashop.com+tech-vendor%2Facme")));
    assertThatThrownBy(() -> credentials.cloudSync(environment, http, "a b"))
        .hasMessageStartingWith("clientName");
  }
}
