package io.github.prestashop4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake CloudSync: raw data (collections of the fake store's demo data, in CloudSync's camelCase
 * form), reporting and sync trigger endpoints.
 */
public final class CloudSyncData {
  /** The audience of vendor tokens for CloudSync. */
  static final String AUDIENCE = "https://api.cloudsync.prestashop.com";

  /** Every collection of the raw API, kebab-case; those without demo data are empty. */
  static final List<String> COLLECTIONS =
      List.of(
          "orders",
          "order-details",
          "order-status-history",
          "order-carriers",
          "order-cart-rules",
          "carts",
          "cart-products",
          "cart-rules",
          "carriers",
          "carrier-details",
          "carrier-taxes",
          "categories",
          "currencies",
          "customers",
          "custom-product-carriers",
          "bundles",
          "products",
          "product-suppliers",
          "specific-prices",
          "stocks",
          "stock-movements",
          "employees",
          "images",
          "image-types",
          "languages",
          "manufacturers",
          "modules",
          "stores",
          "suppliers",
          "taxonomies",
          "themes",
          "translations",
          "wishlists",
          "wishlist-products");

  private static final Set<String> CONTENTS =
      Set.of(
          "info",
          "modules",
          "themes",
          "carts",
          "carriers",
          "categories",
          "currencies",
          "customers",
          "employees",
          "images",
          "manufacturers",
          "orders",
          "products",
          "stocks",
          "stores",
          "suppliers",
          "taxonomies",
          "translations",
          "wishlists");

  private static final DateTimeFormatter PS_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final ObjectMapper mapper = Json.MAPPER;
  private final CloudAuth auth;
  private final Clock clock;
  private final Map<String, String> shopUrls;
  private final Map<String, List<ObjectNode>> data = new HashMap<>();
  private final ObjectNode shopInfo;
  private final String syncedAt;
  private final List<String> triggers = new CopyOnWriteArrayList<>();
  private final String prefix;

