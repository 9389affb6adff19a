package io.github.prestashop4j.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.account.internal.AccountsErrorDecoder;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.auth.AuthProvider;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.internal.PercentEncoding;
import io.github.prestashop4j.core.json.JsonMappers;
import java.util.Objects;

/**
 * Reads what the Accounts API tells a vendor's backend about a shop.
 *
 * <pre>{@code
 * VendorCredentials credentials = VendorCredentials.of(clientId, clientSecret);
 * try (AccountClient accounts = AccountClient.builder()
 *     .environment(CloudEnvironment.PRODUCTION)
 *     .auth(credentials.tokenProvider(CloudEnvironment.PRODUCTION).build())
 *     .build()) {
 *   ShopIdentityStatus status = accounts.shopIdentityStatus(shopUuid);
 * }
 * }</pre>
 *
 * <p>The Accounts API is not documented for vendors: the endpoints here are those PrestaShop's own
 * module calls, and whether a vendor token may call them is not documented either. Errors come as
 * the core exceptions chosen by HTTP status (401 {@link
 * io.github.prestashop4j.core.AuthenticationException}, 403 {@link
 * io.github.prestashop4j.core.PermissionException}, 404 {@link
 * io.github.prestashop4j.core.NotFoundException}...); their {@link
 * io.github.prestashop4j.core.ApiException#errors()} hold the API's {@code error} code (for example
 * {@code store-identity/store-cannot-be-requested}) and its {@code message} and {@code reason}.
 *
 * <p>Thread-safe; close it to release its connections.
 */
public final class AccountClient implements AutoCloseable {
  private final HttpPipeline pipeline;
  private final ObjectMapper mapper = JsonMappers.create();

  private AccountClient(ClientConfig config, AuthProvider auth) {
    this.pipeline =
        HttpPipeline.builder(config)
            .auth(auth)
            .errorDecoder(new AccountsErrorDecoder(mapper))
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

  /**
   * Reads a shop identity's status.
   *
   * @param cloudShopId the shop's UUID
   * @return the status
   * @throws IllegalArgumentException if the id is blank
   * @throws io.github.prestashop4j.core.ApiException if the API answered with an error
   * @throws io.github.prestashop4j.core.PrestaShopException if the call failed
   */
  public ShopIdentityStatus shopIdentityStatus(String cloudShopId) {
    return shopIdentityStatus(cloudShopId, RequestOptions.defaults());
  }

  /**
   * Reads a shop identity's status, with per-call options.
   *
   * @param cloudShopId the shop's UUID
   * @param options per-call overrides (timeout, retries, headers)
   * @return the status
   * @throws IllegalArgumentException if the id is blank
   * @throws io.github.prestashop4j.core.ApiException if the API answered with an error
   * @throws io.github.prestashop4j.core.PrestaShopException if the call failed
   */
  public ShopIdentityStatus shopIdentityStatus(String cloudShopId, RequestOptions options) {
    Objects.requireNonNull(cloudShopId, "cloudShopId");
    Objects.requireNonNull(options, "options");
    if (cloudShopId.isBlank()) {
      throw new IllegalArgumentException("cloudShopId: must not be blank");
    }
    String path = "v1/shop-identities/" + PercentEncoding.encode(cloudShopId) + "/status";
    HttpRequest request =
        HttpRequest.get(pipeline.resolve(path)).header("Accept", "application/json").build();
    return pipeline.execute(
        request,
        options,
        response -> {
          JsonNode root = mapper.readTree(response.body());
          if (root == null || !root.isObject()) {
            throw new DecodeException(
                request + ": shop identity status is not a JSON object", null);
          }
          return ShopIdentityStatus.fromJson(root, mapper);
        });
  }

  /**
   * Checks that the Accounts API answers ({@code GET /healthcheck}).
   *
   * @throws io.github.prestashop4j.core.ApiException if it answered with an error status or a
   *     redirect (never followed: a gateway sending callers to a login page is not a healthy API)
   * @throws io.github.prestashop4j.core.PrestaShopException if it could not be reached
   */
  public void healthcheck() {
    HttpRequest request = HttpRequest.get(pipeline.resolve("healthcheck")).build();
    pipeline.execute(request, RequestOptions.defaults(), response -> null);
  }

  /** Closes the connections, unless the HTTP settings supplied the transport. */
  @Override
  public void close() {
    pipeline.close();
  }

  @Override
  public String toString() {
    return "AccountClient[" + pipeline.config().baseUrl() + "]";
  }

  /** Builds an {@link AccountClient}. Not thread-safe. */
  public static final class Builder {
    private CloudEnvironment environment;
    private ClientConfig httpConfig;
    private AuthProvider auth;

    private Builder() {}

    /**
     * Sets the environment, whose Accounts API is called.
     *
     * @param environment the environment; required
     * @return this builder
     */
    public Builder environment(CloudEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Sets the HTTP settings: timeouts, retry policy, transport, clock. Its base URL is replaced by
     * the environment's {@link CloudEnvironment#accountsApiUrl()}.
     *
     * @param httpConfig the settings; default {@link ClientConfig} defaults
     * @return this builder
     */
    public Builder httpConfig(ClientConfig httpConfig) {
      this.httpConfig = Objects.requireNonNull(httpConfig, "httpConfig");
      return this;
    }

    /**
     * Sets the credentials: typically {@code credentials.tokenProvider(environment).build()} from
     * {@link VendorCredentials}.
     *
     * @param auth supplies the {@code Authorization} header; required
     * @return this builder
     */
    public Builder auth(AuthProvider auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /**
     * Checks the settings and builds the client.
     *
     * @return the client
     * @throws IllegalStateException if the environment or the credentials are missing
     * @throws io.github.prestashop4j.core.InsecureTransportException if the Accounts API URL is
     *     plain {@code http://} to a non-loopback host without {@code allowInsecureHttp}
     */
    public AccountClient build() {
      if (environment == null) {
        throw new IllegalStateException("environment: is required");
      }
      if (auth == null) {
        throw new IllegalStateException("auth: is required");
      }
      ClientConfig config =
          (httpConfig == null ? ClientConfig.builder() : httpConfig.toBuilder())
              .baseUrl(environment.accountsApiUrl())
              .build();
      return new AccountClient(config, auth);
    }
  }
}
