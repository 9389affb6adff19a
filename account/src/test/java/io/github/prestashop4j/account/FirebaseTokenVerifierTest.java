package io.github.prestashop4j.account;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.prestashop4j.account.TokenRejectedException.Reason;
import io.github.prestashop4j.account.testing.SelfSignedCertificate;
import io.github.prestashop4j.account.testing.TestKeys;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.InsecureTransportException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("deprecation") // the legacy verifier is deprecated on purpose
class FirebaseTokenVerifierTest {
  @RegisterExtension
  static WireMockExtension google =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String CERTS_PATH = "/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com";
  static final String SHOP = "f07181f7-2399-406d-9226-4b6c14cf6068";
  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  static TestKeys google1;
  static TestKeys google2;
  static String certificates;

  final MutableClock clock = new MutableClock(NOW);
  final List<AutoCloseable> closeables = new ArrayList<>();

  @BeforeAll
  static void certificates(@TempDir Path directory) throws Exception {
    SelfSignedCertificate first = SelfSignedCertificate.generate(directory, "first");
    SelfSignedCertificate second = SelfSignedCertificate.generate(directory, "second");
    google1 = first.keys("1e97aa4cd9b2e5e1d0a5a2f0c8c4d6f5e3b2fc19");
    google2 = second.keys("2b11cc0a9e8d7f6e5d4c3b2a1f0e9d8c7b6a5f42");
    Map<String, String> map = new LinkedHashMap<>();
    map.put(google1.kid(), first.pem());
    map.put(google2.kid(), second.pem());
    certificates = new ObjectMapper().writeValueAsString(map);
  }

  @BeforeEach
  void serve() {
    google.stubFor(get(CERTS_PATH).willReturn(okJson(certificates)));
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
  }

