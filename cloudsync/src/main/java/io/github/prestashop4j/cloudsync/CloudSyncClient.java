package io.github.prestashop4j.cloudsync;

import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.cloudsync.internal.Arguments;
import io.github.prestashop4j.cloudsync.internal.CloudSyncErrorDecoder;
import io.github.prestashop4j.cloudsync.internal.CloudSyncHttp;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.auth.AuthProvider;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.json.JsonMappers;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Client of PrestaShop CloudSync's vendor APIs: the shop data PrestaShop synchronised to its cloud
 * ({@link #shop(String)}, the Expose Raw API), sync reporting ({@link #reporting()}) and sync
 * triggers ({@link #sync()}).
 *
 * <pre>{@code
 * try (CloudSyncClient cloudSync = CloudSyncClient.builder()
 *     .credentials(VendorCredentials.of(clientId, clientSecret), "my-module")
 *     .build()) {
 *   ShopInfo shop = cloudSync.shop(shopId).info();
 *   SyncSummary summary = cloudSync.reporting().syncSummary(shopId);
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>Setting</th><th>Default</th></tr>
 *   <tr><td>{@code environment}</td><td>{@link CloudEnvironment#PRODUCTION}</td></tr>
 *   <tr><td>{@code baseUrl}</td><td>{@value #PRODUCTION_URL} in production, {@value
 *       #INTEGRATION_URL} in integration; required for preproduction and custom environments</td></tr>
 *   <tr><td>{@code rawApiPath}, {@code reportingApiPath}, {@code syncApiPath}</td><td>{@code
 *       /raw/v1}, {@code /reporting/v1}, {@code /sync/v1}</td></tr>
 *   <tr><td>{@code credentials} or {@code auth}</td><td>required, one of them</td></tr>
 *   <tr><td>{@code httpConfig}</td><td>{@link ClientConfig} defaults (60 s deadline, 3
 *       attempts)</td></tr>
 * </table>
 *
 * <p>The API paths come from the published documentation's outline and a third-party client, not
 * from the official specifications, which could not be read: the base URL and the three path
 * prefixes are configurable, and every model keeps fields it does not know.
 *
 * <p>Errors: the API's error body {@code {code, message, error_description, statusText,
 * data:{status}}} becomes the {@link io.github.prestashop4j.core.ApiError} of the exception, whose
 * type follows the HTTP status as core's README shows (401 {@link
 * io.github.prestashop4j.core.AuthenticationException}, 404 {@link
 * io.github.prestashop4j.core.NotFoundException}, 429 {@link
 * io.github.prestashop4j.core.RateLimitException}, ...). A token refused with 401 is renewed once
 * and the request sent again.
 *
 * <p>Immutable and thread-safe; close it to release its connections (and those of the token
 * provider it created from {@link Builder#credentials credentials}).
 */
public final class CloudSyncClient implements AutoCloseable {
  /** The production base URL. */
  public static final String PRODUCTION_URL = "https://api.cloudsync.prestashop.com";

  /** The integration base URL. */
  public static final String INTEGRATION_URL = "https://api.cloudsync-integration.prestashop.com";

  private final CloudSyncHttp http;
  private final ClientConfig config;
  private final String rawApiPath;
  private final ReportingApi reporting;
  private final SyncApi sync;

  private CloudSyncClient(
      CloudSyncHttp http,
      ClientConfig config,
      String rawApiPath,
      String reportingApiPath,
      String syncApiPath) {
    this.http = http;
    this.config = config;
    this.rawApiPath = rawApiPath;
    this.reporting = new ReportingApi(http, reportingApiPath);
    this.sync = new SyncApi(http, syncApiPath);
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns one shop's data in the Expose Raw API.
   *
   * @param shopId the CloudSync shop id (the shop's UUID)
   * @return the shop's collections
   * @throws IllegalArgumentException if the id is blank
   */
  public ShopData shop(String shopId) {
    return new ShopData(http, rawApiPath, Arguments.shopId(shopId));
  }

  /**
   * Returns the Reporting API.
   *
   * @return the API
   */
  public ReportingApi reporting() {
    return reporting;
  }

  /**
   * Returns the Sync API.
   *
   * @return the API
   */
  public SyncApi sync() {
    return sync;
  }

  /**
   * Returns the HTTP configuration, with the CloudSync base URL.
   *
   * @return the configuration
   */
  public ClientConfig config() {
    return config;
  }

  /** Closes the connections, and the token provider if this client created it. */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "CloudSyncClient[" + config.baseUrl() + "]";
  }

  /** Builds a {@link CloudSyncClient}. Not thread-safe. */
  public static final class Builder {
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

    private CloudEnvironment environment = CloudEnvironment.PRODUCTION;
    private URI baseUrl;
    private String rawApiPath = "/raw/v1";
    private String reportingApiPath = "/reporting/v1";
    private String syncApiPath = "/sync/v1";
    private VendorCredentials credentials;
    private String clientName;
    private AuthProvider auth;
    private ClientConfig httpConfig;

    private Builder() {}

    /**
     * Sets the PrestaShop environment: where tokens come from, and the default base URL.
     *
     * @param environment the environment; default {@link CloudEnvironment#PRODUCTION}
     * @return this builder
     */
    public Builder environment(CloudEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Sets the base URL of the CloudSync APIs, replacing the environment's default.
     *
     * @param baseUrl an absolute {@code http(s)} URL, for example a fake on loopback
     * @return this builder
     * @throws IllegalArgumentException if it is not a valid URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      try {
        return baseUrl(URI.create(baseUrl.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl: not a valid URL");
      }
    }

    /**
     * Sets the base URL of the CloudSync APIs, replacing the environment's default.
     *
     * @param baseUrl an absolute {@code http(s)} URL
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the path prefix of the Expose Raw API.
     *
     * @param path for example {@code /raw/v1} (default); empty for none
     * @return this builder
     * @throws IllegalArgumentException if not a plain path
     */
    public Builder rawApiPath(String path) {
      this.rawApiPath = path(path, "rawApiPath");
      return this;
    }

    /**
     * Sets the path prefix of the Reporting API.
     *
     * @param path for example {@code /reporting/v1} (default); empty for none
     * @return this builder
     * @throws IllegalArgumentException if not a plain path
     */
    public Builder reportingApiPath(String path) {
      this.reportingApiPath = path(path, "reportingApiPath");
      return this;
    }

    /**
     * Sets the path prefix of the Sync API.
     *
     * @param path for example {@code /sync/v1} (default); empty for none
     * @return this builder
     * @throws IllegalArgumentException if not a plain path
     */
    public Builder syncApiPath(String path) {
      this.syncApiPath = path(path, "syncApiPath");
      return this;
    }

    /**
     * Authenticates with the vendor's client credentials: a client-credentials token for the
     * audiences {@code https://api.cloudsync.prestashop.com} and {@code tech-vendor/<clientName>},
     * from the environment's token endpoint, cached and renewed. The client creates the token
     * provider and closes it. Replaces {@link #auth(AuthProvider)}.
     *
     * @param credentials the client id and secret PrestaShop issued
     * @param clientName the tech-vendor client name PrestaShop gave you
     * @return this builder
     */
    public Builder credentials(VendorCredentials credentials, String clientName) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      this.clientName = Objects.requireNonNull(clientName, "clientName");
      this.auth = null;
      return this;
    }

    /**
     * Authenticates with any provider, for example an {@link OAuth2ClientCredentials} shared with
     * other clients; the caller keeps ownership. Replaces {@link #credentials}.
     *
     * @param auth the provider
     * @return this builder
     */
    public Builder auth(AuthProvider auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      this.credentials = null;
      this.clientName = null;
      return this;
    }

    /**
     * Sets the HTTP settings: timeouts, retries, transport, clock, sleeper. Its base URL is
     * replaced by the CloudSync base URL; the token endpoint uses the same settings.
     *
     * @param httpConfig the configuration; default {@link ClientConfig} defaults
     * @return this builder
     */
    public Builder httpConfig(ClientConfig httpConfig) {
      this.httpConfig = Objects.requireNonNull(httpConfig, "httpConfig");
      return this;
    }

    /**
     * Checks the settings and builds the client. No request is sent.
     *
     * @return the client
     * @throws IllegalStateException naming the setting that is missing or wrong
     * @throws IllegalArgumentException if the client name is blank or contains whitespace
     * @throws io.github.prestashop4j.core.InsecureTransportException if a URL is plain {@code
     *     http://} to a host other than loopback without {@code allowInsecureHttp}
     */
    public CloudSyncClient build() {
      if (credentials == null && auth == null) {
        throw new IllegalStateException(
            "credentials: is required; set credentials(VendorCredentials, clientName) or auth(...)");
      }
      URI base = baseUrl != null ? baseUrl : defaultBaseUrl(environment);
      // ClientConfig checks the URL and names baseUrl in its message.
      ClientConfig config =
          (httpConfig == null ? ClientConfig.builder() : httpConfig.toBuilder())
              .baseUrl(base)
              .build();
      OAuth2ClientCredentials owned =
          credentials == null ? null : credentials.cloudSync(environment, config, clientName);
      try {
        HttpPipeline pipeline =
            HttpPipeline.builder(config)
                .auth(owned != null ? owned : auth)
                .errorDecoder(new CloudSyncErrorDecoder(JsonMappers.create()))
                .build();
        CloudSyncHttp http = new CloudSyncHttp(pipeline, JsonMappers.create(), owned);
        return new CloudSyncClient(http, config, rawApiPath, reportingApiPath, syncApiPath);
      } catch (RuntimeException e) {
        if (owned != null) {
          owned.close();
        }
        throw e;
      }
    }

    private static URI defaultBaseUrl(CloudEnvironment environment) {
      switch (environment.kind()) {
        case PRODUCTION:
          return URI.create(PRODUCTION_URL);
        case INTEGRATION:
          return URI.create(INTEGRATION_URL);
        default:
          throw new IllegalStateException(
              "baseUrl: is required for the "
                  + environment.kind()
                  + " environment; no default CloudSync URL is known for it");
      }
    }

    private static String path(String path, String setting) {
      Objects.requireNonNull(path, setting);
      String trimmed = path.strip();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      if (!trimmed.isEmpty() && !trimmed.startsWith("/")) {
        trimmed = "/" + trimmed;
      }
      if (!PATH.matcher(trimmed).matches()) {
        throw new IllegalArgumentException(
            setting
                + ": must be a path such as /raw/v1 (letters, digits, '.', '_', '~', '-' between"
                + " slashes)");
      }
      return trimmed;
    }
  }
}
