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
import io.github.prestashop4j.core.internal.TransportSecurity;
import io.github.prestashop4j.core.json.JsonMappers;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies access tokens of PrestaShop's OAuth2 authorization server (Ory Hydra), such as the shop
 * tokens a shop's ps_accounts module sends to a vendor's backend.
 *
 * <p>A token is accepted when all of these hold, checked in this order:
 *
 * <ol>
 *   <li>it is a compact JWS signed with RS256 ({@code alg: none}, HMAC and every other algorithm
 *       are refused; the verifier, not the token, chooses the algorithm);
 *   <li>{@code iss} equals the environment's {@link CloudEnvironment#issuer()};
 *   <li>its {@code kid} names a key of the issuer's JWKS and the signature verifies with it;
 *   <li>{@code exp} is present and not passed, {@code nbf} and {@code iat} are not in the future,
 *       each with the {@linkplain Builder#leeway(Duration) leeway};
 *   <li>{@code aud} holds every {@linkplain Builder#requireAudience required audience} and {@code
 *       scp} every {@linkplain Builder#requireScope required scope}.
 * </ol>
 *
 * <p>Keys come from the {@code jwks_uri} of the discovery document at {@link
 * CloudEnvironment#discoveryUrl()}. The discovery document is cached for {@linkplain
 * Builder#discoveryTtl(Duration) 24 hours} and the JWKS for {@linkplain Builder#jwksTtl(Duration)
 * 24 hours}; a token naming an unknown {@code kid} makes the verifier fetch the JWKS again, at most
 * once per {@linkplain Builder#jwksRefetchInterval(Duration) 5 minutes} however many unknown key
 * ids arrive, so that a flood of forged tokens cannot flood the issuer. Concurrent callers share
 * one fetch. Every fetch goes through a core {@link HttpPipeline} built from the {@linkplain
 * Builder#httpConfig(ClientConfig) HTTP settings} (timeouts, retries, transport, clock); the {@code
 * jku}, {@code x5u}, {@code x5c} and {@code jwk} headers of a token are ignored and never fetched.
 * The clock of the HTTP settings is also the clock the validity period is checked against.
 *
 * <p>Thread-safe; build one per environment and share it. Close it to release its connections.
 */
public final class OAuth2TokenVerifier implements TokenVerifier, AutoCloseable {
  private final CloudEnvironment environment;
  private final HttpPipeline pipeline;
  private final ObjectMapper mapper = JsonMappers.create();
  private final Duration leeway;
  private final Duration discoveryTtl;
  private final Set<String> requiredAudiences;
  private final Set<String> requiredScopes;
  private final KeyCache keys;
  private URI discovery; // the discovery document's jwks_uri; guarded by the key cache's lock
  private Instant discoveryFetchedAt; // guarded by the key cache's lock

  private OAuth2TokenVerifier(Builder builder, ClientConfig config) {
    this.environment = builder.environment;
    this.pipeline = HttpPipeline.builder(config).build();
    this.leeway = builder.leeway;
    this.discoveryTtl = builder.discoveryTtl;
    this.requiredAudiences = Set.copyOf(builder.audiences);
    this.requiredScopes = Set.copyOf(builder.scopes);
    this.keys =
        new KeyCache(this::fetchKeys, config.clock(), builder.jwksTtl, builder.refetchInterval);
  }

  /**
   * Returns a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a token.
   *
   * @param token the compact JWT, without {@code Bearer }
   * @return the verified identity; {@link VerifiedIdentity#shopUuid()} is set for shop tokens
   * @throws TokenRejectedException if the token is refused
   * @throws io.github.prestashop4j.core.PrestaShopException if the discovery document or the JWKS
   *     could not be fetched and none is cached
   */
  @Override
  public VerifiedIdentity verify(String token) {
    SignedJWT jwt = JwtChecks.parseRs256(token);
    JWTClaimsSet claims = JwtChecks.claims(jwt);
    String issuer = environment.issuer();
    if (!issuer.equals(claims.getIssuer())) {
      throw new TokenRejectedException(Reason.WRONG_ISSUER, "token issuer is not " + issuer);
    }
    JwtChecks.verifiedClaims(
        jwt,
        claims,
        keys,
        "the issuer's JWKS has no key with the token's key id",
        pipeline.config().clock().instant(),
        leeway);
    List<String> audiences = claims.getAudience();
    for (String audience : requiredAudiences) {
      if (!audiences.contains(audience)) {
        throw new TokenRejectedException(
            Reason.WRONG_AUDIENCE, "token audience does not include " + audience);
      }
    }
    List<String> scopes = scopes(claims);
    for (String scope : requiredScopes) {
      if (!scopes.contains(scope)) {
        throw new TokenRejectedException(Reason.MISSING_SCOPE, "token lacks scope " + scope);
      }
    }
    String subject = JwtChecks.requireSubject(claims);
    String email = JwtChecks.stringClaim(claims, "email");
    String shopUuid =
        audiences.stream()
            .filter(a -> a.startsWith("store/") && a.length() > "store/".length())
            .map(a -> a.substring("store/".length()))
            .findFirst()
            .orElse(null);
    return new VerifiedIdentity(
        VerifiedIdentity.Kind.OAUTH2,
        issuer,
        subject,
        shopUuid,
        email == null ? null : subject,
        email,
        audiences,
        scopes,
        JwtChecks.issuedAt(claims),
        claims.getExpirationTime().toInstant(),
        claims.getClaims());
  }

  /**
   * The environment whose tokens this verifier accepts.
   *
   * @return the environment
   */
  public CloudEnvironment environment() {
    return environment;
  }

  /** Closes the connections, unless the HTTP settings supplied the transport. */
  @Override
  public void close() {
    pipeline.close();
  }

  @Override
  public String toString() {
    return "OAuth2TokenVerifier[issuer="
        + environment.issuer()
        + ", audiences="
        + requiredAudiences
        + ", scopes="
        + requiredScopes
        + ", leeway="
        + leeway
        + "]";
  }

  // Hydra writes scp as an array; a space-separated string is accepted as well.
  private static List<String> scopes(JWTClaimsSet claims) {
    Object scp = claims.getClaim("scp");
    List<String> scopes = new ArrayList<>();
    if (scp instanceof List<?> list) {
      list.forEach(s -> scopes.add(String.valueOf(s)));
    } else if (scp instanceof String text) {
      for (String s : text.trim().split("\\s+")) {
        if (!s.isEmpty()) {
          scopes.add(s);
        }
      }
    }
    return scopes;
  }

  // Called only by the key cache, under its lock; so is every read and write of discovery.
  private Map<String, RSAPublicKey> fetchKeys() {
    URI jwksUri = jwksUri();
    return KeyDocuments.parseJwks(KeyDocuments.fetch(pipeline, jwksUri), jwksUri);
  }

  private URI jwksUri() {
    Instant now = pipeline.config().clock().instant();
    if (discovery != null && now.isBefore(discoveryFetchedAt.plus(discoveryTtl))) {
      return discovery;
    }
    URI url = environment.discoveryUrl();
    try {
      URI jwksUri = KeyDocuments.parseDiscovery(KeyDocuments.fetch(pipeline, url), mapper, url);
      TransportSecurity.requireSecure(
          jwksUri,
          pipeline.config().allowInsecureHttp(),
          "jwks_uri",
          KeyDocuments.KEYS_NEVER_FETCHED);
      discovery = jwksUri;
      discoveryFetchedAt = now;
      return jwksUri;
    } catch (RuntimeException e) {
      if (discovery == null) {
        throw e;
      }
      return discovery; // a stale document beats none; the next key fetch tries again
    }
  }

  /** Builds an {@link OAuth2TokenVerifier}. Not thread-safe. */
  public static final class Builder {
    private CloudEnvironment environment;
    private ClientConfig httpConfig;
    private Duration leeway = Duration.ofSeconds(60);
    private Duration discoveryTtl = Duration.ofHours(24);
    private Duration jwksTtl = Duration.ofHours(24);
    private Duration refetchInterval = Duration.ofMinutes(5);
    private final Set<String> audiences = new LinkedHashSet<>();
    private final Set<String> scopes = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Sets the environment whose tokens are accepted: its issuer and discovery document.
     *
     * @param environment the environment; required
     * @return this builder
     */
    public Builder environment(CloudEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Sets the HTTP settings used to fetch the discovery document and the JWKS: timeouts, retry
     * policy, transport, {@code allowInsecureHttp} and the clock (also used for {@code exp}, {@code
     * nbf} and {@code iat}). Its base URL is replaced by the environment's authorization server.
     *
     * @param httpConfig the settings; default {@link ClientConfig} defaults
     * @return this builder
     */
    public Builder httpConfig(ClientConfig httpConfig) {
      this.httpConfig = Objects.requireNonNull(httpConfig, "httpConfig");
      return this;
    }

    /**
     * Requires audiences: a token is accepted only if its {@code aud} holds all of them. A vendor
     * backend receiving shop tokens typically requires none and reads {@link
     * VerifiedIdentity#shopUuid()}; require your own audience when tokens are minted for you.
     *
     * @param audiences the audiences; none by default
     * @return this builder
     * @throws IllegalArgumentException if one is blank
     */
    public Builder requireAudience(String... audiences) {
      for (String audience : audiences) {
        this.audiences.add(nonBlank(audience, "audience"));
      }
      return this;
    }

    /**
     * Requires scopes: a token is accepted only if its {@code scp} holds all of them, for example
     * {@code shop.verified}.
     *
     * @param scopes the scopes; none by default
     * @return this builder
     * @throws IllegalArgumentException if one is blank
     */
    public Builder requireScope(String... scopes) {
      for (String scope : scopes) {
        this.scopes.add(nonBlank(scope, "scope"));
      }
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
     * Sets how long the discovery document is used before it is fetched again.
     *
     * @param discoveryTtl a positive duration; default 24 hours
     * @return this builder
     */
    public Builder discoveryTtl(Duration discoveryTtl) {
      this.discoveryTtl = Checks.positive(discoveryTtl, "discoveryTtl");
      return this;
    }

    /**
     * Sets how long a fetched JWKS is used before it is fetched again, even when every key id is
     * known.
     *
     * @param jwksTtl a positive duration; default 24 hours
     * @return this builder
     */
    public Builder jwksTtl(Duration jwksTtl) {
      this.jwksTtl = Checks.positive(jwksTtl, "jwksTtl");
      return this;
    }

    /**
     * Sets the shortest time between two JWKS fetches caused by tokens naming an unknown key id.
     *
     * @param refetchInterval a positive duration; default 5 minutes
     * @return this builder
     */
    public Builder jwksRefetchInterval(Duration refetchInterval) {
      this.refetchInterval = Checks.positive(refetchInterval, "jwksRefetchInterval");
      return this;
    }

    /**
     * Checks the settings and builds the verifier. Nothing is fetched until the first token.
     *
     * @return the verifier
     * @throws IllegalStateException if the environment is missing
     * @throws io.github.prestashop4j.core.InsecureTransportException if the environment's
     *     authorization server is plain {@code http://} to a non-loopback host without {@code
     *     allowInsecureHttp}
     */
    public OAuth2TokenVerifier build() {
      if (environment == null) {
        throw new IllegalStateException("environment: is required");
      }
      ClientConfig config =
          KeyDocuments.keyFetchConfig(httpConfig, environment.oauthBaseUrl(), "environment");
      return new OAuth2TokenVerifier(this, config);
    }

    private static String nonBlank(String value, String setting) {
      Objects.requireNonNull(value, setting);
      if (value.isBlank()) {
        throw new IllegalArgumentException(setting + ": must not be blank");
      }
      return value;
    }
  }
}
