package io.github.prestashop4j.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.prestashop4j.account.TokenRejectedException.Reason;
import io.github.prestashop4j.account.internal.JwtChecks;
import io.github.prestashop4j.account.internal.KeyCache;
import io.github.prestashop4j.account.internal.KeyDocuments;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.json.JsonMappers;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Verifies legacy Firebase ID tokens of PrestaShop Account: shop tokens (project {@value
 * #PRODUCTION_SHOP_PROJECT}) and owner tokens (project {@value #PRODUCTION_OWNER_PROJECT}).
 *
 * <p>A token is accepted when it is signed with RS256 by one of Google's {@code securetoken}
 * certificates (chosen by {@code kid}), its {@code iss} is {@code
 * https://securetoken.google.com/<project>} and its {@code aud} is {@code <project>} for one of the
 * configured projects, its {@code sub} is not empty and it is within its validity period (with the
 * {@linkplain Builder#leeway(Duration) leeway}). Certificates are fetched from {@value
 * #GOOGLE_CERTIFICATES_URL} through a core {@link HttpPipeline}, cached for {@linkplain
 * Builder#certificatesTtl(Duration) an hour} and fetched again on an unknown {@code kid} at most
 * once per {@linkplain Builder#refetchInterval(Duration) 5 minutes}.
 *
 * <p>Thread-safe. Close it to release its connections.
 *
 * @deprecated PrestaShop Account replaced these Firebase-issued tokens with access tokens of its
 *     OAuth2 authorization server ("please move to hydra tokens as soon as possible"), which {@link
 *     OAuth2TokenVerifier} verifies. Accept legacy tokens only while shops still send them, for
 *     example with {@code TokenVerifier.anyOf(oauth2, firebase)}.
 */
@Deprecated
public final class FirebaseTokenVerifier implements TokenVerifier, AutoCloseable {
  /** Where Google publishes the certificates of Firebase ID tokens, as a JSON map kid to PEM. */
  public static final String GOOGLE_CERTIFICATES_URL =
      "https://www.googleapis.com/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com";

  /** The Firebase project of production shop tokens. */
  public static final String PRODUCTION_SHOP_PROJECT = "prestashop-ready-prod";

  /** The Firebase project of integration shop tokens. */
  public static final String INTEGRATION_SHOP_PROJECT = "psessentials-integration";

  /** The Firebase project of production owner tokens. */
  public static final String PRODUCTION_OWNER_PROJECT = "prestashop-newsso-production";

  /** The Firebase project of staging owner tokens. */
  public static final String STAGING_OWNER_PROJECT = "prestashop-newsso-staging";

  private static final String ISSUER_PREFIX = "https://securetoken.google.com/";

  private final String shopProject;
  private final String ownerProject;
  private final Duration leeway;
  private final HttpPipeline pipeline;
  private final ObjectMapper mapper = JsonMappers.create();
  private final KeyCache keys;

  private FirebaseTokenVerifier(Builder builder, ClientConfig config) {
    this.shopProject = builder.shopProject;
    this.ownerProject = builder.ownerProject;
    this.leeway = builder.leeway;
    this.pipeline = HttpPipeline.builder(config).build();
    URI url = builder.certificatesUrl;
    this.keys =
        new KeyCache(
            () -> KeyDocuments.parseX509Map(KeyDocuments.fetch(pipeline, url), mapper, url),
            config.clock(),
            builder.certificatesTtl,
            builder.refetchInterval);
  }

  /**
   * Returns a builder, set for the production projects.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a legacy token.
   *
   * @param token the compact JWT, without {@code Bearer }
   * @return the identity: {@link VerifiedIdentity#shopUuid()} for shop tokens, {@link
   *     VerifiedIdentity#ownerUuid()} and {@link VerifiedIdentity#email()} for owner tokens
   * @throws TokenRejectedException if the token is refused
   * @throws io.github.prestashop4j.core.PrestaShopException if the certificates could not be
   *     fetched and none are cached
   */
  @Override
  public VerifiedIdentity verify(String token) {
    SignedJWT jwt = JwtChecks.parseRs256(token);
    JWTClaimsSet claims = JwtChecks.claims(jwt);
    String issuer = claims.getIssuer();
    String project;
    VerifiedIdentity.Kind kind;
    if (shopProject != null && (ISSUER_PREFIX + shopProject).equals(issuer)) {
      project = shopProject;
      kind = VerifiedIdentity.Kind.LEGACY_FIREBASE_SHOP;
    } else if (ownerProject != null && (ISSUER_PREFIX + ownerProject).equals(issuer)) {
      project = ownerProject;
      kind = VerifiedIdentity.Kind.LEGACY_FIREBASE_OWNER;
    } else {
      throw new TokenRejectedException(
          Reason.WRONG_ISSUER, "token issuer is not Firebase project " + projects());
    }
    JwtChecks.verifiedClaims(
        jwt,
        claims,
        keys,
        "Google publishes no certificate with the token's key id",
        pipeline.config().clock().instant(),
        leeway);
    List<String> audiences = claims.getAudience();
    if (!audiences.equals(List.of(project))) {
      throw new TokenRejectedException(
          Reason.WRONG_AUDIENCE, "token audience is not exactly " + project);
    }
    String subject = JwtChecks.requireSubject(claims);
    String email = JwtChecks.stringClaim(claims, "email");
    boolean shop = kind == VerifiedIdentity.Kind.LEGACY_FIREBASE_SHOP;
    return new VerifiedIdentity(
        kind,
        issuer,
        subject,
        shop ? subject : null,
        shop ? null : subject,
        email,
        audiences,
        List.of(),
        JwtChecks.issuedAt(claims),
        claims.getExpirationTime().toInstant(),
        claims.getClaims());
  }

  private String projects() {
    return shopProject == null
        ? ownerProject
        : ownerProject == null ? shopProject : shopProject + " or " + ownerProject;
  }

  /** Closes the connections, unless the HTTP settings supplied the transport. */
  @Override
  public void close() {
    pipeline.close();
  }

  @Override
  public String toString() {
    return "FirebaseTokenVerifier[projects=" + projects() + ", leeway=" + leeway + "]";
  }

  /** Builds a {@link FirebaseTokenVerifier}. Not thread-safe. */
  @Deprecated
  public static final class Builder {
    private String shopProject = PRODUCTION_SHOP_PROJECT;
    private String ownerProject = PRODUCTION_OWNER_PROJECT;
    private URI certificatesUrl = URI.create(GOOGLE_CERTIFICATES_URL);
    private ClientConfig httpConfig;
    private Duration leeway = Duration.ofSeconds(60);
    private Duration certificatesTtl = Duration.ofHours(1);
    private Duration refetchInterval = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * Sets both projects to those PrestaShop uses in an environment: {@value
     * #PRODUCTION_SHOP_PROJECT} and {@value #PRODUCTION_OWNER_PROJECT} in production, {@value
     * #INTEGRATION_SHOP_PROJECT} and {@value #STAGING_OWNER_PROJECT} in integration.
     *
     * @param environment {@link CloudEnvironment#PRODUCTION} or {@link
     *     CloudEnvironment#INTEGRATION}
     * @return this builder
     * @throws IllegalArgumentException for another environment, whose projects are not known: set
     *     them with {@link #shopProject(String)} and {@link #ownerProject(String)}
     */
    public Builder environment(CloudEnvironment environment) {
      Objects.requireNonNull(environment, "environment");
      switch (environment.kind()) {
        case PRODUCTION:
          shopProject = PRODUCTION_SHOP_PROJECT;
          ownerProject = PRODUCTION_OWNER_PROJECT;
          return this;
        case INTEGRATION:
          shopProject = INTEGRATION_SHOP_PROJECT;
          ownerProject = STAGING_OWNER_PROJECT;
          return this;
        default:
          throw new IllegalArgumentException(
              "environment: the Firebase projects of "
                  + environment.kind()
                  + " are not known; set shopProject and ownerProject instead");
      }
    }

    /**
     * Sets the Firebase project of shop tokens.
     *
     * @param shopProject the project id, or {@code null} to refuse shop tokens; default {@value
     *     #PRODUCTION_SHOP_PROJECT}
     * @return this builder
     * @throws IllegalArgumentException if blank or containing {@code /} or whitespace
     */
    public Builder shopProject(String shopProject) {
      this.shopProject = project(shopProject, "shopProject");
      return this;
    }

    /**
     * Sets the Firebase project of owner tokens.
     *
     * @param ownerProject the project id, or {@code null} to refuse owner tokens; default {@value
     *     #PRODUCTION_OWNER_PROJECT}
     * @return this builder
     * @throws IllegalArgumentException if blank or containing {@code /} or whitespace
     */
    public Builder ownerProject(String ownerProject) {
      this.ownerProject = project(ownerProject, "ownerProject");
      return this;
    }

    /**
     * Sets where the certificates are fetched, for tests.
     *
     * @param certificatesUrl an absolute URL; default {@value #GOOGLE_CERTIFICATES_URL}
     * @return this builder
     */
    public Builder certificatesUrl(URI certificatesUrl) {
      this.certificatesUrl = Objects.requireNonNull(certificatesUrl, "certificatesUrl");
      return this;
    }

    /**
     * Sets the HTTP settings used to fetch the certificates, including the clock also used for
     * {@code exp}, {@code nbf} and {@code iat}. Its base URL is replaced by the certificates URL.
     *
     * @param httpConfig the settings; default {@link ClientConfig} defaults
     * @return this builder
     */
    public Builder httpConfig(ClientConfig httpConfig) {
      this.httpConfig = Objects.requireNonNull(httpConfig, "httpConfig");
      return this;
    }

    /**
     * Sets the clock skew tolerated for {@code exp}, {@code nbf} and {@code iat}.
     *
     * @param leeway zero or more, at most 15 minutes; default 60 s
     * @return this builder
     * @throws IllegalArgumentException if negative or above 15 minutes
     */
    public Builder leeway(Duration leeway) {
      this.leeway = JwtChecks.leeway(leeway);
      return this;
    }

    /**
     * Sets how long fetched certificates are used before they are fetched again.
     *
     * @param certificatesTtl a positive duration; default 1 hour
     * @return this builder
     */
    public Builder certificatesTtl(Duration certificatesTtl) {
      this.certificatesTtl = Checks.positive(certificatesTtl, "certificatesTtl");
      return this;
    }

    /**
     * Sets the shortest time between two fetches caused by tokens naming an unknown key id.
     *
     * @param refetchInterval a positive duration; default 5 minutes
     * @return this builder
     */
    public Builder refetchInterval(Duration refetchInterval) {
      this.refetchInterval = Checks.positive(refetchInterval, "refetchInterval");
      return this;
    }

    /**
     * Checks the settings and builds the verifier. Nothing is fetched until the first token.
     *
     * @return the verifier
     * @throws IllegalStateException if neither project is set, or the certificates URL is not an
     *     absolute http(s) URL
     * @throws io.github.prestashop4j.core.InsecureTransportException if the certificates URL is
     *     plain {@code http://} to a non-loopback host without {@code allowInsecureHttp}
     */
    public FirebaseTokenVerifier build() {
      if (shopProject == null && ownerProject == null) {
        throw new IllegalStateException("shopProject, ownerProject: at least one is required");
      }
      ClientConfig config =
          KeyDocuments.keyFetchConfig(httpConfig, certificatesUrl, "certificatesUrl");
      return new FirebaseTokenVerifier(this, config);
    }

    private static String project(String value, String setting) {
      if (value != null
          && (value.isBlank()
              || value.contains("/")
              || value.chars().anyMatch(Character::isWhitespace))) {
        throw new IllegalArgumentException(
            setting + ": must be a Firebase project id, without '/' or whitespace");
      }
      return value;
    }
  }
}
