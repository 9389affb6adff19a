package io.github.prestashop4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fake Billing: billing-api (customers, subscriptions, legacy plans) and API gateway
 * (components, quantity updates) over seeded data, and Svix-signed webhooks.
 */
public final class CloudBilling {
  /** The audience of vendor tokens for Billing. */
  static final String AUDIENCE = "distribution.prestashop.net";

  /** A seeded shop: its UUID, its owner's, the owner's email and the shop's URL. */
  public record Shop(String shopUuid, String ownerUuid, String email, String url) {}

  private final ObjectMapper mapper = Json.MAPPER;
  private final CloudAuth auth;
  private final Clock clock;
  private final String productId;
  private final byte[] webhookKey;
  private final Map<String, Shop> shops = new LinkedHashMap<>();
  private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
  private final Map<String, ObjectNode> subscriptions = new LinkedHashMap<>();
  private volatile HttpClient webhookClient;

  public CloudBilling(
      CloudAuth auth, Clock clock, String productId, List<Shop> shops, String webhookSecret) {
    this.auth = auth;
    this.clock = clock;
    this.productId = productId;
    this.webhookKey = Base64.getDecoder().decode(webhookSecret.substring("whsec_".length()));
    long now = clock.instant().getEpochSecond();
    for (Shop s : shops) {
      this.shops.put(s.shopUuid(), s);
      customers.computeIfAbsent(s.ownerUuid(), o -> parent(s, now));
      customers.put(s.shopUuid(), child(s, now));
      subscriptions.put(s.shopUuid() + "/" + productId, subscription(s, now));
    }
  }

  public List<Shop> shops() {
    return List.copyOf(shops.values());
  }

  private ObjectNode parent(Shop s, long now) {
    ObjectNode c = mapper.createObjectNode();
    c.put("id", s.ownerUuid());
    c.put("email", s.email());
    c.put("auto_collection", "on");
    c.put("created_at", now - 86_400 * 30);
    c.put("locale", "en");
    ObjectNode r = c.putObject("relationship");
    r.put("parent_id", s.ownerUuid());
    r.put("payment_owner_id", s.ownerUuid());
    r.put("invoice_owner_id", s.ownerUuid());
    r.put("root_id", s.ownerUuid());
    c.put("resource_version", (now - 86_400 * 30) * 1000);
    c.put("deleted", false);
    c.put("object", "customer");
    return c;
  }

  private ObjectNode child(Shop s, long now) {
    ObjectNode c = mapper.createObjectNode();
    c.put("id", s.shopUuid());
    c.put("email", s.email());
    c.put("auto_collection", "on");
    c.put("created_at", now - 86_400 * 30);
    ObjectNode a = c.putObject("billing_address");
    a.put("first_name", "John");
    a.put("last_name", "DOE");
    a.put("company", "TestShop");
    a.put("line1", "16, Main street");
    a.put("city", "Paris");
    a.put("zip", "75002");
    a.put("country", "FR");
    c.put("primary_payment_source_id", "pm_" + s.shopUuid().replace("-", "").substring(0, 12));
    c.put("locale", "en");
    ObjectNode r = c.putObject("relationship");
    r.put("parent_id", s.ownerUuid());
    r.put("payment_owner_id", s.shopUuid());
    r.put("invoice_owner_id", s.shopUuid());
    r.put("root_id", s.ownerUuid());
    ObjectNode pm = c.putObject("payment_method");
    pm.put("type", "card");
    pm.put("gateway", "stripe");
    pm.put("gateway_account_id", "gw_fake");
    pm.put("status", "valid");
    pm.put("reference_id", "cus_fake/card_fake");
    c.put("cf_shop_id", s.shopUuid());
    c.put("cf_consent", "true");
    c.putObject("meta_data").put("shop_url", s.url());
    c.put("card_status", "valid");
    c.put("resource_version", (now - 86_400 * 30) * 1000);
    c.put("deleted", false);
    c.put("object", "customer");
    return c;
  }

