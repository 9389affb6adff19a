package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.prestashop4j.cloudsync.CloudSyncWireMock.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.InsecureTransportException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class CloudSyncClientBuilderTest {
  private static final VendorCredentials CREDENTIALS =
      VendorCredentials.of("vendor-client", "very-secret-value");

  @Test
  void production_isTheDefault() {
    try (CloudSyncClient client =
        CloudSyncClient.builder().credentials(CREDENTIALS, "acme").build()) {
      assertThat(client.config().baseUrl())
          .isEqualTo(URI.create("https://api.cloudsync.prestashop.com"));
      assertThat(client.toString()).doesNotContain("very-secret-value");
      assertThat(client.reporting().toString()).contains("/reporting/v1");
      assertThat(client.sync().toString()).contains("/sync/v1");
      assertThat(client.shop(SHOP).toString()).contains(SHOP);
      assertThat(client.shop(SHOP).orders().toString()).isEqualTo("RawCollection[orders]");
    }
  }

  @Test
  void integration_hasItsOwnBaseUrl() {
    try (CloudSyncClient client =
        CloudSyncClient.builder()
            .environment(CloudEnvironment.INTEGRATION)
            .credentials(CREDENTIALS, "acme")
            .build()) {
      assertThat(client.config().baseUrl())
          .isEqualTo(URI.create("https://api.cloudsync-integration.prestashop.com"));
    }
  }

  @Test
  void preproductionAndCustomEnvironments_requireABaseUrl() {
    assertThatThrownBy(
            () ->
                CloudSyncClient.builder()
                    .environment(CloudEnvironment.PREPRODUCTION)
                    .credentials(CREDENTIALS, "acme")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "baseUrl: is required for the PREPRODUCTION environment; no default CloudSync URL is"
                + " known for it");
    assertThatThrownBy(
            () ->
                CloudSyncClient.builder()
                    .environment(
                        CloudEnvironment.custom(
                            URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1")))
                    .credentials(CREDENTIALS, "acme")
                    .build())
        .hasMessageStartingWith("baseUrl: is required for the CUSTOM environment");
    try (CloudSyncClient client =
        CloudSyncClient.builder()
            .environment(CloudEnvironment.PREPRODUCTION)
            .baseUrl("https://cloudsync.preprod.example")
            .credentials(CREDENTIALS, "acme")
            .build()) {
      assertThat(client.config().baseUrl().getHost()).isEqualTo("cloudsync.preprod.example");
    }
  }

  @Test
  void credentialsAreRequired() {
    assertThatThrownBy(() -> CloudSyncClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("credentials: is required");
  }

  @Test
  void badSettings_nameTheSetting() {
    assertThatThrownBy(() -> CloudSyncClient.builder().baseUrl("not a url"))
        .hasMessage("baseUrl: not a valid URL");
    assertThatThrownBy(
            () ->
                CloudSyncClient.builder().baseUrl("ftp://x").credentials(CREDENTIALS, "a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUrl:");
    assertThatThrownBy(
            () -> CloudSyncClient.builder().credentials(CREDENTIALS, "two words").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("clientName:");
    assertThatThrownBy(
            () ->
                CloudSyncClient.builder()
                    .baseUrl("http://cloudsync.example")
                    .credentials(CREDENTIALS, "acme")
                    .build())
        .isInstanceOf(InsecureTransportException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw v1", "/raw?x", "/raw/../v1/%2F", "/a//b"})
  void badApiPaths_areRefused(String path) {
    assertThatThrownBy(() -> CloudSyncClient.builder().rawApiPath(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rawApiPath:");
  }

  @Test
  void customBaseUrlPathAndApiPaths_areUsed_withAnyAuthProvider(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlEqualTo("/cloud/data/" + SHOP + "/shop"))
            .withHeader("Authorization", equalTo("Bearer static"))
            .willReturn(okJson("{\"item\":{\"cmsVersion\":\"9\"}}")));
    stubFor(
        get(urlEqualTo("/cloud/reports/shop-sync-onboarding/" + SHOP))
            .willReturn(okJson("{\"targetUrl\":\"u\"}")));
    stubFor(post(urlEqualTo("/cloud/sync/trigger")).willReturn(okJson("{\"result\":\"r\"}")));

    try (CloudSyncClient client =
        CloudSyncClient.builder()
            .baseUrl(URI.create(wm.getHttpBaseUrl() + "/cloud/"))
            .rawApiPath("data/")
            .reportingApiPath("/reports")
            .syncApiPath("")
            .auth(() -> "Bearer static")
            .httpConfig(ClientConfig.builder().baseUrl("https://ignored.example").build())
            .build()) {
      assertThat(client.shop(SHOP).info().cmsVersion()).contains("9");
      assertThat(client.reporting().onboarding(SHOP).targetUrl()).contains("u");
      assertThat(client.sync().trigger(SHOP, List.of(ShopContent.CARTS)).result()).contains("r");
    }
  }

  @Test
  void authReplacesCredentials_andCredentialsReplaceAuth(WireMockRuntimeInfo wm) {
    CloudSyncWireMock.stubToken();
    stubFor(
        get(urlEqualTo("/raw/v1/" + SHOP + "/shop"))
            .withHeader("Authorization", equalTo("Bearer " + CloudSyncWireMock.TOKEN))
            .willReturn(okJson("{\"item\":{}}")));

    try (CloudSyncClient client =
        CloudSyncWireMock.builder(wm, new io.github.prestashop4j.core.testing.RecordingSleeper())
            .auth(() -> "Bearer other")
            .credentials(VendorCredentials.of("vendor-client", "s3cr3t-Value"), "acme")
            .build()) {
      assertThat(client.shop(SHOP).info().fields()).isEmpty();
    }
  }
}
