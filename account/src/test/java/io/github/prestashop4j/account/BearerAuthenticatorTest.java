package io.github.prestashop4j.account;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.prestashop4j.account.TokenRejectedException.Reason;
import io.github.prestashop4j.account.testing.TestKeys;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.testing.MutableClock;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class BearerAuthenticatorTest {
  static final String SHOP = "9a3c6a0e-5a4f-4d52-9a58-0c1f3b3e7d11";
  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  static TestKeys key;
  static TestKeys stranger;

  CloudEnvironment environment;
  OAuth2TokenVerifier verifier;
  BearerAuthenticator authenticator;

  @BeforeAll
  static void keys() {
    key = TestKeys.generate("k1");
    stranger = TestKeys.generate("k2");
  }

  @BeforeEach
  void serve(WireMockRuntimeInfo wm) {
    environment =
        CloudEnvironment.custom(URI.create(wm.getHttpBaseUrl()), URI.create(wm.getHttpBaseUrl()));
    wm.getWireMock()
        .register(
            get("/.well-known/openid-configuration")
                .willReturn(
                    okJson(
                        "{\"jwks_uri\":\"" + wm.getHttpBaseUrl() + "/.well-known/jwks.json\"}")));
    wm.getWireMock().register(get("/.well-known/jwks.json").willReturn(okJson(TestKeys.jwks(key))));
    verifier =
        OAuth2TokenVerifier.builder()
            .environment(environment)
            .httpConfig(
                ClientConfig.builder()
                    .baseUrl("http://ignored.invalid")
                    .clock(new MutableClock(NOW))
                    .build())
            .requireAudience("https://vendor.example.com")
            .requireScope("shop.verified")
            .build();
    authenticator = BearerAuthenticator.of(verifier);
  }

  @AfterEach
  void close() {
    verifier.close();
  }

  JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(environment.issuer())
        .subject("client-" + SHOP)
        .audience(List.of("store/" + SHOP, "https://vendor.example.com"))
        .claim("scp", List.of("shop.verified"))
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(600)));
  }

  Reason reason(String headerValue) {
    return catchThrowableOfType(
            TokenRejectedException.class, () -> authenticator.authenticate(headerValue))
        .reason();
  }

  @Test
  void acceptsABearerHeader() {
    String token = key.sign(claims().build());
    assertThat(authenticator.authenticate("Bearer " + token).shopUuid()).contains(SHOP);
    assertThat(authenticator.authenticate("bearer   " + token + " ").shopUuid()).contains(SHOP);
  }

  @Test
  void readsAuthorizationThenThePrestaShopHeader() {
    String token = key.sign(claims().build());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Prestashop-Authorization", "Bearer " + token);
    assertThat(authenticator.authenticateRequest(headers::get).shopUuid()).contains(SHOP);

    headers.put("Authorization", "Basic dXNlcjpwYXNz");
    assertThat(
            catchThrowableOfType(
                    TokenRejectedException.class,
                    () -> authenticator.authenticateRequest(headers::get))
                .reason())
        .isEqualTo(Reason.MISSING);

    TokenRejectedException none =
        catchThrowableOfType(
            TokenRejectedException.class, () -> authenticator.authenticateRequest(name -> null));
    assertThat(none.reason()).isEqualTo(Reason.MISSING);
    assertThat(none.httpStatus()).isEqualTo(401);
    assertThat(none.wwwAuthenticate()).isEqualTo("Bearer");
  }

  @Test
  void anotherSchemeCarriesNoBearerTokenAndAMalformedOneIsAnInvalidToken() {
    TokenRejectedException basic =
        catchThrowableOfType(
            TokenRejectedException.class, () -> authenticator.authenticate("Basic dXNlcjpwYXNz"));
    assertThat(basic.reason()).isEqualTo(Reason.MISSING);
    assertThat(basic.wwwAuthenticate()).isEqualTo("Bearer");

    TokenRejectedException malformed =
        catchThrowableOfType(
            TokenRejectedException.class, () -> authenticator.authenticate("Bearer a b"));
    assertThat(malformed.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(malformed.wwwAuthenticate()).isEqualTo("Bearer error=\"invalid_token\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Bearer", "Bearer ", "Bearer    "})
  void missingTokens(String headerValue) {
    assertThat(reason(headerValue)).isEqualTo(Reason.MISSING);
  }

  @Test
  void reasons() {
    assertThat(reason(null)).isEqualTo(Reason.MISSING);
    assertThat(reason("")).isEqualTo(Reason.MISSING);
    assertThat(reason("Basic dXNlcjpwYXNz")).isEqualTo(Reason.MISSING);
    assertThat(reason("Bearer a b")).isEqualTo(Reason.MALFORMED);
    assertThat(reason("Bearer not,a;token")).isEqualTo(Reason.MALFORMED);
    assertThat(reason("Bearer abc.def.ghi")).isEqualTo(Reason.MALFORMED);
    assertThat(reason("Bearer " + TestKeys.unsigned(claims().build())))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    assertThat(reason("Bearer " + key.hs256WithPublicKey(claims().build())))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    assertThat(reason("Bearer " + stranger.sign(claims().build()))).isEqualTo(Reason.UNKNOWN_KEY);
    assertThat(reason("Bearer " + TestKeys.withTamperedSignature(key.sign(claims().build()))))
        .isEqualTo(Reason.BAD_SIGNATURE);
    assertThat(
            reason(
                "Bearer "
                    + key.sign(claims().expirationTime(Date.from(NOW.minusSeconds(3600))).build())))
        .isEqualTo(Reason.EXPIRED);
    assertThat(
            reason(
                "Bearer "
                    + key.sign(claims().notBeforeTime(Date.from(NOW.plusSeconds(3600))).build())))
        .isEqualTo(Reason.NOT_YET_VALID);
    assertThat(
            reason("Bearer " + key.sign(claims().issuer("https://oauth.prestashop.com/").build())))
        .isEqualTo(Reason.WRONG_ISSUER);
    assertThat(reason("Bearer " + key.sign(claims().audience("store/" + SHOP).build())))
        .isEqualTo(Reason.WRONG_AUDIENCE);
    assertThat(reason("Bearer " + key.sign(claims().claim("scp", List.of("shop.health")).build())))
        .isEqualTo(Reason.MISSING_SCOPE);
    assertThat(reason("Bearer " + key.sign(claims().subject(null).build())))
        .isEqualTo(Reason.MISSING_CLAIM);
  }

  @Test
  void noRejectionEverShowsTheToken() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("unsigned", TestKeys.unsigned(claims().build()));
    tokens.put("hs256", key.hs256WithPublicKey(claims().build()));
    tokens.put("unknown kid", stranger.sign(claims().build()));
    tokens.put("bad signature", TestKeys.withTamperedSignature(key.sign(claims().build())));
    tokens.put(
        "tampered payload",
        TestKeys.withPayload(key.sign(claims().build()), claims().subject("someone").build()));
    tokens.put(
        "expired", key.sign(claims().expirationTime(Date.from(NOW.minusSeconds(3600))).build()));
    tokens.put(
        "not yet valid",
        key.sign(claims().notBeforeTime(Date.from(NOW.plusSeconds(3600))).build()));
    tokens.put("wrong issuer", key.sign(claims().issuer("https://evil.example/").build()));
    tokens.put("wrong audience", key.sign(claims().audience("x").build()));
    tokens.put("missing scope", key.sign(claims().claim("scp", List.of()).build()));
    tokens.put("no subject", key.sign(claims().subject(null).build()));
    tokens.put("malformed", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-not-valid!");
    tokens.put("bad header", "Zm9vYmFy.eyJzdWIiOiJ4In0.c2ln");

    Set<Reason> seen = EnumSet.noneOf(Reason.class);
    for (Map.Entry<String, String> entry : tokens.entrySet()) {
      String token = entry.getValue();
      for (String header : List.of("Bearer " + token, token, "Bearer " + token + " junk")) {
        TokenRejectedException e =
            catchThrowableOfType(
                TokenRejectedException.class, () -> authenticator.authenticate(header));
        assertThat(e).as(entry.getKey()).isNotNull();
        seen.add(e.reason());
        for (String text : List.of(e.getMessage(), e.toString(), e.wwwAuthenticate())) {
          assertThat(text).as(entry.getKey()).doesNotContain(token);
          for (String part : token.split("\\.")) {
            if (part.length() >= 8) {
              assertThat(text).as(entry.getKey()).doesNotContain(part);
            }
          }
        }
        assertThat(e.getCause()).isNull();
      }
    }
    assertThat(seen).hasSizeGreaterThanOrEqualTo(10);
    assertThat(authenticator.toString()).doesNotContain("Bearer ey");
  }
}
