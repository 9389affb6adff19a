package io.github.prestashop4j.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.billing.model.SubscriptionStatus;
import io.github.prestashop4j.billing.webhook.WebhookVerifier;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

@WireMockTest
class ReadmeExampleTest {
  private static final byte[] KEY =
      "readme-signing-key-0123456789abc".getBytes(StandardCharsets.UTF_8);
  private static final String SHOP = "b2581e4b-0030-4fc8-9bf2-7f01c550a946";
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void vendorBackendChecksSubscriptionsAndHandlesWebhooks(WireMockRuntimeInfo wm) throws Exception {
    String base = wm.getHttpBaseUrl();
    stubFor(
        post(urlEqualTo("/oauth2/token"))
            .willReturn(
                okJson("{\"access_token\":\"t\",\"expires_in\":3600,\"token_type\":\"bearer\"}")));
    stubFor(
        get(urlEqualTo("/v1/customers/shop-paying/subscriptions/my_module"))
            .willReturn(okJson("{\"id\":\"s1\",\"status\":\"active\"}")));
    stubFor(
        get(urlEqualTo("/v1/customers/shop-cancelled/subscriptions/my_module"))
            .willReturn(okJson("{\"id\":\"s2\",\"status\":\"cancelled\"}")));
    stubFor(
        get(urlEqualTo("/v1/customers/shop-new/subscriptions/my_module"))
            .willReturn(aResponse().withStatus(404)));
    MutableClock clock = new MutableClock(NOW);
    BillingClient billing =
        BillingClient.builder()
            .environment(CloudEnvironment.custom(URI.create(base), URI.create(base)))
            .gatewayBaseUrl(base)
            .billingApiBaseUrl(base)
            .credentials(VendorCredentials.of("id", "secret"))
            .httpConfig(ClientConfig.builder().clock(clock).build())
            .build();
    WebhookVerifier webhooks =
        WebhookVerifier.builder()
            .svixSecret("whsec_" + Base64.getEncoder().encodeToString(KEY))
            .clock(clock)
            .build();

    try (ReadmeExample.VendorBackend backend = new ReadmeExample.VendorBackend(billing, webhooks)) {
      assertThat(backend.mayServe("shop-paying")).isTrue();
      assertThat(backend.mayServe("shop-cancelled")).isFalse();
      assertThat(backend.mayServe("shop-new")).isFalse();

      byte[] activated =
          Fixtures.read("webhook-subscription-status-updated.json")
              .getBytes(StandardCharsets.UTF_8);
      byte[] olderPaused =
          new String(activated, StandardCharsets.UTF_8)
              .replace("\"status\": \"active\"", "\"status\": \"paused\"")
              .replace("1700000000200", "1700000000150")
              .getBytes(StandardCharsets.UTF_8);

      assertThat(backend.onWebhook(signed("msg_1", activated), activated)).isEqualTo(200);
      assertThat(backend.knownStatus(SHOP)).contains(SubscriptionStatus.ACTIVE);
      // An older change delivered late must not overwrite the newer status.
      assertThat(backend.onWebhook(signed("msg_0", olderPaused), olderPaused)).isEqualTo(200);
      assertThat(backend.knownStatus(SHOP)).contains(SubscriptionStatus.ACTIVE);
      // Tampered or unsigned deliveries are refused.
      assertThat(backend.onWebhook(signed("msg_1", activated), olderPaused)).isEqualTo(401);
      assertThat(backend.onWebhook(Map.of(), activated)).isEqualTo(401);
    }
  }

  private static Map<String, List<String>> signed(String id, byte[] body) throws Exception {
    long timestamp = NOW.getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
    String signature = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    return Map.of(
        "svix-id", List.of(id),
        "svix-timestamp", List.of(Long.toString(timestamp)),
        "svix-signature", List.of(signature));
  }
}
