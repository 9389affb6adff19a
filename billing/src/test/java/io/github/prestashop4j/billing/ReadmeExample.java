package io.github.prestashop4j.billing;

import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.billing.model.SubscriptionStatus;
import io.github.prestashop4j.billing.model.Transaction;
import io.github.prestashop4j.billing.webhook.PaymentEvent;
import io.github.prestashop4j.billing.webhook.ResourceVersionTracker;
import io.github.prestashop4j.billing.webhook.SubscriptionEvent;
import io.github.prestashop4j.billing.webhook.WebhookEvent;
import io.github.prestashop4j.billing.webhook.WebhookVerificationException;
import io.github.prestashop4j.billing.webhook.WebhookVerifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The README's "Billing" example, compiled and run by ReadmeExampleTest so that it cannot rot. The
 * text between the README markers is what HANDOFF.md / the README show.
 */
final class ReadmeExample {
  private ReadmeExample() {}

  // README:begin
  /** A module vendor's backend that serves shops paying for "my_module". */
  static final class VendorBackend implements AutoCloseable {
    private static final String MODULE = "my_module";

    private final BillingClient billing;
    private final WebhookVerifier webhooks;
    private final ResourceVersionTracker versions = ResourceVersionTracker.create();
    private final Map<String, SubscriptionStatus> statusByShop = new ConcurrentHashMap<>();

    static VendorBackend fromEnv() {
      BillingClient billing =
          BillingClient.builder()
              .environment(CloudEnvironment.PRODUCTION)
              .credentials(
                  VendorCredentials.of(
                      System.getenv("PS_CLIENT_ID"), System.getenv("PS_CLIENT_SECRET")))
              .build();
      WebhookVerifier webhooks =
          WebhookVerifier.builder()
              .svixSecret(System.getenv("PS_BILLING_WEBHOOK_SECRET")) // "whsec_..."
              .build();
      return new VendorBackend(billing, webhooks);
    }

    VendorBackend(BillingClient billing, WebhookVerifier webhooks) {
      this.billing = billing;
      this.webhooks = webhooks;
    }

    /** Before serving a shop: does a subscription pay for the module? */
    boolean mayServe(String shopUuid) {
      return billing
          .subscription(shopUuid, MODULE) // empty: no subscription (HTTP 404)
          .flatMap(Subscription::status)
          .map(SubscriptionStatus::grantsAccess) // active, in_trial, non_renewing
          .orElse(false);
    }

    /** The webhook endpoint; returns the HTTP status to answer with. */
    int onWebhook(Map<String, List<String>> headers, byte[] rawBody) {
      WebhookEvent event;
      try {
        event = webhooks.verifyAndParse(headers, rawBody); // verify the raw bytes, then parse
      } catch (WebhookVerificationException e) {
        return 401; // e.reason() tells why
      }
      ResourceVersionTracker.Outcome order = versions.check(event);
      if (order == ResourceVersionTracker.Outcome.STALE
          || order == ResourceVersionTracker.Outcome.SAME) {
        return 200; // late or repeated: already applied
      }
      // Every subscription event carries the whole subscription: keep its status whichever
      // event of a change (updated, status-updated) comes first, as the versions are shared.
      if (event instanceof SubscriptionEvent s && s.shopId().isPresent()) {
        s.subscription()
            .flatMap(Subscription::status)
            .ifPresent(status -> statusByShop.put(s.shopId().get(), status));
      } else if (event instanceof PaymentEvent p && !p.succeeded()) {
        String reason = p.transaction().flatMap(Transaction::errorCode).orElse("unknown");
        System.err.println("Payment failed: " + reason); // warn the merchant, say
      }
      // Record only now: had the handling thrown, Billing's retry would still be NEWER.
      versions.record(event);
      return 200; // any 2xx stops Billing's retries
    }

    Optional<SubscriptionStatus> knownStatus(String shopUuid) {
      return Optional.ofNullable(statusByShop.get(shopUuid));
    }

    @Override
    public void close() {
      billing.close();
    }
  }
  // README:end
}
