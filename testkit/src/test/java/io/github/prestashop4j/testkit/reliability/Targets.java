package io.github.prestashop4j.testkit.reliability;

import io.github.prestashop4j.account.AccountClient;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.billing.BillingClient;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.cloudsync.CloudSyncClient;
import io.github.prestashop4j.cloudsync.ShopContent;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.auth.AuthProvider;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.testkit.FakePrestaShop;
import io.github.prestashop4j.testkit.FakePrestaShopCloud;
import io.github.prestashop4j.testkit.Permissions;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The calls the reliability suites run against every client: a fake store and a fake cloud with
 * known secrets, and one {@link Target} per client and HTTP method. A target builds its client
 * against any base URL (the fakes directly, WireMock in front of them, a TCP proxy in front of
 * WireMock), runs one call, checks its result and closes the client.
 */
final class Targets implements AutoCloseable {
  static final String WS_KEY = "RELIABILITYKEY0123456789ABCDEFGH";
  static final String CLIENT_ID = "reliability-vendor";
  static final String CLIENT_SECRET = "reliability-client-secret-5b1e";
  static final String WEBHOOK_SECRET = "whsec_" + "cmVsaWFiaWxpdHktd2ViaG9vay1rZXk=";
  static final String SHOP = FakePrestaShopCloud.DEMO_SHOP_UUID;

  final FakePrestaShop store;
  final FakePrestaShopCloud cloud;
  final String subscriptionId;
  final String itemPriceId;

  /** Every Authorization header value a provider handed out: secrets to look for in the logs. */
  final Set<String> issuedCredentials = ConcurrentHashMap.newKeySet();

  // One token provider per audience, shared by every call: the calls under test never fetch tokens.
  final OAuth2ClientCredentials accountToken;
  final OAuth2ClientCredentials billingToken;
  final OAuth2ClientCredentials cloudSyncToken;

  /** Runs one call through a client built against {@code baseUrl}, checks its result. */
  interface Call {
    void run(String baseUrl, ClientConfig config, Consumer<Object> printed) throws Exception;
  }

  /** One client and HTTP method; {@code retriedAfterSending} is false for POST and PATCH. */
  record Target(String name, String method, String upstreamPrefix, Call call) {
    boolean retriedAfterSending() {
      return !method.equals("POST") && !method.equals("PATCH") || name.equals("oauth2 token");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  Targets() {
    store = FakePrestaShop.builder().key(WS_KEY, Permissions.all()).start();
    cloud =
        FakePrestaShopCloud.builder()
            .vendorClient(CLIENT_ID, CLIENT_SECRET)
            .webhookSecret(WEBHOOK_SECRET)
            .start();
    accountToken =
        cloud.vendorCredentials().tokenProvider(cloud.environment()).httpConfig(http()).build();
    billingToken = cloud.vendorCredentials().billing(cloud.environment(), http());
    cloudSyncToken = cloud.vendorCredentials().cloudSync(cloud.environment(), http(), "acme");
    try (BillingClient billing =
        billing(cloud.billingApiUrl(), cloud.billingGatewayUrl(), http())) {
      Subscription sub = billing.subscription(SHOP, cloud.productId()).orElseThrow();
      subscriptionId = sub.id();
      itemPriceId = sub.items().get(1).itemPriceId();
    }
  }

  static ClientConfig.Builder httpBuilder() {
    return ClientConfig.builder().allowInsecureHttp(true);
  }

  static ClientConfig http() {
    return httpBuilder().build();
  }

  AuthProvider recording(OAuth2ClientCredentials delegate) {
    return new AuthProvider() {
      @Override
      public String authorizationHeader() {
        String header = delegate.authorizationHeader();
        issuedCredentials.add(header);
        issuedCredentials.add(header.substring(header.indexOf(' ') + 1));
        return header;
      }

      @Override
      public boolean renewAfterRefusal(String refusedHeader) {
        return delegate.renewAfterRefusal(refusedHeader);
      }

      @Override
      public String toString() {
        return delegate.toString();
      }
    };
  }

  WebserviceClient webservice(String baseUrl, ClientConfig config) {
    return WebserviceClient.builder().baseUrl(baseUrl).apiKey(WS_KEY).httpConfig(config).build();
  }

  BillingClient billing(String apiUrl, String gatewayUrl, ClientConfig config) {
    return BillingClient.builder()
        .environment(cloud.environment())
        .billingApiBaseUrl(apiUrl)
        .gatewayBaseUrl(gatewayUrl)
        .auth(recording(billingToken))
        .httpConfig(config)
        .build();
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("wrong result: " + what);
    }
  }