  public CloudSyncData(CloudAuth auth, Clock clock, Map<String, String> shopUrls, String prefix) {
    this.auth = auth;
    this.prefix = prefix;
    this.clock = clock;
    this.shopUrls = Map.copyOf(shopUrls);
    this.syncedAt = clock.instant().toString();
    JsonNode seed = Model.readJson("8.1.2", "seed.json");
    COLLECTIONS.forEach(c -> data.put(c, new ArrayList<>()));
    Map<String, JsonNode> states = byId(seed.path("order_states"));
    Map<String, JsonNode> addresses = byId(seed.path("addresses"));
    Map<String, JsonNode> countries = byId(seed.path("countries"));
    for (JsonNode o : seed.path("orders")) {
      JsonNode state = states.get(o.path("current_state").asText());
      ObjectNode n = row(o.path("id").asText(), o);
      n.put("idOrder", o.path("id").asLong());
      n.put("reference", o.path("reference").asText());
      n.put("idCustomer", o.path("id_customer").asLong());
      n.put("idCart", o.path("id_cart").asText());
      n.put("currentState", o.path("current_state").asLong());
      n.put("statusLabel", state == null ? "" : text(state.path("name")));
      n.put("conversionRate", dec(o, "conversion_rate"));
      n.put("totalPaidTaxExcl", dec(o, "total_paid_tax_excl"));
      n.put("totalPaidTaxIncl", dec(o, "total_paid_tax_incl"));
      n.put(
          "totalPaidTax",
          new BigDecimal(o.path("total_paid_tax_incl").asText("0"))
              .subtract(new BigDecimal(o.path("total_paid_tax_excl").asText("0"))));
      n.put("totalPaidReal", dec(o, "total_paid_real"));
      n.put("totalProducts", dec(o, "total_products"));
      n.put("totalProductsWt", dec(o, "total_products_wt"));
      n.put("totalDiscounts", dec(o, "total_discounts"));
      n.put("shippingCost", dec(o, "total_shipping_tax_incl"));
      n.put("totalShippingTaxExcl", dec(o, "total_shipping_tax_excl"));
      n.put("totalShippingTaxIncl", dec(o, "total_shipping_tax_incl"));
      n.put("refund", BigDecimal.ZERO);
      n.put("refundTaxExcl", BigDecimal.ZERO);
      n.put("currency", "EUR");
      n.put("idCurrency", o.path("id_currency").asLong());
      n.put("paymentModule", o.path("module").asText());
      n.put("paymentMode", o.path("payment").asText());
      n.put("paymentName", o.path("module").asText());
      n.put("idCarrier", o.path("id_carrier").asText());
      n.put("isValidated", o.path("valid").asText().equals("1"));
      n.put("isPaid", state != null && state.path("paid").asText().equals("1"));
      n.put("isShipped", state != null && state.path("shipped").asText().equals("1"));
      n.put("newCustomer", false);
      n.put("idShop", o.path("id_shop").asLong());
      n.put("idShopGroup", o.path("id_shop_group").asLong());
      n.put("idLang", o.path("id_lang").asLong());
      n.put("invoiceNumber", o.path("invoice_number").asText());
      n.put("deliveryNumber", o.path("delivery_number").asText());
      n.put("invoiceDate", date(o.path("invoice_date").asText()));
      n.put("deliveryDate", date(o.path("delivery_date").asText()));
      n.put("deliveryCountryCode", country(addresses, countries, o, "id_address_delivery"));
      n.put("invoiceCountryCode", country(addresses, countries, o, "id_address_invoice"));
      add("orders", n);
      for (JsonNode h : seed.path("order_histories")) {
        if (!h.path("id_order").asText().equals(o.path("id").asText())) {
          continue;
        }
        JsonNode hs = states.get(h.path("id_order_state").asText());
        ObjectNode sh = row(h.path("id").asText(), h);
        sh.put("idOrderHistory", h.path("id").asLong());
        sh.put("idOrder", h.path("id_order").asLong());
        sh.put("idOrderState", h.path("id_order_state").asLong());
        sh.put("name", hs == null ? "" : text(hs.path("name")));
        sh.put("template", hs == null ? "" : text(hs.path("template")));
        sh.put("dateAdd", date(h.path("date_add").asText()));
        sh.put("isValidated", hs != null && hs.path("logable").asText().equals("1"));
        sh.put("isDelivered", hs != null && hs.path("delivery").asText().equals("1"));
        sh.put("isShipped", hs != null && hs.path("shipped").asText().equals("1"));
        sh.put("isPaid", hs != null && hs.path("paid").asText().equals("1"));
        sh.put("isDeleted", hs != null && hs.path("deleted").asText().equals("1"));
        add("order-status-history", sh);
      }
    }
    for (JsonNode d : seed.path("order_details")) {
      ObjectNode n = row(d.path("id").asText(), seedOrder(seed, d.path("id_order").asText()));
      n.put("idOrderDetail", d.path("id").asLong());
      n.put("idOrder", d.path("id_order").asLong());
      n.put("productId", d.path("product_id").asLong());
      n.put("productAttributeId", d.path("product_attribute_id").asLong());
      n.put("productQuantity", d.path("product_quantity").asLong());
      n.put("unitPriceTaxIncl", dec(d, "unit_price_tax_incl"));
      n.put("unitPriceTaxExcl", dec(d, "unit_price_tax_excl"));
      n.put("refund", dec(d, "total_refunded_tax_incl"));
      n.put("refundTaxExcl", dec(d, "total_refunded_tax_excl"));
      n.put("currency", "EUR");
      n.put("isoCode", "en");
      n.put("conversionRate", 1.0);
      n.put(
          "uniqueProductId",
          d.path("product_id").asText() + "-" + d.path("product_attribute_id").asText());
      add("order-details", n);
    }
    for (JsonNode c : seed.path("carts")) {
      ObjectNode n = row(c.path("id").asText(), c);
      n.put("idCart", c.path("id").asText());
      add("carts", n);
      int i = 0;
      for (JsonNode r : c.path("associations").path("cart_rows")) {
        String id = c.path("id").asText() + "-" + (++i);
        ObjectNode p = row(id, c);
        p.put("idCartProduct", id);
        p.put("idCart", c.path("id").asText());
        p.put("idProduct", r.path("id_product").asLong());
        p.put("idProductAttribute", r.path("id_product_attribute").asLong());
        p.put("quantity", r.path("quantity").asLong());
        add("cart-products", p);
      }
    }
    for (JsonNode c : seed.path("customers")) {
      ObjectNode n = row(c.path("id").asText(), c);
      n.put("idCustomer", c.path("id").asLong());
      n.put("idLang", c.path("id_lang").asLong());
      n.put("newsletter", c.path("newsletter").asText().equals("1"));
      n.put("newsletterDateAdd", date(c.path("newsletter_date_add").asText()));
      n.put("optin", c.path("optin").asText().equals("1"));
      n.put("active", c.path("active").asText().equals("1"));
      n.put("isGuest", c.path("is_guest").asText().equals("1"));
      n.put("deleted", c.path("deleted").asText().equals("1"));
      // Anonymised as CloudSync does: a hash of the email, never the email itself.
      n.put("emailHash", sha256(c.path("email").asText()));
      add("customers", n);
    }
    Map<String, Long> stock = new HashMap<>();
    for (JsonNode s : seed.path("stock_availables")) {
      String key = s.path("id_product").asText() + "-" + s.path("id_product_attribute").asText();
      stock.put(key, s.path("quantity").asLong());
      ObjectNode n = row(s.path("id").asText(), null);
      n.put("idStockAvailable", s.path("id").asLong());
      n.put("idProduct", s.path("id_product").asLong());
      n.put("idProductAttribute", s.path("id_product_attribute").asLong());
      n.put("idShop", s.path("id_shop").asLong());
      n.put("idShopGroup", s.path("id_shop_group").asLong());
      n.put("quantity", s.path("quantity").asLong());
      n.put("physicalQuantity", s.path("quantity").asLong());
      n.put("reservedQuantity", 0);
      n.put("dependsOnStock", s.path("depends_on_stock").asText().equals("1"));
      n.put("outOfStock", s.path("out_of_stock").asLong());
      n.put("location", s.path("location").asText());
      add("stocks", n);
    }
    Map<String, List<JsonNode>> combinations = new LinkedHashMap<>();
    for (JsonNode c : seed.path("combinations")) {
      combinations.computeIfAbsent(c.path("id_product").asText(), k -> new ArrayList<>()).add(c);
    }
    Map<String, JsonNode> categories = byId(seed.path("categories"));
    for (JsonNode p : seed.path("products")) {
      String pid = p.path("id").asText();
      List<JsonNode> combos = combinations.getOrDefault(pid, List.of());
      List<JsonNode> rows = combos.isEmpty() ? java.util.Collections.singletonList(null) : combos;
      for (JsonNode c : rows) {
        String attr = c == null ? "0" : c.path("id").asText();
        ObjectNode n = row(pid + "-" + attr, p);
        BigDecimal price =
            new BigDecimal(p.path("price").asText("0"))
                .add(new BigDecimal(c == null ? "0" : c.path("price").asText("0")));
        // The demo store's one tax rule group is French VAT, 20 %.
        BigDecimal rate =
            p.path("id_tax_rules_group").asText().equals("0")
                ? BigDecimal.ZERO
                : new BigDecimal("20");
        BigDecimal incl =
            price
                .multiply(BigDecimal.ONE.add(rate.movePointLeft(2)))
                .setScale(6, RoundingMode.HALF_UP);
        JsonNode category = categories.get(p.path("id_category_default").asText());
        n.put("uniqueProductId", pid + "-" + attr);
        n.put("idProduct", p.path("id").asLong());
        n.put("idAttribute", Long.parseLong(attr));
        n.put("idProductAttribute", pid + "-" + attr);
        n.put("isDefaultAttribute", c == null || c.path("default_on").asText().equals("1"));
        n.put("name", text(p.path("name")));
        n.put("description", text(p.path("description")));
        n.put("descriptionShort", text(p.path("description_short")));
        n.put("linkRewrite", text(p.path("link_rewrite")));
        n.put("defaultCategory", category == null ? "" : text(category.path("name")));
        n.put("idCategoryDefault", p.path("id_category_default").asText());
        n.put("reference", c == null ? p.path("reference").asText() : c.path("reference").asText());
        n.put("upc", p.path("upc").asText());
        n.put("ean", p.path("ean13").asText());
        n.put("isbn", p.path("isbn").asText());
        n.put("mpn", p.path("mpn").asText());
        n.put("condition", p.path("condition").asText());
        n.put("visibility", p.path("visibility").asText());
        n.put("active", p.path("active").asText().equals("1"));
        n.put("quantity", stock.getOrDefault(pid + "-" + attr, 0L));
        n.put("manufacturer", p.path("manufacturer_name").asText());
        n.put("idManufacturer", p.path("id_manufacturer").asText());
        n.put("idSupplier", p.path("id_supplier").asText());
        n.put("weight", dec(p, "weight"));
        n.put("priceTaxExcl", price);
        n.put("priceTaxIncl", incl);
        n.put("salePriceTaxExcl", price);
        n.put("salePriceTaxIncl", incl);
        n.put("tax", incl.subtract(price));
        n.put("availableForOrder", p.path("available_for_order").asText().equals("1"));
        n.put("availableDate", date(p.path("available_date").asText()));
        n.put("isBundle", p.path("type").asText().equals("pack"));
        n.put("isVirtual", p.path("is_virtual").asText().equals("1"));
        n.put("cover", p.path("id_default_image").asText());
        n.put("isoCode", "en");
        add("products", n);
      }
    }
    for (JsonNode c : seed.path("categories")) {
      ObjectNode n = row(c.path("id").asText() + "-en", c);
      n.put("uniqueCategoryId", c.path("id").asText() + "-en");
      n.put("idCategory", c.path("id").asLong());
      n.put("idParent", c.path("id_parent").asLong());
      n.put("name", text(c.path("name")));
      n.put("description", text(c.path("description")));
      n.put("linkRewrite", text(c.path("link_rewrite")));
      n.put("metaTitle", text(c.path("meta_title")));
      n.put("metaKeywords", text(c.path("meta_keywords")));
      n.put("metaDescription", text(c.path("meta_description")));
      n.put("isoCode", "en");
      add("categories", n);
    }
    for (JsonNode c : seed.path("currencies")) {
      ObjectNode n = row(c.path("id").asText(), null);
      n.put("idCurrency", c.path("id").asLong());
      n.put("name", c.path("name").asText());
      n.put("isoCode", c.path("iso_code").asText());
      n.put("conversionRate", dec(c, "conversion_rate"));
      n.put("deleted", c.path("deleted").asText().equals("1"));
      n.put("active", c.path("active").asText().equals("1"));
      n.put("precision", c.path("precision").asLong());
      add("currencies", n);
    }
    for (JsonNode l : seed.path("languages")) {
      ObjectNode n = row(l.path("id").asText(), null);
      n.put("idLang", l.path("id").asLong());
      n.put("name", l.path("name").asText());
      n.put("isoCode", l.path("iso_code").asText());
      n.put("languageCode", l.path("language_code").asText());
      n.put("locale", l.path("locale").asText());
      n.put("active", l.path("active").asText().equals("1"));
      add("languages", n);
    }
    shopInfo = mapper.createObjectNode();
    shopInfo.put("createdAt", syncedAt);
    shopInfo.put("cmsVersion", "8.1.2");
    shopInfo.put("urlIsSimplified", true);
    shopInfo.put("cartIsPersistent", false);
    shopInfo.put("defaultLanguage", "en");
    shopInfo.put("languages", "en;fr");
    shopInfo.put("defaultCurrency", "EUR");
    shopInfo.put("currencies", "EUR");
    shopInfo.put("weightUnit", "kg");
    shopInfo.put("distanceUnit", "km");
    shopInfo.put("volumeUnit", "L");
    shopInfo.put("dimensionUnit", "cm");
    shopInfo.put("timezone", "Europe/Paris");
    shopInfo.put("isOrderReturnEnabled", false);
    shopInfo.put("orderReturnNbDays", 14);
    shopInfo.put("phpVersion", "8.1.27");
    shopInfo.put("httpServer", "Apache");
    shopInfo.put("ssl", false);
    shopInfo.put("multiShopCount", 1);
    shopInfo.put("countryCode", "FR");
  }

