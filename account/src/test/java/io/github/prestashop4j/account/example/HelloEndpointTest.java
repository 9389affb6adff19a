package io.github.prestashop4j.account.example;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.testing.TestKeys;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the README example against a loopback authorization server. */
@WireMockTest
class HelloEndpointTest {
  static final String SHOP = "f07181f7-2399-406d-9226-4b6c14cf6068";

  @Test
  void answersVerifiedShopsOnly(WireMockRuntimeInfo wm) {
    TestKeys key = TestKeys.generate("public:hydra.jwt.access-token");
    wm.getWireMock()
        .register(
            get("/.well-known/openid-configuration")
                .willReturn(
                    okJson(
                        "{\"jwks_uri\":\"" + wm.getHttpBaseUrl() + "/.well-known/jwks.json\"}")));
    wm.getWireMock().register(get("/.well-known/jwks.json").willReturn(okJson(TestKeys.jwks(key))));
    CloudEnvironment environment =
        CloudEnvironment.custom(URI.create(wm.getHttpBaseUrl()), URI.create(wm.getHttpBaseUrl()));
    // The example uses the system clock, so the tokens are made for now.
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(environment.issuer())
            .subject("shop-client")
            .audience(List.of("store/" + SHOP, "https://accounts-api.distribution.prestashop.net"))
            .claim("scp", List.of("shop.verified"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(3600)));

    try (HelloEndpoint endpoint = new HelloEndpoint(environment)) {
      String token = key.sign(claims.build());
      HelloEndpoint.Response ok = endpoint.handle(Map.of("Authorization", "Bearer " + token)::get);
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.body()).isEqualTo("hello " + SHOP);

      assertThat(
              endpoint
                  .handle(Map.of("X-Prestashop-Authorization", "Bearer " + token)::get)
                  .status())
          .isEqualTo(200);

      String unverified = key.sign(claims.claim("scp", List.of()).build());
      HelloEndpoint.Response forbidden =
          endpoint.handle(Map.of("Authorization", "Bearer " + unverified)::get);
      assertThat(forbidden.status()).isEqualTo(403);
      assertThat(forbidden.body()).isEqualTo("MISSING_SCOPE");
      assertThat(forbidden.headers())
          .containsEntry("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");

      HelloEndpoint.Response anonymous = endpoint.handle(name -> null);
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.body()).isEqualTo("MISSING");

      // A token from someone else's key makes the verifier fetch the JWKS again; it is down.
      wm.getWireMock()
          .register(get("/.well-known/jwks.json").willReturn(aResponse().withStatus(404)));
      String rotated =
          TestKeys.generate("rotated").sign(claims.claim("scp", List.of("shop.verified")).build());
      assertThat(endpoint.handle(Map.of("Authorization", "Bearer " + rotated)::get).status())
          .isEqualTo(503);
    }
  }
}