  FirebaseTokenVerifier verifier(UnaryOperator<FirebaseTokenVerifier.Builder> customize) {
    FirebaseTokenVerifier verifier =
        customize
            .apply(
                FirebaseTokenVerifier.builder()
                    .certificatesUrl(URI.create(google.baseUrl() + CERTS_PATH))
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

  FirebaseTokenVerifier verifier() {
    return verifier(b -> b);
  }

  /** A decoded legacy shop token, as ps_accounts' mock shows it. */
  static JWTClaimsSet.Builder firebaseClaims(String project, String subject) {
    return new JWTClaimsSet.Builder()
        .issuer("https://securetoken.google.com/" + project)
        .audience(project)
        .subject(subject)
        .claim("user_id", subject)
        .claim("auth_time", NOW.minusSeconds(60).getEpochSecond())
        .issueTime(Date.from(NOW.minusSeconds(60)))
        .expirationTime(Date.from(NOW.plusSeconds(3540)))
        .claim("email", subject + "@shop.prestashop.com")
        .claim("email_verified", true);
  }

  Reason rejection(TokenVerifier verifier, String token) {
    return catchThrowableOfType(TokenRejectedException.class, () -> verifier.verify(token))
        .reason();
  }

  @Test
  void acceptsAShopToken() {
    VerifiedIdentity identity =
        verifier().verify(google1.sign(firebaseClaims("prestashop-ready-prod", SHOP).build()));

    assertThat(identity.kind()).isEqualTo(VerifiedIdentity.Kind.LEGACY_FIREBASE_SHOP);
    assertThat(identity.shopUuid()).contains(SHOP);
    assertThat(identity.ownerUuid()).isEmpty();
    assertThat(identity.subject()).isEqualTo(SHOP);
    assertThat(identity.scopes()).isEmpty();
    assertThat(identity.audiences()).containsExactly("prestashop-ready-prod");
    assertThat(identity.expiresAt()).isEqualTo(NOW.plusSeconds(3540));
  }

  @Test
  void acceptsAnOwnerTokenSignedByAnotherCertificate() {
    VerifiedIdentity identity =
        verifier()
            .verify(
                google2.sign(
                    firebaseClaims("prestashop-newsso-production", "owner-uid")
                        .claim("email", "owner@example.com")
                        .build()));

    assertThat(identity.kind()).isEqualTo(VerifiedIdentity.Kind.LEGACY_FIREBASE_OWNER);
    assertThat(identity.ownerUuid()).contains("owner-uid");
    assertThat(identity.email()).contains("owner@example.com");
    assertThat(identity.shopUuid()).isEmpty();
    assertThat(
            google
                .countRequestsMatching(getRequestedFor(urlEqualTo(CERTS_PATH)).build())
                .getCount())
        .isEqualTo(1);
  }

  @Test
  void refusesAShopTokenVerifiedAgainstTheOwnerProject() {
    // ps_accounts' README warns: a shop token must not be verified against the owner project.
    FirebaseTokenVerifier ownersOnly = verifier(b -> b.shopProject(null));
    assertThat(
            rejection(
                ownersOnly, google1.sign(firebaseClaims("prestashop-ready-prod", SHOP).build())))
        .isEqualTo(Reason.WRONG_ISSUER);
  }

  @Test
  void usesTheIntegrationProjects() {
    FirebaseTokenVerifier verifier = verifier(b -> b.environment(CloudEnvironment.INTEGRATION));
    assertThat(
            verifier
                .verify(google1.sign(firebaseClaims("psessentials-integration", SHOP).build()))
                .shopUuid())
        .contains(SHOP);
    assertThat(
            verifier
                .verify(google1.sign(firebaseClaims("prestashop-newsso-staging", "u").build()))
                .ownerUuid())
        .contains("u");
    assertThat(
            rejection(
                verifier, google1.sign(firebaseClaims("prestashop-ready-prod", SHOP).build())))
        .isEqualTo(Reason.WRONG_ISSUER);
  }

  @Test
  void rejectsAnAudienceOtherThanTheProject() {
    String token =
        google1.sign(
            firebaseClaims("prestashop-ready-prod", SHOP).audience("another-project").build());
    assertThat(rejection(verifier(), token)).isEqualTo(Reason.WRONG_AUDIENCE);
  }

  @Test
  void rejectsAnEmptySubject() {
    String token = google1.sign(firebaseClaims("prestashop-ready-prod", "").build());
    assertThat(rejection(verifier(), token)).isEqualTo(Reason.MISSING_CLAIM);
  }

  @Test
  void rejectsExpiredAndUnknownAndForgedTokens() {
    FirebaseTokenVerifier verifier = verifier();
    String expired =
        google1.sign(
            firebaseClaims("prestashop-ready-prod", SHOP)
                .expirationTime(Date.from(NOW.minus(Duration.ofMinutes(2))))
                .build());
    assertThat(rejection(verifier, expired)).isEqualTo(Reason.EXPIRED);

    TestKeys stranger = TestKeys.generate("not-a-google-kid");
    assertThat(
            rejection(
                verifier, stranger.sign(firebaseClaims("prestashop-ready-prod", SHOP).build())))
        .isEqualTo(Reason.UNKNOWN_KEY);

    TestKeys impostor = TestKeys.of(google1.kid(), stranger.publicKey(), stranger.privateKey());
    assertThat(
            rejection(
                verifier, impostor.sign(firebaseClaims("prestashop-ready-prod", SHOP).build())))
        .isEqualTo(Reason.BAD_SIGNATURE);
    assertThat(
            rejection(
                verifier,
                google1.hs256WithPublicKey(firebaseClaims("prestashop-ready-prod", SHOP).build())))
        .isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void anyOfRoutesLegacyTokensToTheFirebaseVerifier() {
    TokenVerifier oauth2Only =
        token -> {
          throw new TokenRejectedException(
              Reason.WRONG_ISSUER, "token issuer is not the OAuth2 one");
        };
    TokenVerifier both = TokenVerifier.anyOf(oauth2Only, verifier());

    assertThat(
            both.verify(google1.sign(firebaseClaims("prestashop-ready-prod", SHOP).build()))
                .shopUuid())
        .contains(SHOP);
    assertThat(rejection(both, google1.sign(firebaseClaims("unknown-project", SHOP).build())))
        .isEqualTo(Reason.WRONG_ISSUER);
    assertThat(rejection(both, "garbage")).isEqualTo(Reason.MALFORMED);
    assertThatThrownBy(TokenVerifier::anyOf).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderNamesTheWrongSetting() {
    assertThatThrownBy(() -> FirebaseTokenVerifier.builder().shopProject("a/b"))
        .hasMessageStartingWith("shopProject");
    assertThatThrownBy(() -> FirebaseTokenVerifier.builder().ownerProject(" "))
        .hasMessageStartingWith("ownerProject");
    assertThatThrownBy(
            () -> FirebaseTokenVerifier.builder().shopProject(null).ownerProject(null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("shopProject");
    assertThatThrownBy(
            () -> FirebaseTokenVerifier.builder().environment(CloudEnvironment.PREPRODUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("environment");
    assertThatThrownBy(
            () ->
                FirebaseTokenVerifier.builder()
                    .certificatesUrl(URI.create("http://certs.example.com/x509"))
                    .build())
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageStartingWith("certificatesUrl");
    assertThatThrownBy(
            () -> FirebaseTokenVerifier.builder().certificatesUrl(URI.create("ftp://x/y")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("certificatesUrl");
  }

  @Test
  void defaultsToGooglesCertificatesAndTheProductionProjects() {
    try (FirebaseTokenVerifier verifier = FirebaseTokenVerifier.builder().build()) {
      assertThat(verifier.toString())
          .contains("prestashop-ready-prod")
          .contains("prestashop-newsso-production");
    }
    assertThat(FirebaseTokenVerifier.GOOGLE_CERTIFICATES_URL)
        .isEqualTo(
            "https://www.googleapis.com/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com");
  }
}