  private ObjectNode subscription(Shop s, long now) {
    long start = now - 86_400 * 10;
    ObjectNode sub = mapper.createObjectNode();
    sub.put("id", "sub_" + s.shopUuid().replace("-", "").substring(0, 14));
    sub.put("plan_id", "rbm-advanced");
    sub.put("customer_id", s.shopUuid());
    sub.put("status", "active");
    sub.put("currency_code", "EUR");
    sub.put("has_scheduled_changes", false);
    sub.put("billing_period", 1);
    sub.put("billing_period_unit", "month");
    sub.put("plan_amount", 2000);
    sub.put("plan_quantity", 1);
    sub.put("plan_unit_price", 2000);
    sub.put("pricing_model", "flat_fee");
    sub.putObject("meta_data").put("module", productId);
    ArrayNode items = sub.putArray("subscription_items");
    ObjectNode plan = items.addObject();
    plan.put("item_price_id", "rbm-advanced-EUR-Monthly");
    plan.put("item_type", "plan");
    plan.put("quantity", 1);
    plan.put("unit_price", 2000);
    plan.put("amount", 2000);
    ObjectNode seats = items.addObject();
    seats.put("item_price_id", "rbm-seats-EUR-Monthly");
    seats.put("item_type", "addon");
    seats.put("quantity", 1);
    seats.put("unit_price", 500);
    seats.put("amount", 500);
    sub.put("created_at", start);
    sub.put("started_at", start);
    sub.put("activated_at", start);
    sub.put("updated_at", start);
    sub.put("current_term_start", start);
    sub.put("current_term_end", start + 86_400 * 30);
    sub.put("next_billing_at", start + 86_400 * 30);
    sub.put("due_invoices_count", 0);
    sub.put("mrr", 2500);
    sub.put("is_free_trial_used", true);
    sub.put("resource_version", start * 1000);
    sub.put("deleted", false);
    sub.put("object", "subscription");
    return sub;
  }

