package io.github.prestashop4j.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.billing.internal.BillingErrorDecoder;
import io.github.prestashop4j.billing.model.ComponentList;
import io.github.prestashop4j.billing.model.Customer;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.billing.model.SubscriptionItem;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.RequestValidationException;
import io.github.prestashop4j.core.auth.AuthProvider;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpTransport;
import io.github.prestashop4j.core.http.JdkHttpTransport;
import io.github.prestashop4j.core.http.RequestBody;
import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.internal.PercentEncoding;
import io.github.prestashop4j.core.internal.TransportSecurity;
import io.github.prestashop4j.core.json.JsonMappers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Client of the PrestaShop Billing APIs for a module vendor's backend: a shop's customer and
 * subscription, the components (plans and add-ons) of a product, the legacy plans listing and
 * stairstep quantity updates. Webhooks are handled by {@link
 * io.github.prestashop4j.billing.webhook.WebhookVerifier}.
 *
 * <p><b>Billing is closed to new modules since January 2026.</b> PrestaShop deprecated the Billing
 * component then: no new module can start using it, while modules that already use it keep working
 * unchanged. This client is for those existing modules.
 *
 * <p>Billing has two APIs, each with its own base URL per environment: the API gateway (product
 * components, quantity updates) and the older billing-api (customers, subscriptions, legacy plans).
 * Requests carry the vendor's OAuth2 client-credentials token (audience {@value
 * VendorCredentials#BILLING_AUDIENCE}), fetched, cached and refreshed before expiry. In sandbox
 * mode every request carries the header {@code sandbox: true}, and payments use test cards.
 *
 * <p>Errors are thrown as the core exceptions ({@code NotFoundException} for 404, {@code
 * InvalidRequestException} for 400 with each of the server's messages in {@code errors()}, and so
 * on); {@link #subscription(String, String)} returns an empty result instead of throwing when the
 * shop has no subscription.
 *
 * <p>Immutable and thread-safe: build one per application and close it at shutdown.
 *
 * <pre>{@code
 * try (BillingClient billing = BillingClient.builder()
 *     .environment(CloudEnvironment.PRODUCTION)
 *     .credentials(VendorCredentials.of(clientId, clientSecret))
 *     .build()) {
 *   boolean paid = billing.subscription(shopUuid, "my_module")
 *       .map(s -> s.status().map(SubscriptionStatus::grantsAccess).orElse(false))
 *       .orElse(false);
 * }
 * }</pre>
 */
public final class BillingClient implements AutoCloseable {
  /** The sandbox header's name. */
  public static final String SANDBOX_HEADER = "sandbox";

  private final HttpPipeline gateway;
  private final HttpPipeline billingApi;
  private final OAuth2ClientCredentials ownedToken;
  private final HttpTransport ownedTransport;
  private final boolean sandbox;
  private final CloudEnvironment environment;
  private final ObjectMapper mapper;

  private BillingClient(
      HttpPipeline gateway,
      HttpPipeline billingApi,
      OAuth2ClientCredentials ownedToken,
      HttpTransport ownedTransport,
      boolean sandbox,
      CloudEnvironment environment,
      ObjectMapper mapper) {
    this.mapper = mapper;
    this.gateway = gateway;
    this.billingApi = billingApi;
    this.ownedToken = ownedToken;
    this.ownedTransport = ownedTransport;
    this.sandbox = sandbox;
    this.environment = environment;
  }

  /**
   * Starts a client.
   *
   * @return a builder; environment {@link CloudEnvironment#PRODUCTION}, sandbox off
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default API gateway base URL of an environment.
   *
   * @param environment production, preproduction or integration
   * @return the URL, for example {@code https://api.billing.prestashop.com}
   * @throws IllegalArgumentException for a custom environment, which has no default
   */
  public static URI defaultGatewayUrl(CloudEnvironment environment) {
    switch (environment.kind()) {
      case PRODUCTION:
        return URI.create("https://api.billing.prestashop.com");
      case PREPRODUCTION:
        return URI.create("https://api.billing.preproduction.prestashop.com");
      case INTEGRATION:
        return URI.create("https://api-prestabulle1.billing.integration.prestashop.com");
      default:
        throw new IllegalArgumentException(
            "environment: a custom environment has no default Billing API gateway URL");
    }
  }

  /**
   * Returns the default billing-api base URL of an environment.
   *
   * @param environment production, preproduction or integration
   * @return the URL, for example {@code https://billing-api.distribution.prestashop.net}
   * @throws IllegalArgumentException for a custom environment, which has no default
   */
  public static URI defaultBillingApiUrl(CloudEnvironment environment) {
    switch (environment.kind()) {
      case PRODUCTION:
        return URI.create("https://billing-api.distribution.prestashop.net");
      case PREPRODUCTION:
        return URI.create("https://billing-api.distribution-preprod.prestashop.net");
      case INTEGRATION:
        return URI.create("https://billing-api.distribution-integration.prestashop.net");
      default:
        throw new IllegalArgumentException(
            "environment: a custom environment has no default billing-api URL");
    }
  }

  /**
   * Returns a shop's customer (the child customer, whose id is the shop UUID), with its
   * relationship to the owner's customer, billing address and payment method. Calls {@code GET
   * /v1/customers/{shopUuid}} on billing-api.
   *
   * @param shopUuid the shop UUID
   * @return the customer
   * @throws IllegalArgumentException if the shop UUID is blank
   * @throws NotFoundException if Billing has no customer for the shop
   * @throws io.github.prestashop4j.core.PrestaShopException for any other failure
   */
  public Customer customer(String shopUuid) {
    return customer(shopUuid, RequestOptions.defaults());
  }

  /**
   * Returns a shop's customer, with per-call options. See {@link #customer(String)}.
   *
   * @param shopUuid the shop UUID
   * @param options per-call overrides
   * @return the customer
   * @throws IllegalArgumentException if the shop UUID is blank
   * @throws NotFoundException if Billing has no customer for the shop
   * @throws io.github.prestashop4j.core.PrestaShopException for any other failure
   */
  public Customer customer(String shopUuid, RequestOptions options) {
    String path = "v1/customers/" + segment(shopUuid, "shopUuid");
    return get(billingApi, path, options, Customer.class);
  }

  /**
   * Returns the current subscription of a shop to a module. Calls {@code GET
   * /v1/customers/{shopUuid}/subscriptions/{productId}} on billing-api.
   *
   * @param shopUuid the shop UUID
   * @param productId the module's technical name, for example {@code rbm_example}
   * @return the subscription; empty when Billing answers 404 (the shop has no subscription to the
   *     module, or no customer at all)
   * @throws IllegalArgumentException if an argument is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any other failure
   */
  public Optional<Subscription> subscription(String shopUuid, String productId) {
    return subscription(shopUuid, productId, RequestOptions.defaults());
  }

  /**
   * Returns the current subscription of a shop to a module, with per-call options. See {@link
   * #subscription(String, String)}.
   *
   * @param shopUuid the shop UUID
   * @param productId the module's technical name
   * @param options per-call overrides
   * @return the subscription; empty when Billing answers 404
   * @throws IllegalArgumentException if an argument is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any other failure
   */
  public Optional<Subscription> subscription(
      String shopUuid, String productId, RequestOptions options) {
    String path =
        "v1/customers/"
            + segment(shopUuid, "shopUuid")
            + "/subscriptions/"
            + segment(productId, "productId");
    try {
      return Optional.of(get(billingApi, path, options, Subscription.class));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns all the components (plans and add-ons) of a product, with no filter. Calls {@code GET
   * /v1/products/{productId}/components} on the API gateway.
   *
   * @param productId the module's technical name
   * @return the components and their total
   * @throws IllegalArgumentException if the product id is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any failure
   */
  public ComponentList components(String productId) {
    return components(productId, ComponentQuery.all(), RequestOptions.defaults());
  }

  /**
   * Returns the components of a product that match filters. Calls {@code GET
   * /v1/products/{productId}/components} on the API gateway with {@code filter_status}, {@code
   * filter_component_type} and {@code lang_iso_code} for the filters that are set.
   *
   * @param productId the module's technical name
   * @param query the filters, for example {@link ComponentQuery#active()}
   * @return the components and their total
   * @throws IllegalArgumentException if the product id is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any failure
   */
  public ComponentList components(String productId, ComponentQuery query) {
    return components(productId, query, RequestOptions.defaults());
  }

  /**
   * Returns the components of a product that match filters, with per-call options. See {@link
   * #components(String, ComponentQuery)}.
   *
   * @param productId the module's technical name
   * @param query the filters
   * @param options per-call overrides
   * @return the components and their total
   * @throws IllegalArgumentException if the product id is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any failure
   */
  public ComponentList components(String productId, ComponentQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    List<String> parameters = new ArrayList<>();
    query.status().ifPresent(v -> parameters.add(parameter("filter_status", v)));
    query.componentType().ifPresent(v -> parameters.add(parameter("filter_component_type", v)));
    query.language().ifPresent(v -> parameters.add(parameter("lang_iso_code", v)));
    String path = "v1/products/" + segment(productId, "productId") + "/components";
    return get(gateway, withQuery(path, parameters), options, ComponentList.class);
  }

  /**
   * Returns a page of the legacy plans listing of a product. Calls {@code GET
   * /v1/products/{productId}/plans} on billing-api with {@code lang_iso_code}, {@code status},
   * {@code limit} and {@code offset} for the parameters that are set.
   *
   * @param productId the module's technical name
   * @param query the parameters
   * @return the page
   * @throws IllegalArgumentException if the product id is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any failure
   * @deprecated the listing is deprecated since module-lib-billing 3.0; use {@link
   *     #components(String, ComponentQuery)}
   */
  @Deprecated
  public io.github.prestashop4j.billing.model.PlanList plans(String productId, PlanQuery query) {
    return plans(productId, query, RequestOptions.defaults());
  }

  /**
   * Returns a page of the legacy plans listing of a product, with per-call options. See {@link
   * #plans(String, PlanQuery)}.
   *
   * @param productId the module's technical name
   * @param query the parameters
   * @param options per-call overrides
   * @return the page
   * @throws IllegalArgumentException if the product id is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any failure
   * @deprecated the listing is deprecated since module-lib-billing 3.0; use {@link
   *     #components(String, ComponentQuery, RequestOptions)}
   */
  @Deprecated
  public io.github.prestashop4j.billing.model.PlanList plans(
      String productId, PlanQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    List<String> parameters = new ArrayList<>();
    query.language().ifPresent(v -> parameters.add(parameter("lang_iso_code", v)));
    query.status().ifPresent(v -> parameters.add(parameter("status", v)));
    query.limit().ifPresent(v -> parameters.add("limit=" + v));
    query.offset().ifPresent(v -> parameters.add("offset=" + v));
    String path = "v1/products/" + segment(productId, "productId") + "/plans";
    return get(
        billingApi,
        withQuery(path, parameters),
        options,
        io.github.prestashop4j.billing.model.PlanList.class);
  }

  /**
   * Sets the quantity of a stairstep-priced subscription item. Calls {@code PUT
   * /v1/subscriptions/{subscriptionId}/items/{itemPriceId}/quantity} on the API gateway with {@code
   * {"quantity":N}}. The token needs a scope that allows it, such as {@code
   * subscription.write.quantity} (see {@link Builder#scopes(String...)}).
   *
   * @param subscriptionId the subscription id ({@code data.subscription.id} in webhooks)
   * @param itemPriceId the item's price id ({@code subscription_items[].item_price_id})
   * @param quantity the new quantity, at least 1
   * @return the item as the server returned it (at least its quantity)
   * @throws RequestValidationException if the quantity is below 1; nothing is sent
   * @throws IllegalArgumentException if an id is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any failure
   */
  public SubscriptionItem updateQuantity(String subscriptionId, String itemPriceId, long quantity) {
    return updateQuantity(subscriptionId, itemPriceId, quantity, RequestOptions.defaults());
  }

  /**
   * Sets the quantity of a stairstep-priced subscription item, with per-call options. See {@link
   * #updateQuantity(String, String, long)}.
   *
   * @param subscriptionId the subscription id
   * @param itemPriceId the item's price id
   * @param quantity the new quantity, at least 1
   * @param options per-call overrides
   * @return the item as the server returned it
   * @throws RequestValidationException if the quantity is below 1; nothing is sent
   * @throws IllegalArgumentException if an id is blank
   * @throws io.github.prestashop4j.core.PrestaShopException for any failure
   */
  public SubscriptionItem updateQuantity(
      String subscriptionId, String itemPriceId, long quantity, RequestOptions options) {
    if (quantity < 1) {
      throw new RequestValidationException(
          "Quantity update",
          List.of(
              new RequestValidationException.Violation("quantity", "Min", "must be at least 1")));
    }
    String path =
        "v1/subscriptions/"
            + segment(subscriptionId, "subscriptionId")
            + "/items/"
            + segment(itemPriceId, "itemPriceId")
            + "/quantity";
    HttpRequest request =
        HttpRequest.builder("PUT", gateway.resolve(path))
            .header("Accept", "application/json")
            .body(RequestBody.ofUtf8("{\"quantity\":" + quantity + "}", "application/json"))
            .build();
    return gateway.execute(
        request,
        options,
        response -> {
          JsonNode root = mapper.readTree(response.body());
          if (root == null || !root.isObject()) {
            throw new DecodeException(
                "PUT " + request.uri() + ": quantity response is not a JSON object", null);
          }
          // Documented as {"item":{...}}; a bare item is accepted too.
          JsonNode item = root.has("item") ? root.get("item") : root;
          return mapper.treeToValue(item, SubscriptionItem.class);
        });
  }

  /**
   * Returns the API gateway base URL in use.
   *
   * @return the URL
   */
  public URI gatewayBaseUrl() {
    return gateway.config().baseUrl();
  }

  /**
   * Returns the billing-api base URL in use.
   *
   * @return the URL
   */
  public URI billingApiBaseUrl() {
    return billingApi.config().baseUrl();
  }

  /**
   * Tells whether requests are sent in sandbox mode.
   *
   * @return {@code true} if every request carries {@code sandbox: true}
   */
  public boolean isSandbox() {
    return sandbox;
  }

  /**
   * Closes the connections this client opened, and its token provider if it built one. A transport
   * supplied in {@link Builder#httpConfig(ClientConfig)} stays open: its owner closes it.
   */
  @Override
  public void close() {
    closeAll(gateway, billingApi, ownedToken, ownedTransport);
  }

  /** Closes each resource even when an earlier one fails; the first failure is rethrown. */
  private static void closeAll(AutoCloseable... resources) {
    RuntimeException failure = null;
    for (AutoCloseable resource : resources) {
      if (resource == null) {
        continue;
      }
      try {
        resource.close();
      } catch (Exception e) {
        RuntimeException wrapped =
            e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        if (failure == null) {
          failure = wrapped;
        } else {
          failure.addSuppressed(wrapped);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return "BillingClient[environment="
        + environment.kind()
        + ", gateway="
        + gatewayBaseUrl()
        + ", billingApi="
        + billingApiBaseUrl()
        + ", sandbox="
        + sandbox
        + "]";
  }

  private <T> T get(HttpPipeline pipeline, String path, RequestOptions options, Class<T> type) {
    HttpRequest request =
        HttpRequest.get(pipeline.resolve(path)).header("Accept", "application/json").build();
    return pipeline.execute(request, options, response -> mapper.readValue(response.body(), type));
  }

  private static String segment(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return PercentEncoding.encode(value);
  }

  private static String parameter(String name, String value) {
    return name + "=" + PercentEncoding.encode(value);
  }

  private static String withQuery(String path, List<String> parameters) {
    return parameters.isEmpty() ? path : path + "?" + String.join("&", parameters);
  }

  /**
   * Builds a {@link BillingClient}. Set either {@link #credentials(VendorCredentials)} or {@link
   * #auth(AuthProvider)}.
   */
  public static final class Builder {
    private CloudEnvironment environment = CloudEnvironment.PRODUCTION;
    private URI gatewayBaseUrl;
    private URI billingApiBaseUrl;
    private VendorCredentials credentials;
    private String[] scopes;
    private AuthProvider auth;
    private ClientConfig httpConfig = ClientConfig.builder().build();
    private boolean sandbox;

    private Builder() {}

    /**
     * Sets the environment, which chooses the default base URLs and the token endpoint.
     *
     * @param environment default {@link CloudEnvironment#PRODUCTION}; a {@linkplain
     *     CloudEnvironment#custom(URI, URI) custom} one needs both base URLs set explicitly
     * @return this builder
     */
    public Builder environment(CloudEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Overrides the API gateway base URL, for example to reach another integration "bulle".
     *
     * @param gatewayBaseUrl an absolute {@code http(s)} URL; default from the environment: {@code
     *     https://api.billing.prestashop.com} in production
     * @return this builder
     */
    public Builder gatewayBaseUrl(URI gatewayBaseUrl) {
      this.gatewayBaseUrl = gatewayBaseUrl;
      return this;
    }

    /**
     * Overrides the API gateway base URL.
     *
     * @param gatewayBaseUrl an absolute {@code http(s)} URL
     * @return this builder
     * @throws IllegalArgumentException if it is not a valid URI
     */
    public Builder gatewayBaseUrl(String gatewayBaseUrl) {
      return gatewayBaseUrl(URI.create(Objects.requireNonNull(gatewayBaseUrl, "gatewayBaseUrl")));
    }

    /**
     * Overrides the billing-api base URL.
     *
     * @param billingApiBaseUrl an absolute {@code http(s)} URL; default from the environment:
     *     {@code https://billing-api.distribution.prestashop.net} in production
     * @return this builder
     */
    public Builder billingApiBaseUrl(URI billingApiBaseUrl) {
      this.billingApiBaseUrl = billingApiBaseUrl;
      return this;
    }

    /**
     * Overrides the billing-api base URL.
     *
     * @param billingApiBaseUrl an absolute {@code http(s)} URL
     * @return this builder
     * @throws IllegalArgumentException if it is not a valid URI
     */
    public Builder billingApiBaseUrl(String billingApiBaseUrl) {
      return billingApiBaseUrl(
          URI.create(Objects.requireNonNull(billingApiBaseUrl, "billingApiBaseUrl")));
    }

    /**
     * Authenticates with the vendor's client credentials: the client fetches tokens from the
     * environment's token endpoint (audience {@value VendorCredentials#BILLING_AUDIENCE}), caches
     * them, refreshes them before expiry and closes the token provider with itself.
     *
     * @param credentials the credentials PrestaShop issued
     * @return this builder
     */
    public Builder credentials(VendorCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * Sets the scopes requested with {@link #credentials(VendorCredentials)}.
     *
     * @param scopes for example {@code subscription.write} and {@code subscription.write.quantity};
     *     default {@code openid}
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      this.scopes = scopes.clone();
      return this;
    }

    /**
     * Authenticates with any provider of the {@code Authorization} header instead of client
     * credentials, for example an {@link OAuth2ClientCredentials} shared with other clients (the
     * caller then closes it).
     *
     * @param auth the provider
     * @return this builder
     */
    public Builder auth(AuthProvider auth) {
      this.auth = auth;
      return this;
    }

    /**
     * Sets timeouts, retries, proxy, transport, clock, sleeper and the other HTTP settings; they
     * apply to both APIs and to the token endpoint. Its base URL, if any, is replaced by each
     * API's.
     *
     * @param httpConfig the settings; default {@link ClientConfig} defaults
     * @return this builder
     */
    public Builder httpConfig(ClientConfig httpConfig) {
      this.httpConfig = Objects.requireNonNull(httpConfig, "httpConfig");
      return this;
    }

    /**
     * Turns sandbox mode on or off: in sandbox mode every request carries {@code sandbox: true} and
     * Billing takes test payments (card 4111 1111 1111 1111).
     *
     * @param sandbox default {@code false}
     * @return this builder
     */
    public Builder sandbox(boolean sandbox) {
      this.sandbox = sandbox;
      return this;
    }

    /**
     * Checks the settings and builds the client.
     *
     * @return the client
     * @throws IllegalStateException naming the setting that is missing, wrong or contradicts
     *     another
     */
    public BillingClient build() {
      boolean custom = environment.kind() == CloudEnvironment.Kind.CUSTOM;
      if (custom && gatewayBaseUrl == null) {
        throw new IllegalStateException(
            "gatewayBaseUrl: is required with a custom environment (it has no default)");
      }
      if (custom && billingApiBaseUrl == null) {
        throw new IllegalStateException(
            "billingApiBaseUrl: is required with a custom environment (it has no default)");
      }
      URI gatewayUrl = gatewayBaseUrl != null ? gatewayBaseUrl : defaultGatewayUrl(environment);
      URI billingUrl =
          billingApiBaseUrl != null ? billingApiBaseUrl : defaultBillingApiUrl(environment);
      checkUrl(gatewayUrl, "gatewayBaseUrl");
      checkUrl(billingUrl, "billingApiBaseUrl");
      if (credentials != null && auth != null) {
        throw new IllegalStateException("auth: set either credentials or auth, not both");
      }
      if (credentials == null && auth == null) {
        throw new IllegalStateException("credentials: are required (or set auth)");
      }
      if (auth != null && scopes != null) {
        throw new IllegalStateException(
            "scopes: only apply to credentials; the auth provider chooses its own scopes");
      }
      if (scopes != null) {
        for (String scope : scopes) {
          if (scope == null || scope.isBlank() || scope.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalStateException("scopes: each scope must be non-blank, without spaces");
          }
        }
      }

      // One transport, hence one connection pool, for the gateway, the Billing API and the token
      // endpoint; built here unless the caller supplied one (which the caller then closes).
      HttpTransport ownedTransport =
          httpConfig.transport().isPresent() ? null : JdkHttpTransport.from(httpConfig);
      ClientConfig shared =
          ownedTransport == null ? httpConfig : httpConfig.withTransport(ownedTransport);
      OAuth2ClientCredentials ownedToken = null;
      HttpPipeline gateway = null;
      HttpPipeline billingApi = null;
      try {
        AuthProvider provider = auth;
        if (credentials != null) {
          // The token provider replaces the base URL; the token endpoint gets no sandbox header.
          ownedToken =
              credentials.billing(environment, shared, scopes == null ? new String[0] : scopes);
          provider = ownedToken;
        }
        ObjectMapper mapper = JsonMappers.create();
        gateway = pipeline(config(shared, gatewayUrl), provider, mapper);
        billingApi = pipeline(config(shared, billingUrl), provider, mapper);
        return new BillingClient(
            gateway, billingApi, ownedToken, ownedTransport, sandbox, environment, mapper);
      } catch (RuntimeException e) {
        try {
          closeAll(gateway, billingApi, ownedToken, ownedTransport);
        } catch (RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }

    private static HttpPipeline pipeline(
        ClientConfig config, AuthProvider provider, ObjectMapper mapper) {
      return HttpPipeline.builder(config)
          .auth(provider)
          .errorDecoder(new BillingErrorDecoder(mapper))
          .build();
    }

    private ClientConfig config(ClientConfig shared, URI baseUrl) {
      ClientConfig.Builder builder = shared.toBuilder().baseUrl(baseUrl);
      if (sandbox) {
        builder.defaultHeader(SANDBOX_HEADER, "true");
      }
      return builder.build();
    }

    private void checkUrl(URI url, String name) {
      if (!Checks.isAbsoluteHttp(url)) {
        throw new IllegalStateException(name + ": must be an absolute http:// or https:// URL");
      }
      TransportSecurity.requireSecure(url, httpConfig.allowInsecureHttp(), name);
    }
  }
}
