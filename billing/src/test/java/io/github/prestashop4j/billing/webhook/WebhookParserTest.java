package io.github.prestashop4j.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.billing.Fixtures;
import io.github.prestashop4j.billing.model.Money;
import io.github.prestashop4j.billing.model.SubscriptionStatus;
import io.github.prestashop4j.billing.model.Transaction;
import io.github.prestashop4j.core.DecodeException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookParserTest {
  private static final String SHOP = "b2581e4b-0030-4fc8-9bf2-7f01c550a946";
  private final WebhookParser parser = WebhookParser.create();

  @Test
  void subscriptionStatusUpdatedIsTyped() {
    WebhookEvent event = parser.parse(Fixtures.read("webhook-subscription-status-updated.json"));

    SubscriptionEvent subscriptionEvent = (SubscriptionEvent) event;
    assertThat(subscriptionEvent.shopId()).contains(SHOP);
    assertThat(subscriptionEvent.chargebeeCustomerId()).contains(SHOP);
    assertThat(subscriptionEvent.customer().orElseThrow().relationship().orElseThrow().parentId())
        .contains("Cpnr7otANbbqcliaHCbco");
    assertThat(subscriptionEvent.customer().orElseThrow().unknownFields())
        .containsEntry("card_status", "valid");
    var subscription = subscriptionEvent.subscription().orElseThrow();
    assertThat(subscription.status()).contains(SubscriptionStatus.ACTIVE);
    assertThat(subscription.nextBillingAt()).contains(Instant.ofEpochSecond(1702592000));
    assertThat(subscription.planAmount()).contains(Money.ofCents(2000, "EUR"));
    assertThat(subscription.items().get(0).itemPriceId()).isEqualTo("rbm-advanced");
    assertThat(event.entityVersion())
        .contains(EntityVersion.of("subscription", "169lnASzhOWay1EQN", 1700000000200L));
    assertThat(event.data().path("shopId").asText()).isEqualTo(SHOP);
    assertThat(event.envelope().path("eventType").asText())
        .isEqualTo("subscription.status-updated");
    assertThat(event.toString())
        .contains("subscription.status-updated")
        .doesNotContain("merchant@");
  }

  @ParameterizedTest
  @ValueSource(strings = {"subscription.created", "subscription.updated"})
  void otherSubscriptionTypesAreTyped(String type) {
    WebhookEvent event =
        parser.parse(
            "{\"eventType\":\"" + type + "\",\"data\":{\"subscription\":{\"id\":\"s1\"}}}");

    assertThat(event).isInstanceOf(SubscriptionEvent.class);
    assertThat(event.type()).isEqualTo(type);
    // No resource_version: the event cannot be ordered.
    assertThat(event.entityVersion()).isEmpty();
  }

  @Test
  void paymentFailedCarriesATypedTransaction() {
    PaymentEvent event = (PaymentEvent) parser.parse(Fixtures.read("webhook-payment-failed.json"));

    assertThat(event.succeeded()).isFalse();
    assertThat(event.moduleId()).contains("rbm_example");
    assertThat(event.subscription().orElseThrow().id()).isEqualTo("169lnASzhOWay1EQN");
    assertThat(event.customer().orElseThrow().id()).isEqualTo(SHOP);
    Transaction transaction = event.transaction().orElseThrow();
    assertThat(transaction.id()).isEqualTo("txn_AzZhUGSPAkLskJQo");
    assertThat(transaction.status()).contains("failure");
    assertThat(transaction.errorCode()).contains("card_declined");
    assertThat(transaction.errorText()).contains("Your card was declined.");
    assertThat(transaction.amount().orElseThrow().amount()).isEqualTo(new BigDecimal("23.99"));
    assertThat(transaction.amount().orElseThrow().currency()).isEqualTo("EUR");
    assertThat(transaction.date()).contains(Instant.ofEpochSecond(1700000300));
    assertThat(transaction.maskedCardNumber()).contains("************0002");
    assertThat(transaction.subscriptionId()).contains("169lnASzhOWay1EQN");
    assertThat(transaction.customerId()).contains(SHOP);
    assertThat(transaction.paymentMethod()).contains("card");
    assertThat(transaction.gateway()).contains("stripe");
    assertThat(transaction.type()).contains("payment");
    assertThat(transaction.unknownFields()).containsEntry("exchange_rate", new BigDecimal("1.0"));
    var invoice = transaction.linkedInvoices().get(0);
    assertThat(invoice.invoiceId()).isEqualTo("inv_42");
    assertThat(invoice.appliedAmount()).contains(Money.ofCents(2399, "EUR"));
    assertThat(invoice.invoiceTotal()).contains(Money.ofCents(2399, "EUR"));
    assertThat(invoice.invoiceDate()).contains(Instant.ofEpochSecond(1700000000));
    assertThat(invoice.appliedAt()).contains(Instant.ofEpochSecond(1700000300));
    assertThat(invoice.invoiceStatus()).contains("payment_due");
    assertThat(event.entityVersion())
        .contains(EntityVersion.of("transaction", "txn_AzZhUGSPAkLskJQo", 1700000300500L));
  }

  @Test
  void paymentSucceededIsASuccess() {
    PaymentEvent event =
        (PaymentEvent)
            parser.parse(
                "{\"eventType\":\"payment.succeeded\",\"data\":{\"transaction\":"
                    + "{\"id\":\"t1\",\"amount\":500,\"currency_code\":\"EUR\",\"status\":\"success\"}}}");

    assertThat(event.succeeded()).isTrue();
    assertThat(event.transaction().orElseThrow().amount()).contains(Money.ofCents(500, "EUR"));
    assertThat(event.subscription()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer.created", "customer.updated"})
  void customerEventsAreTyped(String type) {
    CustomerEvent event =
        (CustomerEvent)
            parser.parse(
                "{\"eventType\":\""
                    + type
                    + "\",\"data\":{\"customer\":{\"id\":\""
                    + SHOP
                    + "\",\"resource_version\":7,\"preferred_currency_code\":\"EUR\"},"
                    + "\"chargebeeCustomerId\":\"cb1\",\"shopId\":\""
                    + SHOP
                    + "\",\"createdFromIp\":\"192.0.2.1\"}}");

    assertThat(event.customer().orElseThrow().preferredCurrencyCode()).contains("EUR");
    assertThat(event.chargebeeCustomerId()).contains("cb1");
    assertThat(event.shopId()).contains(SHOP);
    assertThat(event.createdFromIp()).contains("192.0.2.1");
    assertThat(event.entityVersion()).contains(EntityVersion.of("customer", SHOP, 7));
  }

  @Test
  void billingAddressUpdatedIsTyped() {
    BillingAddressEvent event =
        (BillingAddressEvent)
            parser.parse(Fixtures.read("webhook-customer-billing-address-updated.json"));

    assertThat(event.billingAddress().orElseThrow().city()).contains("Lyon");
    assertThat(event.billingAddress().orElseThrow().unknownFields())
        .containsEntry("object", "billing_address");
    assertThat(event.vatNumber()).contains("FR12345678901");
    assertThat(event.customer().orElseThrow().id()).isEqualTo(SHOP);
    assertThat(event.entityVersion()).contains(EntityVersion.of("customer", SHOP, 1700000400000L));
  }

  @Test
  void typeKeyIsAcceptedAsTheEnvelope() {
    WebhookEvent event =
        parser.parse(
            "{\"type\":\"subscription.updated\",\"data\":{\"subscription\":{\"id\":\"s1\"}}}");

    assertThat(event).isInstanceOf(SubscriptionEvent.class);
  }

  @Test
  void unknownTypeIsKeptAsAGenericEventWithItsJson() {
    WebhookEvent event =
        parser.parse(
            "{\"eventType\":\"invoice.generated\",\"data\":{\"invoice\":{\"id\":\"inv_1\",\"total\":1200}},"
                + "\"timestamp\":1700000000}");

    assertThat(event).isInstanceOf(GenericWebhookEvent.class);
    assertThat(event.type()).isEqualTo("invoice.generated");
    assertThat(event.data().path("invoice").path("total").asInt()).isEqualTo(1200);
    assertThat(event.envelope().path("timestamp").asLong()).isEqualTo(1700000000L);
    assertThat(event.entityVersion()).isEmpty();
    // The event is immutable: its JSON is handed out as copies.
    ((com.fasterxml.jackson.databind.node.ObjectNode) event.data()).put("invoice", "changed");
    assertThat(event.data().path("invoice").isObject()).isTrue();
  }

  @Test
  void missingDataIsAnEmptyObject() {
    WebhookEvent event = parser.parse("{\"eventType\":\"customer.updated\"}");

    assertThat(((CustomerEvent) event).customer()).isEmpty();
    assertThat(event.data().isObject()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "[1,2]", "{}", "{\"eventType\":\" \"}", "{\"eventType\":{}}"})
  void notAnEnvelopeIsADecodeException(String body) {
    assertThatThrownBy(() -> parser.parse(body)).isInstanceOf(DecodeException.class);
  }

  @Test
  void wronglyShapedKnownPartIsADecodeExceptionWithoutTheBody() {
    String body =
        "{\"eventType\":\"payment.failed\",\"data\":{\"transaction\":"
            + "{\"id\":\"t1\",\"amount\":\"secret-ish@example.com\"}}}";

    assertThatThrownBy(() -> parser.parse(body))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("payment.failed")
        .hasMessageContaining("$.amount")
        .hasMessageNotContaining("secret-ish")
        .hasMessageNotContaining("\"id\":\"t1\"");
  }

  @Test
  void malformedJsonIsADecodeExceptionWithoutTheBody() {
    String body =
        "{\"eventType\":\"customer.updated\",\"data\":{\"email\":secret-ish@example.com}}";

    assertThatThrownBy(() -> parser.parse(body))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("secret-ish");
  }
}
