package io.github.prestashop4j.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.http.ErrorDecoder;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.RequestBody;
import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.internal.JsonBodies;
import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.core.internal.TransportSecurity;
import io.github.prestashop4j.core.json.JsonMappers;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Authenticates with an OAuth2 access token obtained by the client-credentials grant (RFC 6749
 * section 4.4), as a module vendor's backend does for PrestaShop's cloud APIs.
 *
 * <p>The token is cached and fetched again shortly before it expires ({@link
 * Builder#refreshBefore(Duration)}, default 60 seconds, never more than half its lifetime). However
 * many threads need a token at once, one request goes to the token endpoint and the others wait for
 * it. The client authenticates with HTTP Basic ({@code client_secret_basic}) and also sends its id
 * in the form, as PrestaShop's authorization server expects.
 *
 * <p>A refusal from the token endpoint (an OAuth2 error body such as {@code invalid_client} or
 * {@code invalid_scope}, status 400 or 401) is thrown as {@link AuthenticationException} whose
 * {@link AuthenticationException#errors()} hold the OAuth2 error code and description. Token
 * requests are retried like idempotent requests, since asking for a token twice does no harm.
 *
 * <p>Thread-safe. Never shows the secret or the token in {@code toString()}, logs or messages.
 */
public final class OAuth2ClientCredentials implements AuthProvider, AutoCloseable {
  private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

  private final URI tokenUrl;
  private final String clientId;
  private final List<String> audiences;
  private final List<String> scopes;
  private final Duration refreshBefore;
  private final HttpPipeline pipeline;
  private final RequestBody form;
  private final ObjectMapper mapper = JsonMappers.create();
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile CachedToken cached;

  private OAuth2ClientCredentials(Builder builder, ClientConfig config) {
    this.tokenUrl = builder.tokenUrl;
    this.clientId = builder.clientId;
    this.audiences = List.copyOf(builder.audiences);
    this.scopes = List.copyOf(builder.scopes);
    this.refreshBefore = builder.refreshBefore;
    this.form = RequestBody.ofUtf8(formBody(), "application/x-www-form-urlencoded");
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (formEncode(builder.clientId) + ":" + formEncode(builder.clientSecret))
                        .getBytes(StandardCharsets.UTF_8));
    this.pipeline =
        HttpPipeline.builder(config)
            .auth(
                new AuthProvider() {
                  @Override
                  public String authorizationHeader() {
                    return basic;
                  }

                  @Override
                  public String toString() {
                    return "ClientSecretBasic[REDACTED]";
                  }
                })
            .errorDecoder(new TokenErrorDecoder(mapper))
            .build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code Bearer <access token>}, fetching a token first when none is fresh. */
  @Override
  public String authorizationHeader() {
    return "Bearer " + accessToken();
  }

  /**
   * Returns a fresh access token, fetching one when the cached token is missing or about to expire.
   * The value is a secret: do not log it.
   *
   * @return the access token
   * @throws AuthenticationException if the token endpoint refused the credentials
   * @throws PrestaShopException if the token endpoint could not be reached or answered nonsense
   */
  public String accessToken() {
    CachedToken token = cached;
    if (token != null && token.isFresh(pipeline.config().clock().instant())) {
      return token.value;
    }
    refreshLock.lock();
    try {
      // Another thread may have refreshed while this one waited for the lock.
      token = cached;
      if (token == null || !token.isFresh(pipeline.config().clock().instant())) {
        token = fetch();
        cached = token;
      }
      return token.value;
    } finally {
      refreshLock.unlock();
    }
  }

  /**
   * Drops the refused token, unless another thread already replaced it, and asks for the request to
   * be sent again with a fresh one.
   */
  @Override
  public boolean renewAfterRefusal(String refusedHeader) {
    refreshLock.lock();
    try {
      CachedToken token = cached;
      if (token != null && refusedHeader.equals("Bearer " + token.value)) {
        cached = null;
      }
    } finally {
      refreshLock.unlock();
    }
    return true;
  }

  /**
   * Forgets the cached token, so that the next request fetches a new one. The pipeline already does
   * this when a server refuses a token with 401; call it when something else tells the token is no
   * longer good.
   */
  public void invalidate() {
    cached = null;
  }

  /**
   * Closes the connections to the token endpoint, unless the configuration supplied the transport.
   */
  @Override
  public void close() {
    pipeline.close();
  }

  private CachedToken fetch() {
    HttpRequest request =
        HttpRequest.builder("POST", tokenUrl)
            .header("Accept", "application/json")
            .body(form)
            .idempotent(true)
            .build();
    Instant requestedAt = pipeline.config().clock().instant();
    return pipeline.execute(
        request,
        RequestOptions.defaults(),
        response -> {
          JsonNode json = mapper.readTree(response.body());
          return parse(json, requestedAt);
        });
  }

  private CachedToken parse(JsonNode json, Instant requestedAt) {
    String target = "POST " + Redaction.uri(tokenUrl);
    if (json == null || !json.isObject()) {
      throw new DecodeException(target + ": token response is not a JSON object", null);
    }
    JsonNode accessToken = json.get("access_token");
    if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
      throw new DecodeException(target + ": token response has no access_token", null);
    }
    JsonNode tokenType = json.get("token_type");
    if (tokenType != null && !tokenType.asText().equalsIgnoreCase("bearer")) {
      throw new DecodeException(
          target + ": token_type must be Bearer (got " + tokenType.asText() + ")", null);
    }
    JsonNode expiresIn = json.get("expires_in");
    Duration lifetime =
        expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0
            ? Duration.ofSeconds(expiresIn.asLong())
            : DEFAULT_LIFETIME;
    // Refresh early, but never so early that a short-lived token is refetched on every call.
    Duration margin =
        refreshBefore.compareTo(lifetime.dividedBy(2)) < 0 ? refreshBefore : lifetime.dividedBy(2);
    return new CachedToken(accessToken.asText(), requestedAt.plus(lifetime).minus(margin));
  }

  private String formBody() {
    StringBuilder body =
        new StringBuilder("grant_type=client_credentials&client_id=").append(formEncode(clientId));
    if (!audiences.isEmpty()) {
      body.append("&audience=").append(formEncode(String.join(" ", audiences)));
    }
    if (!scopes.isEmpty()) {
      body.append("&scope=").append(formEncode(String.join(" ", scopes)));
    }
    return body.toString();
  }

  private static String formEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OAuth2ClientCredentials[tokenUrl="
        + Redaction.uri(tokenUrl)
        + ", clientId="
        + clientId
        + ", audiences="
        + audiences
        + ", scopes="
        + scopes
        + ", clientSecret=REDACTED]";
  }

  private static final class CachedToken {
    private final String value;
    private final Instant refreshAt;

    private CachedToken(String value, Instant refreshAt) {
      this.value = value;
      this.refreshAt = refreshAt;
    }

    private boolean isFresh(Instant now) {
      return now.isBefore(refreshAt);
    }

    @Override
    public String toString() {
      return "CachedToken[REDACTED, refreshAt=" + refreshAt + "]";
    }
  }

  /**
   * Reads RFC 6749 section 5.2 error bodies; every refusal of the grant is an authentication
   * failure.
   */
  private static final class TokenErrorDecoder implements ErrorDecoder {
    private final ObjectMapper mapper;

    private TokenErrorDecoder(ObjectMapper mapper) {
      this.mapper = mapper;
    }

    @Override
    public List<ApiError> parseErrors(HttpHeaders headers, byte[] body) {
      // Not JSON (an HTML error page, say): the status alone will tell.
      return JsonBodies.object(mapper, body)
          .filter(json -> JsonBodies.text(json.get("error")) != null)
          .map(
              json ->
                  List.of(
                      ApiError.of(
                          JsonBodies.text(json.get("error")),
                          JsonBodies.text(json.get("error_description")))))
          .orElse(List.of());
    }

    @Override
    public PrestaShopException toException(ErrorResponse response) {
      int status = response.statusCode();
      return status == 400 || status == 401
          ? new AuthenticationException(response)
          : ErrorDecoder.standardException(response);
    }
  }

  /** Builds {@link OAuth2ClientCredentials}. */
  public static final class Builder {
    private URI tokenUrl;
    private String clientId;
    private String clientSecret;
    private final List<String> audiences = new ArrayList<>();
    private final List<String> scopes = new ArrayList<>();
    private Duration refreshBefore = Duration.ofSeconds(60);
    private ClientConfig httpConfig;

    private Builder() {}

    /**
     * Sets the token endpoint, for example {@code https://oauth.prestashop.com/oauth2/token}.
     *
     * @param tokenUrl the absolute URL
     * @return this builder
     */
    public Builder tokenUrl(URI tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
      return this;
    }

    /**
     * Sets the token endpoint.
     *
     * @param tokenUrl the absolute URL
     * @return this builder
     * @throws IllegalArgumentException if it is not a valid URL
     */
    public Builder tokenUrl(String tokenUrl) {
      Objects.requireNonNull(tokenUrl, "tokenUrl");
      try {
        return tokenUrl(URI.create(tokenUrl));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("tokenUrl: not a valid URL");
      }
    }

    /**
     * Sets the client id issued by PrestaShop.
     *
     * @param clientId the id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Sets the client secret issued by PrestaShop.
     *
     * @param clientSecret the secret; never printed
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Adds audiences the token is requested for; they are sent space-separated in {@code audience}.
     *
     * @param audiences for example {@code distribution.prestashop.net}
     * @return this builder
     */
    public Builder audience(String... audiences) {
      for (String audience : audiences) {
        this.audiences.add(token(audience, "audience"));
      }
      return this;
    }

    /**
     * Adds scopes the token is requested with; they are sent space-separated in {@code scope}.
     *
     * @param scopes for example {@code openid}
     * @return this builder
     */
    public Builder scope(String... scopes) {
      for (String scope : scopes) {
        this.scopes.add(token(scope, "scope"));
      }
      return this;
    }

    /**
     * Sets how long before its expiry a token is replaced.
     *
     * @param refreshBefore zero or more; default 60 s (at most half the token's lifetime is used)
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder refreshBefore(Duration refreshBefore) {
      this.refreshBefore = Checks.notNegative(refreshBefore, "refreshBefore");
      return this;
    }

    /**
     * Sets the HTTP settings used to call the token endpoint: timeouts, retry policy, transport,
     * clock and sleeper. Its base URL is replaced by the token URL.
     *
     * @param httpConfig the configuration; default {@link ClientConfig} defaults
     * @return this builder
     */
    public Builder httpConfig(ClientConfig httpConfig) {
      this.httpConfig = Objects.requireNonNull(httpConfig, "httpConfig");
      return this;
    }

    /**
     * Checks the settings and builds the provider. No token is fetched until one is needed.
     *
     * @return the provider
     * @throws IllegalStateException if the token URL, client id or secret is missing or blank
     * @throws io.github.prestashop4j.core.InsecureTransportException if the token URL is plain
     *     {@code http://} to a non-loopback host without {@code allowInsecureHttp}
     */
    public OAuth2ClientCredentials build() {
      if (tokenUrl == null) {
        throw new IllegalStateException("tokenUrl: is required");
      }
      if (clientId == null || clientId.isBlank()) {
        throw new IllegalStateException("clientId: is required and must not be blank");
      }
      if (clientSecret == null || clientSecret.isBlank()) {
        throw new IllegalStateException("clientSecret: is required and must not be blank");
      }
      ClientConfig config;
      try {
        config =
            (httpConfig == null ? ClientConfig.builder() : httpConfig.toBuilder())
                .baseUrl(tokenUrl)
                .build();
      } catch (IllegalStateException e) {
        throw new IllegalStateException(e.getMessage().replaceFirst("^baseUrl", "tokenUrl"), e);
      }
      TransportSecurity.requireSecure(tokenUrl, config.allowInsecureHttp(), "tokenUrl");
      return new OAuth2ClientCredentials(this, config);
    }

    private static String token(String value, String setting) {
      Objects.requireNonNull(value, setting);
      if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            setting + ": must be a non-empty value without spaces (got '" + value + "')");
      }
      return value;
    }
  }
}
