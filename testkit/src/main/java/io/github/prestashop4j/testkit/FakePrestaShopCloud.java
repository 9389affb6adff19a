package io.github.prestashop4j.testkit;

import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.testkit.internal.CloudAuth;
import io.github.prestashop4j.testkit.internal.CloudBilling;
import io.github.prestashop4j.testkit.internal.FakeCloud;
import io.github.prestashop4j.testkit.internal.FaultPlan;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An in-process fake of the PrestaShop cloud APIs on a free loopback port: the OAuth2 server
 * (client_credentials token endpoint, OpenID discovery document, JWKS) issuing real RS256 tokens,
 * the Accounts API's shop identity status, Billing (billing-api and API gateway) over seeded
 * customers and subscriptions with Svix-signed webhooks, and CloudSync (raw data, reporting, sync
 * triggers) over the same demo data as {@link FakePrestaShop}.
 *
 * <pre>{@code
 * try (FakePrestaShopCloud cloud = FakePrestaShopCloud.start()) {
 *   ClientConfig http = ClientConfig.builder().allowInsecureHttp(true).build();
 *   CloudSyncClient sync = CloudSyncClient.builder()
 *       .environment(cloud.environment()).baseUrl(cloud.cloudSyncUrl())
 *       .credentials(cloud.vendorCredentials(), "acme").httpConfig(http).build();
 *   sync.shop(FakePrestaShopCloud.DEMO_SHOP_UUID).orders().list(RawQuery.builder().build());
 * }
 * }</pre>
 *
 * <p>Every API sits under its own path on the one server: OAuth2 at the root ({@code
 * /oauth2/token}, {@code /.well-known/...}), the Accounts API under {@code /accounts}, billing-api
 * under {@code /billing-api}, the Billing API gateway under {@code /billing-gateway} and CloudSync
 * under {@code /cloudsync}. Calls to Billing, CloudSync and the Accounts API need a bearer token
 * this fake signed and that has not expired; Billing also wants the audience {@value
 * VendorCredentials#BILLING_AUDIENCE} (or a shop token's {@code store/...}) and CloudSync {@value
 * VendorCredentials#CLOUDSYNC_AUDIENCE}.
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class FakePrestaShopCloud implements AutoCloseable {

  /** The vendor OAuth client id the fake accepts when the builder names none. */
  public static final String DEFAULT_CLIENT_ID = "testkit-vendor";

  /** The vendor OAuth client secret the fake accepts when the builder names none. */
  public static final String DEFAULT_CLIENT_SECRET = "testkit-vendor-secret";

  /** The demo shop's UUID (cloudShopId), seeded when the builder names no shop. */
  public static final String DEMO_SHOP_UUID = "3f1e7a52-0c6d-4b8e-9d3a-6b2f5e4c1a90";

  /** The demo shop owner's UUID (point of contact). */
  public static final String DEMO_OWNER_UUID = "b2581e4b-0030-4fc8-9bf2-7f01c550a946";

  /** The demo shop owner's email, as in the fake store's demo customer. */
  public static final String DEMO_OWNER_EMAIL = "pub@prestashop.com";

  /** The module (Billing product id) every seeded shop subscribes to, unless changed. */
  public static final String DEMO_PRODUCT_ID = "rbm_example";

  /** The second audience of shop tokens: the Accounts API. */
  public static final String ACCOUNTS_AUDIENCE = "https://accounts-api.distribution.prestashop.net";

  /** The scope of a verified shop's token. */
  public static final String SHOP_VERIFIED_SCOPE = "shop.verified";

  private final FakeCloud cloud;
  private final CloudAuth auth;
  private final String clientId;
  private final String clientSecret;
  private final String webhookSecret;
  private final String productId;
  private final Faults faults;
  private final Duration webhookTimeout = Duration.ofSeconds(10);

  private FakePrestaShopCloud(Builder b) {
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.productId = b.productId;
    this.webhookSecret = b.webhookSecret != null ? b.webhookSecret : newWebhookSecret();
    List<CloudBilling.Shop> shops = new ArrayList<>(b.shops);
    if (shops.isEmpty()) {
      shops.add(
          new CloudBilling.Shop(
              DEMO_SHOP_UUID, DEMO_OWNER_UUID, DEMO_OWNER_EMAIL, "http://localhost:8080"));
    }
    FaultPlan plan = new FaultPlan();
    this.faults = new Faults(plan);
    this.auth = new CloudAuth(b.clientId, b.clientSecret, b.clock, b.tokenLifetime);
    this.cloud =
        new FakeCloud(
            auth,
            b.clock,
            b.productId,
            shops,
            webhookSecret,
            b.port,
            b.threads,
            plan,
            Thread::sleep);
  }

  private static String newWebhookSecret() {
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }

  /**
   * Starts configuring a fake cloud.
   *
   * @return a new builder: client {@link #DEFAULT_CLIENT_ID}/{@link #DEFAULT_CLIENT_SECRET}, the
   *     demo shop, product {@link #DEMO_PRODUCT_ID}, tokens valid one hour, a random webhook
   *     secret, a free port, the system clock
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a fake cloud with the defaults of {@link #builder()}.
   *
   * @return the running fake
   */
  public static FakePrestaShopCloud start() {
    return builder().start();
  }

  /**
   * The server's base URL, such as {@code http://127.0.0.1:41234}: the OAuth2 server's, whose
   * issuer is this URL with a trailing slash.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return cloud.baseUrl();
  }

  /**
   * A custom environment pointing at this fake: OAuth2 at {@link #baseUrl()}, the Accounts API at
   * {@link #accountsApiUrl()}. Give it to the SDK's clients and token verifiers (with an {@code
   * httpConfig} that allows plain HTTP to loopback where needed).
   *
   * @return the environment
   */
  public CloudEnvironment environment() {
    return CloudEnvironment.custom(URI.create(baseUrl()), URI.create(accountsApiUrl()));
  }

  /**
   * The vendor credentials the token endpoint accepts.
   *
   * @return the configured client id and secret
   */
  public VendorCredentials vendorCredentials() {
    return VendorCredentials.of(clientId, clientSecret);
  }

  /**
   * The Accounts API's base URL.
   *
   * @return {@code baseUrl() + "/accounts"}
   */
  public String accountsApiUrl() {
    return baseUrl() + FakeCloud.ACCOUNTS;
  }

  /**
   * Billing's billing-api base URL (customers, subscriptions, plans), for {@code
   * BillingClient.Builder.billingApiBaseUrl}.
   *
   * @return {@code baseUrl() + "/billing-api"}
   */
  public String billingApiUrl() {
    return baseUrl() + FakeCloud.BILLING_API;
  }

  /**
   * Billing's API gateway base URL (components, quantity updates), for {@code
   * BillingClient.Builder.gatewayBaseUrl}.
   *
   * @return {@code baseUrl() + "/billing-gateway"}
   */
  public String billingGatewayUrl() {
    return baseUrl() + FakeCloud.BILLING_GATEWAY;
  }

  /**
   * CloudSync's base URL, under which {@code /raw/v1}, {@code /reporting/v1} and {@code /sync/v1}
   * live, for {@code CloudSyncClient.Builder.baseUrl}.
   *
   * @return {@code baseUrl() + "/cloudsync"}
   */
  public String cloudSyncUrl() {
    return baseUrl() + FakeCloud.CLOUDSYNC;
  }

  /**
   * The module (Billing product id) the seeded shops subscribe to.
   *
   * @return the product id
   */
  public String productId() {
    return productId;
  }

  /**
   * A shop's OAuth2 access token as ps_accounts obtains it and a module sends it: signed by this
   * fake, audiences {@code store/<shopUuid>} and {@link #ACCOUNTS_AUDIENCE}, scope {@link
   * #SHOP_VERIFIED_SCOPE}, subject the shop's OAuth client id, valid for the configured token
   * lifetime from now.
   *
   * @param shopUuid the shop's UUID (cloudShopId); need not be seeded
   * @return the signed token (a compact JWS)
   * @throws IllegalArgumentException if the UUID is blank
   */
  public String shopToken(String shopUuid) {
    String shop = nonBlank(shopUuid, "shopUuid");
    return auth.sign(
        "shop-client-" + shop,
        List.of("store/" + shop, ACCOUNTS_AUDIENCE),
        List.of(SHOP_VERIFIED_SCOPE),
        Map.of(),
        null,
        null);
  }

  /**
   * A shop token that also names the shop's owner: as {@link #shopToken(String)}, plus the owner's
   * UUID as subject and the owner's email (so {@code OAuth2TokenVerifier} reports an owner UUID and
   * email).
   *
   * @param shopUuid the shop's UUID
   * @param ownerUuid the owner's UUID (point of contact)
   * @param email the owner's email
   * @return the signed token
   * @throws IllegalArgumentException if an argument is blank
   */
  public String shopToken(String shopUuid, String ownerUuid, String email) {
    String shop = nonBlank(shopUuid, "shopUuid");
    return auth.sign(
        nonBlank(ownerUuid, "ownerUuid"),
        List.of("store/" + shop, ACCOUNTS_AUDIENCE),
        List.of(SHOP_VERIFIED_SCOPE),
        Map.of("email", nonBlank(email, "email"), "email_verified", true),
        null,
        null);
  }

  /**
   * Any token signed by this fake's key, for the cases the other methods do not cover (another
   * audience, an expired token).
   *
   * @param subject the {@code sub} claim
   * @param audiences the {@code aud} claim
   * @param scopes the {@code scp} claim (may be empty)
   * @param issuedAt the {@code iat} and {@code nbf} claims
   * @param lifetime from {@code iat} to {@code exp}
   * @return the signed token
   * @throws NullPointerException if {@code issuedAt} or {@code lifetime} is null
   * @throws IllegalArgumentException if the subject is blank or the lifetime not positive
   */
  public String token(
      String subject,
      List<String> audiences,
      List<String> scopes,
      Instant issuedAt,
      Duration lifetime) {
    Objects.requireNonNull(issuedAt, "issuedAt");
    Checks.positive(lifetime, "lifetime");
    return auth.sign(
        nonBlank(subject, "subject"),
        List.copyOf(audiences),
        List.copyOf(scopes),
        Map.of(),
        issuedAt,
        lifetime);
  }

  /**
   * The Svix signing secret of this fake's webhooks, for {@code WebhookVerifier.svixSecret}.
   *
   * @return the secret, {@code whsec_} then base64
   */
  public String webhookSecret() {
    return webhookSecret;
  }

  /**
   * The body of a Billing webhook event about a seeded shop, from its current customer and
   * subscription: {@code {"eventType": ..., "data": {...}}} with the data keys Billing documents
   * for that event type ({@code subscription.created}, {@code subscription.updated}, {@code
   * subscription.status-updated}, {@code customer.created}, {@code customer.updated}, {@code
   * customer-billing-address.updated}, {@code payment.succeeded}, {@code payment.failed}; another
   * type gets shopId, customer and subscription).
   *
   * @param eventType the event type
   * @param shopUuid a seeded shop
   * @return the JSON body
   * @throws IllegalArgumentException if the shop is not seeded
   */
  public String webhookEvent(String eventType, String shopUuid) {
    return cloud.billing().event(nonBlank(eventType, "eventType"), nonBlank(shopUuid, "shopUuid"));
  }

  /**
   * The Svix headers that sign a body now: {@code svix-id}, {@code svix-timestamp} (the clock's
   * seconds) and {@code svix-signature} ({@code v1,} then the base64 HMAC-SHA256 of {@code
   * id.timestamp.body} under the secret).
   *
   * @param body the exact body
   * @return the three headers
   */
  public Map<String, String> webhookHeaders(String body) {
    return cloud.billing().sign(Objects.requireNonNull(body, "body"));
  }

  /**
   * Posts a signed webhook event about a seeded shop (see {@link #webhookEvent(String, String)}),
   * as Billing's Svix delivery does.
   *
   * @param url the receiver
   * @param eventType the event type
   * @param shopUuid a seeded shop
   * @return the receiver's HTTP status
   * @throws java.io.UncheckedIOException if the receiver cannot be reached
   */
  public int emitWebhook(String url, String eventType, String shopUuid) {
    return emitWebhook(url, webhookEvent(eventType, shopUuid));
  }

  /**
   * Posts a body as a signed webhook (JSON, Svix headers).
   *
   * @param url the receiver
   * @param body the exact body
   * @return the receiver's HTTP status
   * @throws java.io.UncheckedIOException if the receiver cannot be reached
   */
  public int emitWebhook(String url, String body) {
    return cloud
        .billing()
        .post(
            URI.create(nonBlank(url, "url")), Objects.requireNonNull(body, "body"), webhookTimeout);
  }

  /**
   * Changes the status of a seeded shop's subscription to {@link #productId()} (and its {@code
   * updated_at} and {@code resource_version}), as Billing would before a {@code
   * subscription.status-updated} event.
   *
   * @param shopUuid a seeded shop
   * @param status such as {@code active}, {@code in_trial}, {@code non_renewing}, {@code
   *     cancelled}, {@code paused}
   * @throws IllegalArgumentException if the shop has no subscription
   */
  public void subscriptionStatus(String shopUuid, String status) {
    if (!cloud
        .billing()
        .status(nonBlank(shopUuid, "shopUuid"), productId, nonBlank(status, "status"))) {
      throw new IllegalArgumentException("shopUuid: no subscription for shop " + shopUuid);
    }
  }

  /**
   * Marks a CloudSync item as changed now (its {@code updatedAt} and {@code lastSyncedAt}), for
   * incremental pulls.
   *
   * @param collection a raw collection, kebab-case, such as {@code orders}
   * @param id the item's id
   * @throws IllegalArgumentException if there is no such item
   */
  public void touch(String collection, String id) {
    if (!cloud.cloudSync().touch(collection, id)) {
      throw new IllegalArgumentException("no " + collection + " item with id " + id);
    }
  }

  /**
   * The CloudSync sync triggers received, oldest first, each as {@code "<action> <shopId>
   * <content>,<content>"} with action {@code trigger} or {@code trigger-full}.
   *
   * @return the triggers
   */
  public List<String> syncTriggers() {
    return cloud.cloudSync().triggers();
  }

  /**
   * The faults to inject into the next answers (any API, the token endpoint included).
   *
   * @return the fake's fault controls
   */
  public Faults faults() {
    return faults;
  }

  /**
   * How many HTTP requests the fake has received since it started.
   *
   * @return the count
   */
  public long requestCount() {
    return cloud.requestCount();
  }

  /** Stops the server; idempotent. */
  @Override
  public void close() {
    cloud.close();
  }

  @Override
  public String toString() {
    return "FakePrestaShopCloud[" + baseUrl() + "]";
  }

  private static String nonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value;
  }

  /** Builds a {@link FakePrestaShopCloud}. Not thread-safe. */
  public static final class Builder {
    private String clientId = DEFAULT_CLIENT_ID;
    private String clientSecret = DEFAULT_CLIENT_SECRET;
    private Clock clock = Clock.systemUTC();
    private Duration tokenLifetime = Duration.ofHours(1);
    private String webhookSecret;
    private String productId = DEMO_PRODUCT_ID;
    private final List<CloudBilling.Shop> shops = new ArrayList<>();
    private int port;
    private int threads = 8;

    private Builder() {}

    /**
     * The vendor client the token endpoint accepts (default {@link #DEFAULT_CLIENT_ID} / {@link
     * #DEFAULT_CLIENT_SECRET}); any other secret gets {@code 401 invalid_client}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     * @throws IllegalArgumentException if either is blank
     */
    public Builder vendorClient(String clientId, String clientSecret) {
      this.clientId = nonBlank(clientId, "clientId");
      this.clientSecret = nonBlank(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Seeds a shop: its Accounts identity (verified), a Billing child customer (id the shop UUID)
     * under a parent customer for the owner (id the owner UUID), a subscription to the product, and
     * CloudSync data (the demo data). Without any, the demo shop {@link #DEMO_SHOP_UUID} of owner
     * {@link #DEMO_OWNER_UUID} is seeded.
     *
     * @param shopUuid the shop's UUID
     * @param ownerUuid its owner's UUID
     * @param ownerEmail its owner's email
     * @param shopUrl the shop's front office URL
     * @return this builder
     * @throws IllegalArgumentException if an argument is blank
     */
    public Builder shop(String shopUuid, String ownerUuid, String ownerEmail, String shopUrl) {
      shops.add(
          new CloudBilling.Shop(
              nonBlank(shopUuid, "shopUuid"),
              nonBlank(ownerUuid, "ownerUuid"),
              nonBlank(ownerEmail, "ownerEmail"),
              nonBlank(shopUrl, "shopUrl")));
      return this;
    }

    /**
     * The module the seeded shops subscribe to and whose components and plans Billing lists
     * (default {@link #DEMO_PRODUCT_ID}).
     *
     * @param productId the module's technical name
     * @return this builder
     */
    public Builder productId(String productId) {
      this.productId = nonBlank(productId, "productId");
      return this;
    }

    /**
     * The clock for token times, webhook timestamps and changes (default the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long issued tokens are valid (default one hour), also the token endpoint's {@code
     * expires_in}.
     *
     * @param lifetime at least one second
     * @return this builder
     * @throws IllegalArgumentException if shorter than a second
     */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime == null || lifetime.getSeconds() < 1) {
        throw new IllegalArgumentException("tokenLifetime: must be at least one second");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * The Svix signing secret of webhooks (default: a random one, see {@link #webhookSecret()}).
     *
     * @param secret {@code whsec_} then base64
     * @return this builder
     * @throws IllegalArgumentException if not of that form
     */
    public Builder webhookSecret(String secret) {
      if (secret == null || !secret.startsWith("whsec_")) {
        throw new IllegalArgumentException("webhookSecret: must start with whsec_");
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(secret.substring(6));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("webhookSecret: must be base64 after whsec_", e);
      }
      if (key.length == 0) {
        throw new IllegalArgumentException("webhookSecret: holds no key after whsec_");
      }
      this.webhookSecret = secret;
      return this;
    }

    /**
     * The loopback port to listen on (default 0: a free port).
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How many threads serve requests (default 8).
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the fake cloud.
     *
     * @return the running fake
     */
    public FakePrestaShopCloud start() {
      return new FakePrestaShopCloud(this);
    }
  }
}