  List<Target> all() {
    return List.of(
        new Target(
            "webservice GET",
            "GET",
            "/api",
            (base, config, printed) -> {
              try (WebserviceClient ws = webservice(base, config)) {
                printed.accept(ws);
                Entity product = ws.resource("products").get(1);
                printed.accept(product);
                check(product.text("id").orElse("").equals("1"), "product 1");
              }
            }),
        new Target(
            "webservice POST",
            "POST",
            "/api",
            (base, config, printed) -> {
              try (WebserviceClient ws = webservice(base, config)) {
                Entity created =
                    ws.resource("manufacturers")
                        .create(
                            Entity.builder("manufacturer")
                                .set("name", "Fault matrix")
                                .set("active", "1")
                                .build());
                check(created.text("id").isPresent(), "created manufacturer");
              }
            }),
        new Target(
            "webservice PATCH",
            "PATCH",
            "/api",
            (base, config, printed) -> {
              try (WebserviceClient ws = webservice(base, config)) {
                Entity patched =
                    ws.resource("manufacturers")
                        .patch(
                            Entity.builder("manufacturer")
                                .set("id", "1")
                                .set("name", "Patched by the fault matrix")
                                .build());
                check(
                    patched.text("name").orElse("").equals("Patched by the fault matrix"),
                    "patched name");
              }
            }),
        new Target(
            "oauth2 token",
            "POST",
            "/oauth2",
            (base, config, printed) -> {
              try (OAuth2ClientCredentials token =
                  OAuth2ClientCredentials.builder()
                      .tokenUrl(base + "/oauth2/token")
                      .clientId(CLIENT_ID)
                      .clientSecret(CLIENT_SECRET)
                      .audience("distribution.prestashop.net")
                      .httpConfig(config)
                      .build()) {
                printed.accept(token);
                String value = token.accessToken();
                issuedCredentials.add(value);
                check(value.split("\\.").length == 3, "a JWT");
                printed.accept(token);
              }
            }),
        new Target(
            "account GET",
            "GET",
            "/accounts",
            (base, config, printed) -> {
              try (AccountClient accounts = account(base, config)) {
                printed.accept(accounts);
                check(accounts.shopIdentityStatus(SHOP).verified(), "verified shop");
              }
            }),
        new Target(
            "billing GET",
            "GET",
            "/billing-api",
            (base, config, printed) -> {
              try (BillingClient billing =
                  billing(base + "/billing-api", base + "/billing-gateway", config)) {
                printed.accept(billing);
                check(billing.customer(SHOP).id().equals(SHOP), "customer");
              }
            }),
        new Target(
            "billing PUT",
            "PUT",
            "/billing-gateway",
            (base, config, printed) -> {
              try (BillingClient billing =
                  billing(base + "/billing-api", base + "/billing-gateway", config)) {
                check(
                    billing.updateQuantity(subscriptionId, itemPriceId, 3).quantity().orElse(0L)
                        == 3L,
                    "quantity");
              }
            }),
        new Target(
            "cloudsync GET",
            "GET",
            "/cloudsync",
            (base, config, printed) -> {
              try (CloudSyncClient sync = cloudSync(base, config)) {
                printed.accept(sync);
                check(sync.shop(SHOP).info().url().isPresent(), "shop info");
              }
            }),
        new Target(
            "cloudsync POST",
            "POST",
            "/cloudsync",
            (base, config, printed) -> {
              try (CloudSyncClient sync = cloudSync(base, config)) {
                check(
                    sync.sync().trigger(SHOP, List.of(ShopContent.ORDERS)).result().isPresent(),
                    "trigger");
              }
            }));
  }

  CloudSyncClient cloudSync(String base, ClientConfig config) {
    return CloudSyncClient.builder()
        .environment(cloud.environment())
        .baseUrl(base + "/cloudsync")
        .auth(recording(cloudSyncToken))
        .httpConfig(config)
        .build();
  }

  AccountClient account(String base, ClientConfig config) {
    return AccountClient.builder()
        .environment(
            CloudEnvironment.custom(URI.create(cloud.baseUrl()), URI.create(base + "/accounts")))
        .auth(recording(accountToken))
        .httpConfig(config)
        .build();
  }

  @Override
  public void close() {
    accountToken.close();
    billingToken.close();
    cloudSyncToken.close();
    store.close();
    cloud.close();
  }
}