  /** Requests under the billing-api prefix. */
  Answer billingApi(String method, String path, Map<String, String> headers) {
    Answer denied = authorize(headers);
    if (denied != null) {
      return denied;
    }
    String[] s = segments(path);
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return error(405, "Method Not Allowed", "Cannot " + method + " " + path);
    }
    synchronized (this) {
      if (s.length == 3 && s[0].equals("v1") && s[1].equals("customers")) {
        ObjectNode c = customers.get(s[2]);
        return c == null ? notFound("Customer " + s[2] + " not found") : auth.json(200, c);
      }
      if (s.length == 5 && s[1].equals("customers") && s[3].equals("subscriptions")) {
        if (!customers.containsKey(s[2])) {
          return notFound("Customer " + s[2] + " not found");
        }
        ObjectNode sub = subscriptions.get(s[2] + "/" + s[4]);
        return sub == null ? notFound("Subscription not found") : auth.json(200, sub);
      }
      if (s.length == 4 && s[1].equals("products") && s[3].equals("plans")) {
        return auth.json(200, plans(s[2]));
      }
    }
    return notFound("Cannot GET " + path);
  }

  /** Requests under the API gateway prefix. */
  Answer gateway(String method, String path, String query, Map<String, String> headers, byte[] body)
      throws IOException {
    Answer denied = authorize(headers);
    if (denied != null) {
      return denied;
    }
    String[] s = segments(path);
    if (s.length == 4 && s[1].equals("products") && s[3].equals("components")) {
      if (!method.equals("GET")) {
        return error(405, "Method Not Allowed", "Cannot " + method + " " + path);
      }
      return auth.json(200, components(s[2], Request.parse(query)));
    }
    if (s.length == 6 && s[1].equals("subscriptions") && s[3].equals("items")) {
      if (!method.equals("PUT")) {
        return error(405, "Method Not Allowed", "Cannot " + method + " " + path);
      }
      JsonNode in;
      try {
        in = mapper.readTree(body);
      } catch (IOException e) {
        return error(400, "Bad Request", "body is not JSON");
      }
      JsonNode q = in == null ? null : in.get("quantity");
      if (q == null || !q.canConvertToLong() || q.asLong() < 1) {
        return error(400, "Bad Request", "quantity must not be less than 1");
      }
      synchronized (this) {
        for (ObjectNode sub : subscriptions.values()) {
          if (!sub.path("id").asText().equals(s[2])) {
            continue;
          }
          for (JsonNode item : sub.path("subscription_items")) {
            if (item.path("item_price_id").asText().equals(s[4])) {
              ObjectNode it = (ObjectNode) item;
              it.put("quantity", q.asLong());
              it.put("amount", q.asLong() * it.path("unit_price").asLong());
              touch(sub);
              ObjectNode out = mapper.createObjectNode();
              out.set("item", it.deepCopy());
              return auth.json(200, out);
            }
          }
          return notFound("Subscription item " + s[4] + " not found");
        }
      }
      return notFound("Subscription " + s[2] + " not found");
    }
    return notFound("Cannot " + method + " " + path);
  }

  private void touch(ObjectNode sub) {
    long now = clock.instant().getEpochSecond();
    sub.put("updated_at", now);
    sub.put("resource_version", Math.max(now * 1000, sub.path("resource_version").asLong() + 1));
  }

  private ObjectNode components(String product, Request q) {
    ObjectNode out = mapper.createObjectNode();
    ArrayNode items = out.putArray("items");
    if (product.equals(productId)) {
      String status = q.get("filter_status");
      String type = q.get("filter_component_type");
      for (ObjectNode c : componentList()) {
        if ((status == null || status.equals(c.path("status").asText()))
            && (type == null || type.equals(c.path("componentType").asText()))) {
          items.add(c);
        }
      }
    }
    out.put("total", items.size());
    return out;
  }

  private List<ObjectNode> componentList() {
    ObjectNode plan = mapper.createObjectNode();
    plan.put("id", "rbm-advanced-EUR-Monthly");
    plan.put("productId", productId);
    plan.put("componentType", "plan");
    plan.put("status", "active");
    plan.put("isUsageBased", false);
    plan.put("pricingModel", "flat_fee");
    plan.put("price", 2000);
    plan.putArray("tiers");
    plan.put("billingPeriodUnit", "month");
    plan.put("trialPeriodValue", 14);
    plan.put("trialPeriodUnit", "day");
    plan.put("freeQuantity", 0);
    plan.putArray("mandatoryComponentIds");
    plan.put("componentGroupId", "rbm-advanced");
    ObjectNode seats = mapper.createObjectNode();
    seats.put("id", "rbm-seats-EUR-Monthly");
    seats.put("productId", productId);
    seats.put("componentType", "addon");
    seats.put("status", "active");
    seats.put("isUsageBased", true);
    seats.put("pricingModel", "stairstep");
    seats.put("price", 0);
    ArrayNode tiers = seats.putArray("tiers");
    tiers.addObject().put("starting_unit", 1).put("ending_unit", 10).put("price", 500);
    tiers.addObject().put("starting_unit", 11).put("price", 900);
    seats.put("billingPeriodUnit", "month");
    seats.put("freeQuantity", 1);
    seats.putArray("mandatoryComponentIds").add("rbm-advanced-EUR-Monthly");
    ObjectNode yearly = plan.deepCopy();
    yearly.put("id", "rbm-advanced-EUR-Yearly");
    yearly.put("price", 20000);
    yearly.put("billingPeriodUnit", "year");
    yearly.put("status", "archived");
    return List.of(plan, yearly, seats);
  }

  private ObjectNode plans(String product) {
    ObjectNode out = mapper.createObjectNode();
    out.put("limit", 10);
    out.put("offset", 0);
    ArrayNode results = out.putArray("results");
    if (product.equals(productId)) {
      ObjectNode p = results.addObject();
      p.put("id", "rbm-advanced");
      p.put("name", "Advanced");
      ObjectNode d = p.putObject("details_plan");
      d.put("title", "Advanced plan");
      d.putArray("features").add("Unlimited reports").add("Priority support");
      p.put("price", 2000);
      p.put("period", 1);
      p.put("period_unit", "month");
      p.put("currency_code", "EUR");
      p.put("trial_period", 14);
      p.put("trial_period_unit", "day");
      p.put("pricing_model", "flat_fee");
      p.putObject("meta_data").put("module", productId);
      p.put("status", "active");
    }
    return out;
  }

  /** Changes a subscription's status; false if there is none. */
  public synchronized boolean status(String shopUuid, String product, String status) {
    ObjectNode sub = subscriptions.get(shopUuid + "/" + product);
    if (sub == null) {
      return false;
    }
    sub.put("status", status);
    if (status.equals("cancelled")) {
      sub.put("cancelled_at", clock.instant().getEpochSecond());
    }
    touch(sub);
    return true;
  }

  /** The current status of a subscription, or null. */
  public synchronized String status(String shopUuid, String product) {
    ObjectNode sub = subscriptions.get(shopUuid + "/" + product);
    return sub == null ? null : sub.path("status").asText();
  }

  /** The body of a webhook event about a seeded shop, in the documented {eventType, data} form. */
  public synchronized String event(String eventType, String shopUuid) {
    ObjectNode customer = customers.get(shopUuid);
    if (customer == null) {
      throw new IllegalArgumentException("shopUuid: no seeded shop " + shopUuid);
    }
    ObjectNode sub = subscriptions.get(shopUuid + "/" + productId);
    ObjectNode root = mapper.createObjectNode();
    root.put("eventType", eventType);
    ObjectNode data = root.putObject("data");
    long now = clock.instant().getEpochSecond();
    switch (eventType) {
      case "subscription.created", "subscription.updated", "subscription.status-updated" -> {
        data.put("shopId", shopUuid);
        data.put("chargebeeCustomerId", shopUuid);
        data.set("customer", customer.deepCopy());
        data.set("subscription", sub == null ? null : sub.deepCopy());
      }
      case "customer.created", "customer.updated" -> {
        data.set("customer", customer.deepCopy());
        data.put("chargebeeCustomerId", shopUuid);
        data.put("shopId", shopUuid);
        data.put("createdFromIp", "127.0.0.1");
      }
      case "customer-billing-address.updated" -> {
        data.set("customer", customer.deepCopy());
        ObjectNode address = customer.path("billing_address").deepCopy();
        address.put("object", "billing_address");
        data.set("billingAddress", address);
        data.putNull("vatNumber");
      }
      case "payment.succeeded", "payment.failed" -> {
        boolean ok = eventType.equals("payment.succeeded");
        long amount = sub == null ? 0 : sub.path("mrr").asLong();
        data.put("module_id", productId);
        data.set("customer", customer.deepCopy());
        data.set("subscription", sub == null ? null : sub.deepCopy());
        ObjectNode t = data.putObject("transaction");
        t.put("id", "txn_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        t.put("customer_id", shopUuid);
        t.put("subscription_id", sub == null ? null : sub.path("id").asText());
        t.put("payment_method", "card");
        t.put("gateway", "stripe");
        t.put("type", "payment");
        t.put("date", now);
        t.put("amount", amount);
        t.put("status", ok ? "success" : "failure");
        if (!ok) {
          t.put("error_code", "card_declined");
          t.put("error_text", "Your card was declined.");
        }
        t.put("masked_card_number", "************4242");
        t.put("currency_code", "EUR");
        ObjectNode inv = t.putArray("linked_invoices").addObject();
        inv.put("invoice_id", "inv_" + now);
        inv.put("applied_amount", amount);
        inv.put("applied_at", now);
        inv.put("invoice_date", now);
        inv.put("invoice_total", amount);
        inv.put("invoice_status", ok ? "paid" : "payment_due");
        t.put("resource_version", now * 1000);
      }
      default -> {
        data.put("shopId", shopUuid);
        data.set("customer", customer.deepCopy());
        data.set("subscription", sub == null ? null : sub.deepCopy());
      }
    }
    return root.toString();
  }

  /** The Svix headers for a body: svix-id, svix-timestamp, svix-signature. */
  public Map<String, String> sign(String body) {
    String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(webhookKey, "HmacSHA256"));
      hmac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      mac = hmac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
    Map<String, String> h = new LinkedHashMap<>();
    h.put("svix-id", id);
    h.put("svix-timestamp", timestamp);
    h.put("svix-signature", "v1," + Base64.getEncoder().encodeToString(mac));
    return h;
  }

  /** Posts a signed webhook; returns the receiver's status. */
  public int post(URI url, String body, Duration timeout) {
    HttpClient client = webhookClient;
    if (client == null) {
      synchronized (this) {
        if (webhookClient == null) {
          webhookClient = HttpClient.newBuilder().connectTimeout(timeout).build();
        }
        client = webhookClient;
      }
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Svix-Webhooks/1.0 (prestashop4j-testkit)")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    sign(body).forEach(b::header);
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("webhook POST " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting a webhook", e);
    }
  }

  private Answer authorize(Map<String, String> headers) {
    JWTClaimsSet claims = auth.check(headers);
    if (claims == null) {
      return error(401, "Unauthorized", "Unauthorized");
    }
    List<String> aud = claims.getAudience();
    boolean ok = aud.contains(AUDIENCE) || aud.stream().anyMatch(a -> a.startsWith("store/"));
    return ok ? null : error(403, "Forbidden", "token audience does not include " + AUDIENCE);
  }

  private Answer notFound(String message) {
    return error(404, "Not Found", message);
  }

  // NestJS error body, as Billing answers.
  private Answer error(int status, String error, String message) {
    ObjectNode e = mapper.createObjectNode();
    e.put("statusCode", status);
    e.putArray("message").add(message);
    e.put("error", error);
    return auth.json(status, e);
  }

  static String[] segments(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? new String[0] : p.split("/");
  }
}
