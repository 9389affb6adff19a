package io.github.prestashop4j.cloudsync;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import java.net.URI;

/** Builds clients against WireMock: token endpoint and CloudSync APIs on the same server. */
final class CloudSyncWireMock {
  static final String SHOP = "3f1e7a52-0c6d-4b8e-9d3a-6b2f5e4c1a90";
  static final String CLIENT_ID = "vendor-client";
  static final String CLIENT_SECRET = "s3cr3t-Value";
  static final String TOKEN = "token-one";

  private CloudSyncWireMock() {}

  static CloudEnvironment environment(WireMockRuntimeInfo wm) {
    URI base = URI.create(wm.getHttpBaseUrl());
    return CloudEnvironment.custom(base, base);
  }

  static void stubToken() {
    stubFor(
        post(urlEqualTo("/oauth2/token"))
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + TOKEN
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
  }

  static CloudSyncClient.Builder builder(WireMockRuntimeInfo wm, RecordingSleeper sleeper) {
    return CloudSyncClient.builder()
        .environment(environment(wm))
        .baseUrl(wm.getHttpBaseUrl())
        .credentials(VendorCredentials.of(CLIENT_ID, CLIENT_SECRET), "acme")
        .httpConfig(ClientConfig.builder().baseUrl(wm.getHttpBaseUrl()).sleeper(sleeper).build());
  }

  static CloudSyncClient client(WireMockRuntimeInfo wm) {
    stubToken();
    return builder(wm, new RecordingSleeper()).build();
  }
}