  private static JsonNode seedOrder(JsonNode seed, String id) {
    for (JsonNode o : seed.path("orders")) {
      if (o.path("id").asText().equals(id)) {
        return o;
      }
    }
    return null;
  }

  private void add(String collection, ObjectNode n) {
    data.get(collection).add(n);
  }

  // The CloudSync row fields every item carries; dates from the source entity when it has them.
  private ObjectNode row(String id, JsonNode source) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id);
    String created = source == null ? null : date(source.path("date_add").asText());
    String updated = source == null ? null : date(source.path("date_upd").asText());
    n.put("createdAt", created == null ? syncedAt : created);
    n.put("updatedAt", updated == null ? (created == null ? syncedAt : created) : updated);
    n.put("lastSyncedAt", syncedAt);
    n.putNull("deletedAt");
    return n;
  }

  private static Map<String, JsonNode> byId(JsonNode array) {
    Map<String, JsonNode> out = new HashMap<>();
    array.forEach(n -> out.put(n.path("id").asText(), n));
    return out;
  }

  private static String country(
      Map<String, JsonNode> addresses, Map<String, JsonNode> countries, JsonNode o, String field) {
    JsonNode a = addresses.get(o.path(field).asText());
    JsonNode c = a == null ? null : countries.get(a.path("id_country").asText());
    return c == null ? null : c.path("iso_code").asText();
  }

  // English (the first language) of an i18n value.
  private static String text(JsonNode v) {
    if (v.isObject()) {
      JsonNode en = v.get("1");
      return en == null ? "" : en.asText();
    }
    return v.asText("");
  }

  private static BigDecimal dec(JsonNode n, String field) {
    String v = n.path(field).asText("");
    try {
      return v.isEmpty() ? BigDecimal.ZERO : new BigDecimal(v);
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }

  // A PrestaShop date (shop time zone) as an ISO instant; zero dates are null.
  static String date(String value) {
    if (value == null || value.isEmpty() || value.startsWith("0000-00-00")) {
      return null;
    }
    try {
      String v = value.length() == 10 ? value + " 00:00:00" : value;
      return LocalDateTime.parse(v, PS_DATE).atZone(ZONE).toInstant().toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String sha256(String value) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(value.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format("%02x", b));
      }
      return sb.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Moves an item's updatedAt to now, as a change in the shop would; false if unknown. */
  public synchronized boolean touch(String collection, String id) {
    for (ObjectNode n : data.getOrDefault(collection, List.of())) {
      if (n.path("id").asText().equals(id)) {
        String now = clock.instant().toString();
        n.put("updatedAt", now);
        n.put("lastSyncedAt", now);
        return true;
      }
    }
    return false;
  }

  /** The sync triggers received, as "trigger|trigger-full shopId content,content". */
  public List<String> triggers() {
    return List.copyOf(triggers);
  }

  /** Requests under the CloudSync prefix. */
  Answer handle(String method, String path, String query, Map<String, String> headers, byte[] body)
      throws IOException {
    JWTClaimsSet claims = auth.check(headers);
    if (claims == null) {
      return error(401, "UNAUTHORIZED", "Unauthorized", "a valid bearer token is required");
    }
    if (!claims.getAudience().contains(AUDIENCE)) {
      return error(403, "FORBIDDEN", "Forbidden", "token audience does not include " + AUDIENCE);
    }
    String[] s = CloudBilling.segments(path);
    if (s.length >= 3 && s[0].equals("raw") && s[1].equals("v1")) {
      return raw(method, path, s, Request.parse(query));
    }
    if (s.length >= 3 && s[0].equals("reporting") && s[1].equals("v1")) {
      return reporting(method, s, Request.parse(query));
    }
    if (s.length == 4 && s[0].equals("sync") && s[1].equals("v1") && s[2].equals("sync")) {
      return sync(method, s[3], body);
    }
    return error(404, "NOT_FOUND", "Not Found", "no route " + method + " " + path);
  }

  private Answer raw(String method, String path, String[] s, Request q) {
    if (!method.equals("GET")) {
      return error(405, "METHOD_NOT_ALLOWED", "Method Not Allowed", method + " " + path);
    }
    String shop = s[2];
    if (!shopUrls.containsKey(shop)) {
      return error(404, "SHOP_NOT_FOUND", "Not Found", "shop " + shop + " is not known");
    }
    if (s.length == 4 && s[3].equals("shop")) {
      ObjectNode item = shopInfo.deepCopy();
      item.put("id", shop);
      item.put("shopId", shop);
      item.put("url", shopUrls.get(shop));
      item.put("folderCreatedAt", syncedAt);
      return envelope("shop", item);
    }
    if (s.length < 4 || s.length > 5 || !data.containsKey(s[3])) {
      return error(404, "NOT_FOUND", "Not Found", "no collection at " + path);
    }
    String collection = s[3];
    if (s.length == 5) {
      String id = URLDecoder.decode(s[4], StandardCharsets.UTF_8);
      synchronized (this) {
        for (ObjectNode n : data.get(collection)) {
          if (n.path("id").asText().equals(id)) {
            return envelope(collection, forShop(n, shop));
          }
        }
      }
      return error(404, "NOT_FOUND", "Not Found", collection + " " + id + " not found");
    }
    int limit;
    int offset;
    try {
      limit = q.get("limit") == null ? 50 : Integer.parseInt(q.get("limit"));
      offset = q.get("offset") == null ? 0 : Integer.parseInt(q.get("offset"));
    } catch (NumberFormatException e) {
      return error(400, "BAD_REQUEST", "Bad Request", "limit and offset must be integers");
    }
    if (limit < 1 || limit > 1000 || offset < 0) {
      return error(
          400, "BAD_REQUEST", "Bad Request", "limit must be 1 to 1000 and offset at least 0");
    }
    String sort = q.get("sort");
    Comparator<Sorted> order = sort == null ? Sorted.BY_ID : Sorted.BY_VALUE_THEN_ID;
    if ("desc".equalsIgnoreCase(q.get("direction"))) {
      order = order.reversed();
    }
    Map<String, Comparable<?>> wanted = new LinkedHashMap<>();
    q.params.forEach((k, v) -> wanted.put(k, comparable(TextNode.valueOf(v))));
    // Rows are filtered and sorted where they are (each sort value parsed once); only the page
    // answered is copied, to carry the shop's id.
    int total;
    List<ObjectNode> page = new ArrayList<>();
    synchronized (this) {
      List<Sorted> kept = new ArrayList<>();
      for (ObjectNode n : data.get(collection)) {
        if (matches(n, shop, wanted)) {
          kept.add(new Sorted(n, sort == null ? null : value(n, sort, shop)));
        }
      }
      kept.sort(order);
      total = kept.size();
      for (int i = offset; i < Math.min(total, offset + limit); i++) {
        page.add(forShop(kept.get(i).row, shop));
      }
    }
    ObjectNode out = mapper.createObjectNode();
    out.put("kind", collection);
    out.put("total", total);
    ObjectNode pagination = out.putObject("pagination");
    pagination.put("offset", offset);
    pagination.put("limit", limit);
    ObjectNode links = out.putObject("links");
    String self = prefix + "/raw/v1/" + shop + "/" + collection;
    links.put("first", link(self, q, 0, limit));
    int last = total == 0 ? 0 : ((total - 1) / limit) * limit;
    links.put("last", link(self, q, last, limit));
    if (offset > 0) {
      links.put("prev", link(self, q, Math.max(0, offset - limit), limit));
    } else {
      links.putNull("prev");
    }
    if (offset + limit < total) {
      links.put("next", link(self, q, offset + limit, limit));
    } else {
      links.putNull("next");
    }
    out.putArray("items").addAll(page);
    return auth.json(200, out);
  }

  // A row as the API answers it for one shop: a copy, so the stored row stays the same for all.
  private static ObjectNode forShop(ObjectNode row, String shop) {
    ObjectNode copy = row.deepCopy();
    copy.put("shopId", shop);
    return copy;
  }

  // A field of a row as answered for a shop: shopId is the shop's, not stored in the row.
  private static JsonNode value(ObjectNode row, String field, String shop) {
    return field.equals("shopId") && !row.has(field) ? TextNode.valueOf(shop) : row.get(field);
  }

  /** A row with what it is sorted by, parsed once per request rather than once per comparison. */
  private static final class Sorted {
    static final Comparator<Sorted> BY_ID =
        (a, b) ->
            a.number != null && b.number != null
                ? Long.compare(a.number, b.number)
                : a.id.compareTo(b.id);
    // Rows without the field first, then null values, then the values in their order.
    static final Comparator<Sorted> BY_VALUE_THEN_ID =
        Comparator.<Sorted>comparingInt(r -> r.rank)
            .thenComparing((a, b) -> a.rank == 2 ? compare(a.key, b.key) : 0)
            .thenComparing(BY_ID);

    final ObjectNode row;
    final String id;
    final Long number;
    final int rank;
    final Comparable<?> key;

    Sorted(ObjectNode row, JsonNode value) {
      this.row = row;
      this.id = row.path("id").asText();
      this.number = parseLong(id);
      this.rank = value == null ? 0 : value.isNull() ? 1 : 2;
      this.key = rank == 2 ? comparable(value) : null;
    }

    private static Long parseLong(String id) {
      try {
        return Long.parseLong(id);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  private String link(String self, Request q, int offset, int limit) {
    StringBuilder sb = new StringBuilder(self);
    char sep = '?';
    Map<String, String> params = new LinkedHashMap<>(q.params);
    params.put("limit", Integer.toString(limit));
    params.put("offset", Integer.toString(offset));
    for (Map.Entry<String, String> e : params.entrySet()) {
      sb.append(sep)
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return sb.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable x, Comparable y) {
    if (x.getClass() != y.getClass()) {
      return x.toString().compareTo(y.toString());
    }
    return x.compareTo(y);
  }

  private static Comparable<?> comparable(JsonNode v) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    Instant i = instant(v.asText());
    if (i != null) {
      return i;
    }
    try {
      return new BigDecimal(v.asText());
    } catch (NumberFormatException e) {
      return v.asText();
    }
  }

  private static Instant instant(String v) {
    if (v.length() < 10 || !Character.isDigit(v.charAt(0)) || v.indexOf('T') < 0) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // Field filters: name = exact value, nameStart / nameEnd = inclusive bounds; wanted holds each
  // parameter's value parsed once.
  private static boolean matches(ObjectNode n, String shop, Map<String, Comparable<?>> wanted) {
    for (Map.Entry<String, Comparable<?>> e : wanted.entrySet()) {
      String k = e.getKey();
      if (k.equals("limit") || k.equals("offset") || k.equals("sort") || k.equals("direction")) {
        continue;
      }
      int bound = 0;
      String field = k;
      if (k.endsWith("Start") && !n.has(k)) {
        bound = 1;
        field = k.substring(0, k.length() - 5);
      } else if (k.endsWith("End") && !n.has(k)) {
        bound = -1;
        field = k.substring(0, k.length() - 3);
      }
      JsonNode v = value(n, field, shop);
      if (v == null || v.isNull()) {
        return false;
      }
      int c = compare(comparable(v), e.getValue());
      if (bound == 0 ? c != 0 : bound == 1 ? c < 0 : c > 0) {
        return false;
      }
    }
    return true;
  }

  private Answer envelope(String kind, ObjectNode item) {
    ObjectNode out = mapper.createObjectNode();
    out.put("kind", kind);
    out.set("item", item);
    return auth.json(200, out);
  }

  private Answer reporting(String method, String[] s, Request q) {
    if (!method.equals("GET")) {
      return error(405, "METHOD_NOT_ALLOWED", "Method Not Allowed", method);
    }
    String kind = s[2];
    if (s.length == 5 && kind.equals("vendor") && s[4].equals("errors")) {
      return errors(q);
    }
    String shop = s.length >= 4 ? s[3] : null;
    if (kind.equals("shop") && s.length == 5 && s[4].equals("errors")) {
      return shopUrls.containsKey(shop) ? errors(q) : unknownShop(shop);
    }
    if (s.length != 4) {
      return error(404, "NOT_FOUND", "Not Found", "no reporting route");
    }
    if (!shopUrls.containsKey(shop)) {
      return unknownShop(shop);
    }
    switch (kind) {
      case "shop-sync-setup" -> {
        ObjectNode out = mapper.createObjectNode();
        out.put("targetUrl", shopUrls.get(shop));
        ArrayNode c = out.putArray("shopContent");
        CONTENTS.stream().sorted().forEach(c::add);
        out.putArray("shopLanguages").add("en").add("fr");
        return auth.json(200, out);
      }
      case "shop-sync-summary" -> {
        String content = q.get("shopContent");
        if (content != null) {
          return auth.json(200, summary(content));
        }
        ArrayNode out = mapper.createArrayNode();
        CONTENTS.stream().sorted().forEach(c -> out.add(summary(c)));
        return auth.json(200, out);
      }
      case "shop-sync-onboarding" -> {
        ObjectNode out = mapper.createObjectNode();
        out.put("firstOnboarding", syncedAt);
        out.put("lastOnboarding", syncedAt);
        out.put("targetUrl", shopUrls.get(shop));
        return auth.json(200, out);
      }
      default -> {
        return error(404, "NOT_FOUND", "Not Found", "no reporting route " + kind);
      }
    }
  }

  private ObjectNode summary(String content) {
    ObjectNode n = mapper.createObjectNode();
    n.put("shopContent", content);
    n.put("requested", syncedAt);
    n.put("firstSyncFinishedAt", syncedAt);
    n.put("lastSyncFinishedAt", syncedAt);
    n.put("httpStatus", 200);
    n.put("httpStatusText", "OK");
    return n;
  }

  private Answer errors(Request q) {
    ObjectNode out = mapper.createObjectNode();
    String now = clock.instant().toString();
    out.put("start", q.get("start") == null ? syncedAt : q.get("start"));
    out.put("end", q.get("end") == null ? now : q.get("end"));
    out.putArray("errors");
    return auth.json(200, out);
  }

  private Answer sync(String method, String action, byte[] body) throws IOException {
    if (!method.equals("POST")) {
      return error(405, "METHOD_NOT_ALLOWED", "Method Not Allowed", method);
    }
    if (!action.equals("trigger") && !action.equals("trigger-full")) {
      return error(404, "NOT_FOUND", "Not Found", "no sync action " + action);
    }
    JsonNode in;
    try {
      in = mapper.readTree(body);
    } catch (IOException e) {
      in = null;
    }
    if (in == null || !in.path("shopId").isTextual() || !in.path("shopContents").isArray()) {
      return error(400, "BAD_REQUEST", "Bad Request", "shopId and shopContents are required");
    }
    String shop = in.path("shopId").asText();
    if (!shopUrls.containsKey(shop)) {
      return unknownShop(shop);
    }
    List<String> contents = new ArrayList<>();
    in.path("shopContents").forEach(c -> contents.add(c.asText()));
    triggers.add(action + " " + shop + " " + String.join(",", contents));
    ObjectNode out = mapper.createObjectNode();
    out.put("result", "ok");
    out.put("jobId", java.util.UUID.randomUUID().toString());
    return auth.json(201, out);
  }

  private Answer unknownShop(String shop) {
    return error(404, "SHOP_NOT_FOUND", "Not Found", "shop " + shop + " is not known");
  }

  private Answer error(int status, String code, String statusText, String message) {
    ObjectNode e = mapper.createObjectNode();
    e.put("code", code);
    e.put("message", message);
    e.put("statusText", statusText);
    e.putObject("data").put("status", status);
    return auth.json(status, e);
  }
}
