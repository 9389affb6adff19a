package io.github.prestashop4j.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.prestashop4j.account.TokenRejectedException.Reason;
import io.github.prestashop4j.account.testing.TestKeys;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.InsecureTransportException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuth2TokenVerifierTest {
  @RegisterExtension
  static WireMockExtension oauth =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Where hostile jku/x5u headers point: it must never be asked anything. */
  @RegisterExtension
  static WireMockExtension attacker =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String JWKS_PATH = "/.well-known/jwks.json";
  static final String DISCOVERY_PATH = "/.well-known/openid-configuration";
  static final String SHOP = "f07181f7-2399-406d-9226-4b6c14cf6068";
  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  static TestKeys current;
  static TestKeys next;
  static TestKeys stranger;

  final MutableClock clock = new MutableClock(NOW);
  final List<AutoCloseable> closeables = new ArrayList<>();
  CloudEnvironment environment;

  @BeforeAll
  static void keys() {
    current = TestKeys.generate("public:hydra.jwt.access-token");
    next = TestKeys.generate("public:hydra.jwt.access-token-2");
    stranger = TestKeys.generate("stranger");
  }

  @BeforeEach
  void serve() {
    environment =
        CloudEnvironment.custom(
            URI.create(oauth.baseUrl()), URI.create(oauth.baseUrl() + "/accounts"));
    oauth.stubFor(
        get(DISCOVERY_PATH)
            .willReturn(
                okJson(
                    "{\"issuer\":\""
                        + environment.issuer()
                        + "\",\"jwks_uri\":\""
                        + oauth.baseUrl()
                        + JWKS_PATH
                        + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
    serveJwks(current);
    attacker.stubFor(get(anyUrl()).willReturn(okJson(TestKeys.jwks(stranger))));
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
  }

  void serveJwks(TestKeys... keys) {
    oauth.stubFor(get(JWKS_PATH).willReturn(okJson(TestKeys.jwks(keys))));
  }

  int jwksFetches() {
    return oauth.countRequestsMatching(getRequestedFor(urlEqualTo(JWKS_PATH)).build()).getCount();
  }

  int discoveryFetches() {
    return oauth
        .countRequestsMatching(getRequestedFor(urlEqualTo(DISCOVERY_PATH)).build())
        .getCount();
  }

  OAuth2TokenVerifier verifier(UnaryOperator<OAuth2TokenVerifier.Builder> customize) {
    OAuth2TokenVerifier verifier =
        customize
            .apply(
                OAuth2TokenVerifier.builder()
                    .environment(environment)
                    .httpConfig(
                        ClientConfig.builder()
                            .baseUrl("http://ignored.invalid")
                            .clock(clock)
                            .retryPolicy(RetryPolicy.none())
                            .build()))
            .build();
    closeables.add(verifier);
    return verifier;
  }

  OAuth2TokenVerifier verifier() {
    return verifier(b -> b);
  }

  /** Claims of a verified shop's access token, as ps_accounts obtains them. */
  JWTClaimsSet.Builder shopClaims() {
    return new JWTClaimsSet.Builder()
        .issuer(environment.issuer())
        .subject("shop-client-" + SHOP)
        .audience(List.of("store/" + SHOP, "https://accounts-api.distribution.prestashop.net"))
        .claim("scp", List.of("shop.verified"))
        .issueTime(Date.from(NOW.minusSeconds(30)))
        .expirationTime(Date.from(NOW.plusSeconds(3600)));
  }

  Reason rejection(OAuth2TokenVerifier verifier, String token) {
    return catchThrowableOfType(TokenRejectedException.class, () -> verifier.verify(token))
        .reason();
  }

  @Test
  void acceptsAValidShopTokenAndReadsTheShop() {
    VerifiedIdentity identity =
        verifier(b -> b.requireScope("shop.verified")).verify(current.sign(shopClaims().build()));

    assertThat(identity.kind()).isEqualTo(VerifiedIdentity.Kind.OAUTH2);
    assertThat(identity.issuer()).isEqualTo(environment.issuer());
    assertThat(identity.shopUuid()).contains(SHOP);
    assertThat(identity.subject()).isEqualTo("shop-client-" + SHOP);
    assertThat(identity.ownerUuid()).isEmpty();
    assertThat(identity.email()).isEmpty();
    assertThat(identity.scopes()).containsExactly("shop.verified");
    assertThat(identity.hasScope("shop.verified")).isTrue();
    assertThat(identity.audiences())
        .containsExactly("store/" + SHOP, "https://accounts-api.distribution.prestashop.net");
    assertThat(identity.issuedAt()).contains(NOW.minusSeconds(30));
    assertThat(identity.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(identity.claims()).containsKey("scp");
  }

  @Test
  void readsTheOwnerOfAUserToken() {
    String token =
        current.sign(
            shopClaims()
                .subject("owner-uuid")
                .audience("some-client")
                .claim("email", "owner@example.com")
                .claim("scp", "openid offline_access")
                .build());

    VerifiedIdentity identity = verifier().verify(token);

    assertThat(identity.ownerUuid()).contains("owner-uuid");
    assertThat(identity.email()).contains("owner@example.com");
    assertThat(identity.shopUuid()).isEmpty();
    assertThat(identity.scopes()).containsExactly("openid", "offline_access");
    assertThat(identity.toString()).doesNotContain("owner@example.com");
  }

  @Test
  void rejectsAnUnsignedToken() {
    assertThat(rejection(verifier(), TestKeys.unsigned(shopClaims().build())))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    assertThat(jwksFetches()).isZero();
  }

  @Test
  void rejectsHs256SignedWithThePublicKey() {
    assertThat(rejection(verifier(), current.hs256WithPublicKey(shopClaims().build())))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void rejectsAnUnknownKid() {
    assertThat(rejection(verifier(), stranger.sign(shopClaims().build())))
        .isEqualTo(Reason.UNKNOWN_KEY);
  }

  @Test
  void rejectsAKidStillAbsentAfterOneRefetch() {
    OAuth2TokenVerifier verifier = verifier();
    verifier.verify(current.sign(shopClaims().build()));
    assertThat(jwksFetches()).isEqualTo(1);

    assertThat(rejection(verifier, stranger.sign(shopClaims().build())))
        .isEqualTo(Reason.UNKNOWN_KEY);
    assertThat(jwksFetches()).isEqualTo(2);
  }

  @Test
  void rejectsATokenWithoutKid() {
    String token =
        current.sign(
            new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256).build(),
            shopClaims().build());
    assertThat(rejection(verifier(), token)).isEqualTo(Reason.UNKNOWN_KEY);
  }

  @Test
  void rejectsAnExpiredTokenBeyondTheLeeway() {
    OAuth2TokenVerifier verifier = verifier(); // default leeway 60 s
    String token =
        current.sign(shopClaims().expirationTime(Date.from(NOW.minusSeconds(59))).build());
    assertThat(verifier.verify(token).shopUuid()).contains(SHOP);

    String expired =
        current.sign(shopClaims().expirationTime(Date.from(NOW.minusSeconds(60))).build());
    assertThat(rejection(verifier, expired)).isEqualTo(Reason.EXPIRED);

    clock.advance(Duration.ofSeconds(1));
    assertThat(rejection(verifier, token)).isEqualTo(Reason.EXPIRED);
  }

  @Test
  void leewayIsConfigurable() {
    String token =
        current.sign(shopClaims().expirationTime(Date.from(NOW.minusSeconds(1))).build());
    assertThat(rejection(verifier(b -> b.leeway(Duration.ZERO)), token)).isEqualTo(Reason.EXPIRED);
    assertThat(verifier(b -> b.leeway(Duration.ofSeconds(5))).verify(token)).isNotNull();
  }

  @Test
  void rejectsATokenNotYetValid() {
    OAuth2TokenVerifier verifier = verifier();
    String notBefore =
        current.sign(shopClaims().notBeforeTime(Date.from(NOW.plusSeconds(61))).build());
    assertThat(rejection(verifier, notBefore)).isEqualTo(Reason.NOT_YET_VALID);

    String issuedLater =
        current.sign(shopClaims().issueTime(Date.from(NOW.plusSeconds(61))).build());
    assertThat(rejection(verifier, issuedLater)).isEqualTo(Reason.NOT_YET_VALID);

    clock.advance(Duration.ofSeconds(2));
    assertThat(verifier.verify(notBefore)).isNotNull();
  }

  @Test
  void rejectsAWrongIssuer() {
    OAuth2TokenVerifier verifier = verifier();
    assertThat(
            rejection(verifier, current.sign(shopClaims().issuer("https://evil.example/").build())))
        .isEqualTo(Reason.WRONG_ISSUER);
    // The issuer is compared exactly: PrestaShop's has a trailing slash.
    assertThat(rejection(verifier, current.sign(shopClaims().issuer(oauth.baseUrl()).build())))
        .isEqualTo(Reason.WRONG_ISSUER);
    assertThat(rejection(verifier, current.sign(shopClaims().issuer(null).build())))
        .isEqualTo(Reason.WRONG_ISSUER);
  }

  @Test
  void rejectsAMissingAudience() {
    OAuth2TokenVerifier verifier =
        verifier(b -> b.requireAudience("https://accounts-api.distribution.prestashop.net"));
    assertThat(verifier.verify(current.sign(shopClaims().build())).shopUuid()).contains(SHOP);
    assertThat(rejection(verifier, current.sign(shopClaims().audience("store/" + SHOP).build())))
        .isEqualTo(Reason.WRONG_AUDIENCE);
  }

  @Test
  void rejectsAMissingScope() {
    OAuth2TokenVerifier verifier = verifier(b -> b.requireScope("shop.verified"));
    TokenRejectedException e =
        catchThrowableOfType(
            TokenRejectedException.class,
            () -> verifier.verify(current.sign(shopClaims().claim("scp", List.of()).build())));
    assertThat(e.reason()).isEqualTo(Reason.MISSING_SCOPE);
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(e.wwwAuthenticate()).isEqualTo("Bearer error=\"insufficient_scope\"");
    assertThat(rejection(verifier, current.sign(shopClaims().claim("scp", null).build())))
        .isEqualTo(Reason.MISSING_SCOPE);
  }

  @Test
  void rejectsATamperedPayload() {
    String token = current.sign(shopClaims().build());
    String tampered =
        TestKeys.withPayload(token, shopClaims().audience("store/someone-else").build());
    assertThat(rejection(verifier(), tampered)).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void rejectsATamperedSignature() {
    String tampered = TestKeys.withTamperedSignature(current.sign(shopClaims().build()));
    assertThat(rejection(verifier(), tampered)).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void rejectsATokenSignedByAnotherKeyUnderAKnownKid() {
    TestKeys impostor = TestKeys.of(current.kid(), stranger.publicKey(), stranger.privateKey());
    assertThat(rejection(verifier(), impostor.sign(shopClaims().build())))
        .isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void neverFetchesJkuOrX5uAndRejectsTheirKeys() {
    URI elsewhere = URI.create(attacker.baseUrl() + "/keys.json");
    OAuth2TokenVerifier verifier = verifier();

    assertThat(rejection(verifier, stranger.signWithKeyUrls(shopClaims().build(), elsewhere)))
        .isEqualTo(Reason.UNKNOWN_KEY);
    // A genuine token carrying the headers is accepted with the issuer's own key.
    assertThat(verifier.verify(current.signWithKeyUrls(shopClaims().build(), elsewhere)))
        .isNotNull();

    assertThat(attacker.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
        .isZero();
  }

  @Test
  void rejectsMalformedTokens() {
    OAuth2TokenVerifier verifier = verifier();
    assertThat(rejection(verifier, "not-a-jwt")).isEqualTo(Reason.MALFORMED);
    assertThat(rejection(verifier, "a.b.c")).isEqualTo(Reason.MALFORMED);
    assertThat(rejection(verifier, "")).isEqualTo(Reason.MISSING);
    assertThat(rejection(verifier, null)).isEqualTo(Reason.MISSING);
    assertThat(rejection(verifier, "x".repeat(20_000))).isEqualTo(Reason.MALFORMED);
    assertThat(jwksFetches()).isZero();
  }

  @Test
  void hostileKidsAreOnlyLookedUp() {
    OAuth2TokenVerifier verifier = verifier();
    for (String kid : List.of("../../etc/passwd", "' OR 1=1 --", "http://evil.example/key")) {
      String token =
          TestKeys.of(kid, stranger.publicKey(), stranger.privateKey()).sign(shopClaims().build());
      assertThat(rejection(verifier, token)).isEqualTo(Reason.UNKNOWN_KEY);
    }
    assertThat(oauth.getAllServeEvents())
        .allSatisfy(
            event -> assertThat(event.getRequest().getUrl()).isIn(DISCOVERY_PATH, JWKS_PATH));
  }

  @Test
  void rejectsADeeplyNestedClaimWithoutCrashing() {
    String header =
        com.nimbusds.jose.util.Base64URL.encode(
                "{\"alg\":\"RS256\",\"kid\":\"" + current.kid() + "\"}")
            .toString();
    String bomb = "{\"iss\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    String payload = com.nimbusds.jose.util.Base64URL.encode(bomb).toString();
    String token = header + "." + payload + ".c2lnbmF0dXJl";
    assertThat(rejection(verifier(), token)).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void rejectsATokenWithoutExpiryOrSubject() {
    OAuth2TokenVerifier verifier = verifier();
    assertThat(rejection(verifier, current.sign(shopClaims().expirationTime(null).build())))
        .isEqualTo(Reason.MISSING_CLAIM);
    assertThat(rejection(verifier, current.sign(shopClaims().subject(null).build())))
        .isEqualTo(Reason.MISSING_CLAIM);
  }

  @Test
  void aRotatedKeyCausesExactlyOneRefetch() {
    OAuth2TokenVerifier verifier = verifier();
    verifier.verify(current.sign(shopClaims().build()));
    verifier.verify(current.sign(shopClaims().build()));
    assertThat(jwksFetches()).isEqualTo(1);

    serveJwks(current, next);
    assertThat(verifier.verify(next.sign(shopClaims().build())).shopUuid()).contains(SHOP);
    verifier.verify(next.sign(shopClaims().build()));
    verifier.verify(current.sign(shopClaims().build()));

    assertThat(jwksFetches()).isEqualTo(2);
    assertThat(discoveryFetches()).isEqualTo(1);
  }

  @Test
  void aFloodOfUnknownKidsRefetchesAtMostOncePerInterval() {
    OAuth2TokenVerifier verifier = verifier(b -> b.jwksRefetchInterval(Duration.ofMinutes(5)));
    verifier.verify(current.sign(shopClaims().build()));
    assertThat(jwksFetches()).isEqualTo(1);

    for (int i = 0; i < 50; i++) {
      String forged =
          TestKeys.of("forged-" + i, stranger.publicKey(), stranger.privateKey())
              .sign(shopClaims().build());
      assertThat(rejection(verifier, forged)).isEqualTo(Reason.UNKNOWN_KEY);
    }
    assertThat(jwksFetches()).isEqualTo(2);

    clock.advance(Duration.ofMinutes(4));
    assertThat(rejection(verifier, stranger.sign(shopClaims().build())))
        .isEqualTo(Reason.UNKNOWN_KEY);
    assertThat(jwksFetches()).isEqualTo(2);

    clock.advance(Duration.ofMinutes(1));
    for (int i = 0; i < 10; i++) {
      assertThat(rejection(verifier, stranger.sign(shopClaims().build())))
          .isEqualTo(Reason.UNKNOWN_KEY);
    }
    assertThat(jwksFetches()).isEqualTo(3);
    // Known keys keep working without any fetch.
    verifier.verify(current.sign(shopClaims().build()));
    assertThat(jwksFetches()).isEqualTo(3);
  }

  @Test
  void concurrentCallersShareOneFetch() throws Exception {
    OAuth2TokenVerifier verifier = verifier();
    String token = current.sign(shopClaims().build());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<VerifiedIdentity>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return verifier.verify(token);
                }));
      }
      start.countDown();
      for (Future<VerifiedIdentity> result : results) {
        assertThat(result.get().shopUuid()).contains(SHOP);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(jwksFetches()).isEqualTo(1);
    assertThat(discoveryFetches()).isEqualTo(1);
  }

  @Test
  void cachesTheDiscoveryDocumentAndTheJwksForTheirTimeToLive() {
    OAuth2TokenVerifier verifier =
        verifier(b -> b.discoveryTtl(Duration.ofHours(24)).jwksTtl(Duration.ofHours(1)));
    String token =
        current.sign(shopClaims().expirationTime(Date.from(NOW.plus(Duration.ofDays(3)))).build());
    verifier.verify(token);
    clock.advance(Duration.ofMinutes(59));
    verifier.verify(token);
    assertThat(jwksFetches()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(1));
    verifier.verify(token);
    assertThat(jwksFetches()).isEqualTo(2);
    assertThat(discoveryFetches()).isEqualTo(1);

    clock.advance(Duration.ofHours(24));
    verifier.verify(token);
    assertThat(discoveryFetches()).isEqualTo(2);
    assertThat(jwksFetches()).isEqualTo(3);
  }

  @Test
  void followsTheJwksUriOfTheDiscoveryDocument() {
    oauth.stubFor(
        get(DISCOVERY_PATH)
            .willReturn(okJson("{\"jwks_uri\":\"" + oauth.baseUrl() + "/keys/rotating.json\"}")));
    oauth.stubFor(get("/keys/rotating.json").willReturn(okJson(TestKeys.jwks(next))));

    assertThat(verifier().verify(next.sign(shopClaims().build()))).isNotNull();
    assertThat(jwksFetches()).isZero();
  }

  @Test
  void keepsStaleKeysWhenTheIssuerIsDownAndRetriesAfterTheInterval() {
    OAuth2TokenVerifier verifier = verifier(b -> b.jwksTtl(Duration.ofHours(1)));
    String token =
        current.sign(shopClaims().expirationTime(Date.from(NOW.plus(Duration.ofDays(1)))).build());
    verifier.verify(token);

    oauth.stubFor(get(JWKS_PATH).willReturn(aResponse().withStatus(404)));
    clock.advance(Duration.ofHours(1));
    assertThat(verifier.verify(token)).isNotNull();
    assertThat(verifier.verify(token)).isNotNull();
    assertThat(jwksFetches()).isEqualTo(2);
  }

  @Test
  void keepsTheStaleJwksUriWhenTheDiscoveryDocumentCannotBeFetchedAgain() {
    OAuth2TokenVerifier verifier =
        verifier(b -> b.discoveryTtl(Duration.ofHours(1)).jwksTtl(Duration.ofHours(24)));
    verifier.verify(current.sign(shopClaims().build()));

    oauth.stubFor(get(DISCOVERY_PATH).willReturn(aResponse().withStatus(404)));
    serveJwks(current, next);
    clock.advance(Duration.ofHours(2));
    String rotated =
        next.sign(
            shopClaims()
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plusSeconds(600)))
                .build());
    assertThat(verifier.verify(rotated)).isNotNull();
    assertThat(discoveryFetches()).isEqualTo(2);
    assertThat(jwksFetches()).isEqualTo(2);
  }

  @Test
  void aFailedFirstFetchIsThrownAsIsNotAsARejection() {
    oauth.stubFor(get(JWKS_PATH).willReturn(aResponse().withStatus(404)));
    OAuth2TokenVerifier verifier = verifier();
    assertThatThrownBy(() -> verifier.verify(current.sign(shopClaims().build())))
        .isInstanceOf(NotFoundException.class);

    oauth.stubFor(get(JWKS_PATH).willReturn(okJson("{\"not\":\"a jwks\"}")));
    assertThatThrownBy(() -> verifier.verify(current.sign(shopClaims().build())))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void refusesAJwksUriOverPlainHttpToAnotherHost() {
    oauth.stubFor(
        get(DISCOVERY_PATH)
            .willReturn(okJson("{\"jwks_uri\":\"http://keys.example.com/jwks.json\"}")));
    OAuth2TokenVerifier verifier = verifier();
    assertThatThrownBy(() -> verifier.verify(current.sign(shopClaims().build())))
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageContaining("jwks_uri");
  }

  @Test
  void refusesADiscoveryDocumentWithoutJwksUri() {
    oauth.stubFor(get(DISCOVERY_PATH).willReturn(okJson("{\"issuer\":\"x\"}")));
    OAuth2TokenVerifier verifier = verifier();
    assertThatThrownBy(() -> verifier.verify(current.sign(shopClaims().build())))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("jwks_uri");
  }

  @Test
  void builderNamesTheWrongSetting() {
    assertThatThrownBy(() -> OAuth2TokenVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("environment");
    assertThatThrownBy(() -> OAuth2TokenVerifier.builder().leeway(Duration.ofSeconds(-1)))
        .hasMessageStartingWith("leeway");
    assertThatThrownBy(() -> OAuth2TokenVerifier.builder().leeway(Duration.ofMinutes(16)))
        .hasMessageStartingWith("leeway");
    assertThatThrownBy(() -> OAuth2TokenVerifier.builder().jwksRefetchInterval(Duration.ZERO))
        .hasMessageStartingWith("jwksRefetchInterval");
    assertThatThrownBy(() -> OAuth2TokenVerifier.builder().requireScope(" "))
        .hasMessageStartingWith("scope");
    assertThatThrownBy(
            () ->
                OAuth2TokenVerifier.builder()
                    .environment(
                        CloudEnvironment.custom(
                            URI.create("http://oauth.example.com"),
                            URI.create("http://accounts.example.com")))
                    .build())
        .isInstanceOf(InsecureTransportException.class);
  }

  @Test
  void productionVerifierNamesItsIssuer() {
    try (OAuth2TokenVerifier verifier =
        OAuth2TokenVerifier.builder().environment(CloudEnvironment.PRODUCTION).build()) {
      assertThat(verifier.environment()).isEqualTo(CloudEnvironment.PRODUCTION);
      assertThat(verifier.toString()).contains("https://oauth.prestashop.com/");
    }
  }
}
