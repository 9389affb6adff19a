package io.github.prestashop4j.examples;

import com.sun.net.httpserver.HttpServer;
import io.github.prestashop4j.account.AccountClient;
import io.github.prestashop4j.account.OAuth2TokenVerifier;
import io.github.prestashop4j.account.ShopIdentityStatus;
import io.github.prestashop4j.account.VerifiedIdentity;
import io.github.prestashop4j.billing.BillingClient;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.billing.webhook.WebhookEvent;
import io.github.prestashop4j.billing.webhook.WebhookVerificationException;
import io.github.prestashop4j.billing.webhook.WebhookVerifier;
import io.github.prestashop4j.cloudsync.CloudSyncClient;
import io.github.prestashop4j.cloudsync.RawQuery;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import io.github.prestashop4j.testkit.FakePrestaShopCloud;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Vendor backend: verify the shop token a module sends, read the shop's identity, check its Billing
 * subscription, read its CloudSync orders, and handle a signed Billing webhook.
 */
final class VendorBackend implements Example {
  public static void main(String[] args) {
    Example.main(new VendorBackend());
  }

  @Override
  public String title() {
    return "Vendor backend";
  }

  @Override
  public void run(Environment environment, PrintStream out) throws Exception {
    FakePrestaShopCloud fake = environment.fakeCloud().orElse(null);
    String shopToken =
        fake != null
            ? fake.shopToken(FakePrestaShopCloud.DEMO_SHOP_UUID)
            : environment.variable("PS_SHOP_TOKEN", "");
    String productId = fake != null ? fake.productId() : environment.variable("PS_PRODUCT_ID", "");

    // 1. The module calls the backend with the shop's token: verify it before anything else.
    String shopUuid;
    try (OAuth2TokenVerifier verifier =
        OAuth2TokenVerifier.builder()
            .environment(environment.cloudEnvironment())
            .httpConfig(environment.http())
            .build()) {
      VerifiedIdentity identity = verifier.verify(shopToken);
      shopUuid =
          identity.shopUuid().orElseThrow(() -> new IllegalStateException("not a shop token"));
      out.println("Shop token verified: shop " + shopUuid);
    }

    // 2. Who owns the shop, and is the link verified?
    try (OAuth2ClientCredentials token =
            environment
                .vendorCredentials()
                .tokenProvider(environment.cloudEnvironment())
                .httpConfig(environment.http())
                .build();
        AccountClient accounts =
            AccountClient.builder()
                .environment(environment.cloudEnvironment())
                .httpConfig(environment.http())
                .auth(token)
                .build()) {
      ShopIdentityStatus status = accounts.shopIdentityStatus(shopUuid);
      out.println(
          "Shop identity: verified="
              + status.verified()
              + ", owner "
              + status.pointOfContactUuid().orElse("unknown"));
    }

    // 3. Is the shop subscribed to the module?
    BillingClient.Builder billingBuilder =
        BillingClient.builder()
            .environment(environment.cloudEnvironment())
            .credentials(environment.vendorCredentials())
            .httpConfig(environment.http());
    if (fake != null) {
      billingBuilder
          .billingApiBaseUrl(fake.billingApiUrl())
          .gatewayBaseUrl(fake.billingGatewayUrl());
    }
    try (BillingClient billing = billingBuilder.build()) {
      Subscription subscription =
          billing
              .subscription(shopUuid, productId)
              .orElseThrow(() -> new IllegalStateException("the shop has no subscription"));
      out.println(
          "Billing: subscription to "
              + productId
              + " is "
              + subscription.status().map(Object::toString).orElse("unknown"));
    }

    // 4. Read the shop's orders that CloudSync collected.
    CloudSyncClient.Builder syncBuilder =
        CloudSyncClient.builder()
            .environment(environment.cloudEnvironment())
            .credentials(
                environment.vendorCredentials(), environment.variable("PS_CLIENT_NAME", "acme"))
            .httpConfig(environment.http());
    if (fake != null) {
      syncBuilder.baseUrl(fake.cloudSyncUrl());
    }
    try (CloudSyncClient cloudSync = syncBuilder.build()) {
      List<Order> orders =
          cloudSync.shop(shopUuid).orders().stream(RawQuery.builder().limit(50).build()).toList();
      out.println(
          "CloudSync: "
              + orders.size()
              + " orders, first "
              + orders.stream().findFirst().flatMap(Order::reference).orElse("-"));
    }

    // 5. Billing calls the backend's webhook endpoint: verify the raw bytes, then use the event.
    if (fake == null) {
      out.println("(Webhooks come from the real Billing service to your public endpoint.)");
      return;
    }
    WebhookVerifier webhooks = WebhookVerifier.builder().svixSecret(fake.webhookSecret()).build();
    BlockingQueue<String> handled = new ArrayBlockingQueue<>(1);
    HttpServer endpoint =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext(
        "/billing/webhook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status;
          try {
            WebhookEvent event = webhooks.verifyAndParse(exchange.getRequestHeaders(), body);
            handled.offer(event.type());
            status = 200;
          } catch (WebhookVerificationException e) {
            status = 401;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    endpoint.start();
    try {
      String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/billing/webhook";
      int answered = fake.emitWebhook(url, "subscription.status-updated", shopUuid);
      String type = handled.poll(10, TimeUnit.SECONDS);
      out.println("Webhook " + type + " verified and handled (answered " + answered + ")");
      if (answered != 200 || type == null) {
        throw new IllegalStateException("the webhook was not handled");
      }
    } finally {
      endpoint.stop(0);
    }
  }
}
