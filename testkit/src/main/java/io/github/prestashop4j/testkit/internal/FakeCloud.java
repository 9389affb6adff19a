package io.github.prestashop4j.testkit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wires the fake cloud together: OAuth2, Accounts API, Billing and CloudSync on one server. */
public final class FakeCloud implements AutoCloseable {
  /** Path prefixes of the APIs on the fake's server. */
  public static final String ACCOUNTS = "/accounts";

  public static final String BILLING_API = "/billing-api";
  public static final String BILLING_GATEWAY = "/billing-gateway";
  public static final String CLOUDSYNC = "/cloudsync";

  private final ObjectMapper mapper = Json.MAPPER;
  private final FakeServer server;
  private final CloudAuth auth;
  private final CloudBilling billing;
  private final CloudSyncData cloudSync;
  private final String baseUrl;
  private final Clock clock;

  public FakeCloud(
      CloudAuth auth,
      Clock clock,
      String productId,
      List<CloudBilling.Shop> shops,
      String webhookSecret,
      int port,
      int threads,
      FaultPlan faults,
      FakeServer.Sleeper sleeper) {
    this.auth = auth;
    this.clock = clock;
    this.billing = new CloudBilling(auth, clock, productId, shops, webhookSecret);
    Map<String, String> urls = new LinkedHashMap<>();
    shops.forEach(s -> urls.put(s.shopUuid(), s.url()));
    this.cloudSync = new CloudSyncData(auth, clock, urls, CLOUDSYNC);
    this.server = new FakeServer(port, threads, faults, sleeper);
    this.baseUrl = "http://127.0.0.1:" + server.port();
    auth.issuer(baseUrl + "/");
    server.route(
        "/oauth2/token",
        (m, p, q, h, b) -> p.equals("/oauth2/token") ? auth.token(m, h, b) : notFound(p));
    server.route(
        "/.well-known",
        (m, p, q, h, b) -> {
          if (p.equals("/.well-known/openid-configuration")) {
            return auth.discovery(baseUrl);
          }
          return p.equals("/.well-known/jwks.json") ? auth.jwks() : notFound(p);
        });
    server.route(ACCOUNTS + "/", (m, p, q, h, b) -> accounts(m, p.substring(ACCOUNTS.length()), h));
    server.route(
        BILLING_API + "/",
        (m, p, q, h, b) -> billing.billingApi(m, p.substring(BILLING_API.length()), h));
    server.route(
        BILLING_GATEWAY + "/",
        (m, p, q, h, b) -> billing.gateway(m, p.substring(BILLING_GATEWAY.length()), q, h, b));
    server.route(
        CLOUDSYNC + "/",
        (m, p, q, h, b) -> cloudSync.handle(m, p.substring(CLOUDSYNC.length()), q, h, b));
    server.route("/", (m, p, q, h, b) -> notFound(p));
    server.start();
  }

  private static Answer notFound(String path) {
    return Answer.text(404, "application/json", "{\"error\":\"not_found\"}");
  }

  private Answer accounts(String method, String path, Map<String, String> headers) {
    if (path.equals("/healthcheck")) {
      return Answer.text(200, "application/json", "{\"status\":\"OK\"}");
    }
    if (auth.check(headers) == null) {
      return accountsError(401, "accounts-api/unauthorized", "Unauthorized");
    }
    String[] s = CloudBilling.segments(path);
    if (s.length == 4
        && s[0].equals("v1")
        && s[1].equals("shop-identities")
        && s[3].equals("status")
        && method.equals("GET")) {
      for (CloudBilling.Shop shop : billing.shops()) {
        if (shop.shopUuid().equals(s[2])) {
          String created = clock.instant().minus(Duration.ofDays(30)).toString();
          ObjectNode n = mapper.createObjectNode();
          n.put("cloudShopId", shop.shopUuid());
          n.put("isVerified", true);
          n.put("frontendUrl", shop.url());
          n.put("backOfficeUrl", shop.url() + "/admin-dev");
          n.putNull("shopVerificationErrorCode");
          n.put("pointOfContactUuid", shop.ownerUuid());
          n.put("pointOfContactEmail", shop.email());
          n.put("createdAt", created);
          n.put("updatedAt", created);
          n.put("verifiedAt", created);
          n.putNull("unverifiedAt");
          return auth.json(200, n);
        }
      }
      return accountsError(404, "store-identity/not-found", "Store identity not found");
    }
    return accountsError(404, "accounts-api/not-found", "Cannot " + method + " " + path);
  }

  private Answer accountsError(int status, String code, String message) {
    ObjectNode e = mapper.createObjectNode();
    e.put("error", code);
    e.put("message", message);
    e.put("reason", "fake accounts API");
    return auth.json(status, e);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public CloudAuth auth() {
    return auth;
  }

  public CloudBilling billing() {
    return billing;
  }

  public CloudSyncData cloudSync() {
    return cloudSync;
  }

  public long requestCount() {
    return server.requestCount();
  }

  @Override
  public void close() {
    server.close();
  }
}
