package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.prestashop4j.account.AccountClient;
import io.github.prestashop4j.account.OAuth2TokenVerifier;
import io.github.prestashop4j.account.ShopIdentityStatus;
import io.github.prestashop4j.account.TokenRejectedException;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.account.VerifiedIdentity;
import io.github.prestashop4j.billing.BillingClient;
import io.github.prestashop4j.billing.ComponentQuery;
import io.github.prestashop4j.billing.PlanQuery;
import io.github.prestashop4j.billing.model.Customer;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.billing.webhook.WebhookEvent;
import io.github.prestashop4j.billing.webhook.WebhookVerifier;
import io.github.prestashop4j.cloudsync.ChangeField;
import io.github.prestashop4j.cloudsync.CloudSyncClient;
import io.github.prestashop4j.cloudsync.RawQuery;
import io.github.prestashop4j.cloudsync.ShopContent;
import io.github.prestashop4j.cloudsync.SortDirection;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.cloudsync.model.Product;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.core.json.JsonMappers;
import io.github.prestashop4j.core.paging.Watermark;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FakePrestaShopCloudTest {
  private static final ClientConfig HTTP = ClientConfig.builder().allowInsecureHttp(true).build();
  private static final String SHOP = FakePrestaShopCloud.DEMO_SHOP_UUID;
  // One client and mapper for every raw call: a JDK client per call would leave its threads behind.
  private static final HttpClient RAW_CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = JsonMappers.create();

  private static FakePrestaShopCloud cloud;

  @BeforeAll
  static void start() {
    cloud = FakePrestaShopCloud.start();
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static OAuth2TokenVerifier verifier() {
    return OAuth2TokenVerifier.builder().environment(cloud.environment()).httpConfig(HTTP).build();
  }

  @Test
  void tokenEndpoint_issuesVendorTokens_andRefusesABadSecret() {
    try (OAuth2ClientCredentials token =
        cloud
            .vendorCredentials()
            .tokenProvider(cloud.environment())
            .httpConfig(HTTP)
            .audience("distribution.prestashop.net")
            .scope("openid")
            .build()) {
      String jwt = token.accessToken();
      try (OAuth2TokenVerifier verifier =
          OAuth2TokenVerifier.builder()
              .environment(cloud.environment())
              .httpConfig(HTTP)
              .requireAudience("distribution.prestashop.net")
              .requireScope("openid")
              .build()) {
        VerifiedIdentity id = verifier.verify(jwt);
        assertThat(id.subject()).isEqualTo(FakePrestaShopCloud.DEFAULT_CLIENT_ID);
        assertThat(id.issuer()).isEqualTo(cloud.baseUrl() + "/");
      }
    }
    try (OAuth2ClientCredentials bad =
        VendorCredentials.of(FakePrestaShopCloud.DEFAULT_CLIENT_ID, "wrong")
            .tokenProvider(cloud.environment())
            .httpConfig(HTTP)
            .build()) {
      assertThatThrownBy(bad::accessToken)
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_client")
          .hasMessageNotContaining("wrong");
    }
  }

  @Test
  void shopTokens_areAcceptedByTheSdkVerifier() {
    try (OAuth2TokenVerifier verifier =
        OAuth2TokenVerifier.builder()
            .environment(cloud.environment())
            .httpConfig(HTTP)
            .requireAudience("store/" + SHOP)
            .requireScope(FakePrestaShopCloud.SHOP_VERIFIED_SCOPE)
            .build()) {
      VerifiedIdentity shop = verifier.verify(cloud.shopToken(SHOP));
      assertThat(shop.shopUuid()).contains(SHOP);
      assertThat(shop.ownerUuid()).isEmpty();

      VerifiedIdentity owned =
          verifier.verify(
              cloud.shopToken(
                  SHOP, FakePrestaShopCloud.DEMO_OWNER_UUID, FakePrestaShopCloud.DEMO_OWNER_EMAIL));
      assertThat(owned.ownerUuid()).contains(FakePrestaShopCloud.DEMO_OWNER_UUID);
      assertThat(owned.email()).contains(FakePrestaShopCloud.DEMO_OWNER_EMAIL);

      String expired =
          cloud.token(
              "x",
              List.of("store/" + SHOP),
              List.of("shop.verified"),
              Instant.now().minus(Duration.ofHours(3)),
              Duration.ofHours(1));
      assertThatThrownBy(() -> verifier.verify(expired))
          .isInstanceOfSatisfying(
              TokenRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(TokenRejectedException.Reason.EXPIRED));
    }
    // Another fake has another key: its tokens do not verify here.
    try (FakePrestaShopCloud other = FakePrestaShopCloud.start();
        OAuth2TokenVerifier verifier = verifier()) {
      assertThatThrownBy(() -> verifier.verify(other.shopToken(SHOP)))
          .isInstanceOf(TokenRejectedException.class);
    }
  }

  @Test
  void accountsApi_shopIdentityStatus() {
    try (OAuth2ClientCredentials token =
            cloud.vendorCredentials().tokenProvider(cloud.environment()).httpConfig(HTTP).build();
        AccountClient accounts =
            AccountClient.builder()
                .environment(cloud.environment())
                .httpConfig(HTTP)
                .auth(token)
                .build()) {
      ShopIdentityStatus status = accounts.shopIdentityStatus(SHOP);
      assertThat(status.cloudShopId()).contains(SHOP);
      assertThat(status.verified()).isTrue();
      assertThat(status.pointOfContactUuid()).contains(FakePrestaShopCloud.DEMO_OWNER_UUID);
      assertThatThrownBy(() -> accounts.shopIdentityStatus("unknown"))
          .isInstanceOf(NotFoundException.class);
      accounts.healthcheck();
    }
  }

  private static BillingClient billing() {
    return BillingClient.builder()
        .environment(cloud.environment())
        .billingApiBaseUrl(cloud.billingApiUrl())
        .gatewayBaseUrl(cloud.billingGatewayUrl())
        .credentials(cloud.vendorCredentials())
        .httpConfig(HTTP)
        .build();
  }

  @Test
  void billing_customersSubscriptionsComponentsPlans() {
    try (BillingClient billing = billing()) {
      Customer child = billing.customer(SHOP);
      assertThat(child.id()).isEqualTo(SHOP);
      assertThat(child.relationship().orElseThrow().parentId())
          .contains(FakePrestaShopCloud.DEMO_OWNER_UUID);
      Customer parent = billing.customer(FakePrestaShopCloud.DEMO_OWNER_UUID);
      assertThat(parent.id()).isEqualTo(FakePrestaShopCloud.DEMO_OWNER_UUID);

      Subscription sub = billing.subscription(SHOP, cloud.productId()).orElseThrow();
      assertThat(sub.customerId()).contains(SHOP);
      assertThat(sub.status())
          .contains(io.github.prestashop4j.billing.model.SubscriptionStatus.ACTIVE);
      assertThat(billing.subscription(SHOP, "other_module")).isEmpty();
      assertThat(billing.subscription("no-such-shop", cloud.productId())).isEmpty();
      assertThatThrownBy(() -> billing.customer("no-such-shop"))
          .isInstanceOf(NotFoundException.class);

      assertThat(billing.components(cloud.productId()).items()).hasSize(3);
      assertThat(billing.components(cloud.productId(), ComponentQuery.active()).items()).hasSize(2);
      assertThat(billing.plans(cloud.productId(), PlanQuery.builder().build()).results())
          .hasSize(1);

      String item = sub.items().get(1).itemPriceId();
      assertThat(billing.updateQuantity(sub.id(), item, 4).quantity()).hasValue(4L);
      assertThat(
              billing.subscription(SHOP, cloud.productId()).orElseThrow().items().get(1).quantity())
          .hasValue(4L);
    }
  }

  @Test
  void webhooks_areSvixSigned() throws Exception {
    Map<String, String> headers = new ConcurrentHashMap<>();
    List<byte[]> bodies = new ArrayList<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          ex.getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
          synchronized (bodies) {
            bodies.add(ex.getRequestBody().readAllBytes());
          }
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    receiver.start();
    try {
      cloud.subscriptionStatus(SHOP, "cancelled");
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      assertThat(cloud.emitWebhook(url, "subscription.status-updated", SHOP)).isEqualTo(204);
      WebhookVerifier verifier =
          WebhookVerifier.builder().svixSecret(cloud.webhookSecret()).build();
      WebhookEvent event = verifier.verifyAndParse(headers, bodies.get(0));
      assertThat(event.type()).isEqualTo("subscription.status-updated");
      assertThat(event.data().path("subscription").path("status").asText()).isEqualTo("cancelled");

      for (String type :
          List.of("payment.failed", "customer-billing-address.updated", "customer.updated")) {
        String body = cloud.webhookEvent(type, SHOP);
        assertThat(verifier.verifyAndParse(cloud.webhookHeaders(body), body).type())
            .isEqualTo(type);
      }
      WebhookVerifier otherSecret =
          WebhookVerifier.builder().svixSecret("whsec_" + "AAAAAAAAAAAAAAAAAAAAAAAA").build();
      String body = cloud.webhookEvent("customer.updated", SHOP);
      assertThatThrownBy(() -> otherSecret.verify(cloud.webhookHeaders(body), body))
          .isInstanceOf(io.github.prestashop4j.billing.webhook.WebhookVerificationException.class);
    } finally {
      cloud.subscriptionStatus(SHOP, "active");
      receiver.stop(0);
    }
  }

  private static CloudSyncClient cloudSync() {
    return CloudSyncClient.builder()
        .environment(cloud.environment())
        .baseUrl(cloud.cloudSyncUrl())
        .credentials(cloud.vendorCredentials(), "acme")
        .httpConfig(HTTP)
        .build();
  }

  @Test
  void cloudSync_rawDataMatchesTheFakeStore() {
    try (CloudSyncClient sync = cloudSync()) {
      List<Order> orders =
          sync.shop(SHOP).orders().stream(RawQuery.builder().limit(2).build()).toList();
      assertThat(orders).hasSize(5);
      Order first = sync.shop(SHOP).orders().get("1");
      assertThat(first.reference()).contains("XKBKNABJK");
      assertThat(first.totalPaidTaxIncl())
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("68.2"));
      assertThat(first.shopId()).contains(SHOP);

      List<Product> products =
          sync.shop(SHOP)
              .products()
              .list(
                  RawQuery.builder()
                      .filter("idProduct", "1")
                      .sort("idAttribute", SortDirection.DESC)
                      .build())
              .items();
      assertThat(products).isNotEmpty();
      assertThat(products.get(0).name()).contains("Hummingbird printed t-shirt");
      assertThat(sync.shop(SHOP).customers().stream(RawQuery.builder().build()).count())
          .isEqualTo(2);
      assertThat(sync.shop(SHOP).info().url()).isPresent();
      assertThatThrownBy(() -> sync.shop(SHOP).orders().get("999"))
          .isInstanceOf(NotFoundException.class);

      List<String> pulled = new ArrayList<>();
      Watermark mark =
          sync.shop(SHOP)
              .orders()
              .incremental(ChangeField.UPDATED_AT)
              .since(Watermark.at(Instant.parse("2020-01-01T00:00:00Z")))
              .pageSize(2)
              .forEach(o -> pulled.add(o.id().orElseThrow()));
      assertThat(pulled).containsExactly("1", "2", "3", "4", "5");
      cloud.touch("orders", "3");
      List<String> again = new ArrayList<>();
      sync.shop(SHOP)
          .orders()
          .incremental(ChangeField.UPDATED_AT)
          .since(mark)
          .forEach(o -> again.add(o.id().orElseThrow()));
      assertThat(again).containsExactly("3");
    }
  }

  @Test
  void cloudSync_rawPages_areSlicesOfTheSortedFilteredRows_forTheShopAsked() throws Exception {
    String second = "8d0c1f7e-5b2a-4e9d-a3c6-1f4b7e2d9a05";
    try (FakePrestaShopCloud two =
        FakePrestaShopCloud.builder()
            .shop(SHOP, "owner-1", "one@example.com", "http://one.example.com")
            .shop(second, "owner-2", "two@example.com", "http://two.example.com")
            .start()) {
      String sorted = "products?sort=priceTaxIncl&direction=desc";
      JsonNode all = raw(two, SHOP, sorted + "&limit=1000");
      int total = all.path("total").asInt();
      assertThat(total).isGreaterThan(5).isEqualTo(all.path("items").size());
      List<BigDecimal> prices = new ArrayList<>();
      all.path("items").forEach(i -> prices.add(i.path("priceTaxIncl").decimalValue()));
      assertThat(prices).isSortedAccordingTo(Comparator.reverseOrder());

      JsonNode page = raw(two, second, sorted + "&limit=3&offset=2");

      assertThat(page.path("total").asInt()).isEqualTo(total);
      assertThat(ids(page)).isEqualTo(ids(all).subList(2, 5));
      assertThat(page.path("items"))
          .allSatisfy(i -> assertThat(i.path("shopId").asText()).isEqualTo(second));
      assertThat(page.path("links").path("next").asText()).contains("offset=5").contains("limit=3");
      // The shop's id is the one asked for, every time, in listings, filters and single items.
      assertThat(all.path("items"))
          .allSatisfy(i -> assertThat(i.path("shopId").asText()).isEqualTo(SHOP));
      assertThat(raw(two, SHOP, "products?shopId=" + second).path("total").asInt()).isZero();
      assertThat(raw(two, second, "products?shopId=" + second).path("total").asInt())
          .isEqualTo(total);
      // Sorting by shopId (the same for every row) leaves the id order.
      assertThat(ids(raw(two, second, "products?sort=shopId&limit=1000")))
          .isEqualTo(ids(raw(two, SHOP, "products?limit=1000")))
          .containsExactlyInAnyOrderElementsOf(ids(all));
      String id = ids(page).get(0);
      assertThat(raw(two, second, "products/" + id).path("item").path("shopId").asText())
          .isEqualTo(second);
      assertThat(raw(two, SHOP, "products/" + id).path("item").path("shopId").asText())
          .isEqualTo(SHOP);
      // Range filters on dates, with rows sorted by their date then id.
      JsonNode since = raw(two, SHOP, "orders?updatedAtStart=2000-01-01T00:00:00Z&sort=updatedAt");
      assertThat(since.path("total").asInt()).isEqualTo(5);
      assertThat(raw(two, SHOP, "orders?updatedAtEnd=2000-01-01T00:00:00Z").path("total").asInt())
          .isZero();
    }
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.path("items").forEach(i -> out.add(i.path("id").asText()));
    return out;
  }

  private static JsonNode raw(FakePrestaShopCloud fake, String shop, String pathAndQuery)
      throws Exception {
    String token =
        fake.token(
            "vendor",
            List.of("https://api.cloudsync.prestashop.com"),
            List.of(),
            Instant.now(),
            Duration.ofMinutes(5));
    HttpResponse<String> response =
        RAW_CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(fake.cloudSyncUrl() + "/raw/v1/" + shop + "/" + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void cloudSync_reportingAndSync() {
    try (CloudSyncClient sync = cloudSync()) {
      assertThat(sync.reporting().syncSetup(SHOP).shopContents()).contains(ShopContent.ORDERS);
      assertThat(sync.reporting().syncSummary(SHOP).statuses()).isNotEmpty();
      assertThat(sync.reporting().syncSummary(SHOP, ShopContent.ORDERS).statuses()).hasSize(1);
      assertThat(sync.reporting().onboarding(SHOP).fields()).containsKey("firstOnboarding");
      assertThat(sync.sync().trigger(SHOP, List.of(ShopContent.ORDERS)).result()).contains("ok");
      assertThat(cloud.syncTriggers()).contains("trigger " + SHOP + " orders");
    }
  }

  @Test
  void apis_wantTheRightAudience() {
    try (OAuth2ClientCredentials billingToken =
            cloud.vendorCredentials().billing(cloud.environment(), HTTP);
        CloudSyncClient sync =
            CloudSyncClient.builder()
                .environment(cloud.environment())
                .baseUrl(cloud.cloudSyncUrl())
                .auth(billingToken)
                .httpConfig(HTTP)
                .build()) {
      assertThatThrownBy(() -> sync.reporting().syncSetup(SHOP))
          .isInstanceOf(io.github.prestashop4j.core.PermissionException.class);
    }
  }

  @Test
  void builderChecks() {
    assertThatThrownBy(() -> FakePrestaShopCloud.builder().webhookSecret("nope"))
        .hasMessageContaining("webhookSecret");
    assertThatThrownBy(() -> FakePrestaShopCloud.builder().tokenLifetime(Duration.ZERO))
        .hasMessageContaining("tokenLifetime");
    assertThatThrownBy(() -> cloud.shopToken(" ")).hasMessageContaining("shopUuid");
    assertThatThrownBy(() -> cloud.token("s", List.of(), List.of(), Instant.now(), Duration.ZERO))
        .hasMessage("lifetime: must be positive (got PT0S)");
    assertThatThrownBy(() -> cloud.token("s", List.of(), List.of(), Instant.now(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("lifetime");
  }

  @Test
  void aWebhookSecretIsCheckedWithTheRightReason() {
    assertThatThrownBy(() -> FakePrestaShopCloud.builder().webhookSecret("whsec_"))
        .hasMessage("webhookSecret: holds no key after whsec_");
    assertThatThrownBy(() -> FakePrestaShopCloud.builder().webhookSecret("whsec_%%%"))
        .hasMessage("webhookSecret: must be base64 after whsec_");
    assertThatThrownBy(() -> FakePrestaShopCloud.builder().webhookSecret("secret"))
        .hasMessage("webhookSecret: must start with whsec_");
  }
}
