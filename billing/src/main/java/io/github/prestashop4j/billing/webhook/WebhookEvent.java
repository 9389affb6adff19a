package io.github.prestashop4j.billing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Billing webhook: its type and its {@code data}. Typed subclasses exist for the known
 * types; any other type arrives as {@link GenericWebhookEvent} with its raw JSON, so that a new
 * type never breaks a receiver.
 *
 * <pre>{@code
 * if (event instanceof SubscriptionEvent e) { ... }
 * else if (event instanceof PaymentEvent e) { ... }
 * }</pre>
 *
 * <p>Immutable.
 */
public abstract sealed class WebhookEvent
    permits SubscriptionEvent,
        PaymentEvent,
        CustomerEvent,
        BillingAddressEvent,
        GenericWebhookEvent {
  /** A subscription was created. */
  public static final String SUBSCRIPTION_CREATED = "subscription.created";

  /** A subscription changed, also on plan change and renewal. */
  public static final String SUBSCRIPTION_UPDATED = "subscription.updated";

  /** A subscription's status changed: the event to track the status with. */
  public static final String SUBSCRIPTION_STATUS_UPDATED = "subscription.status-updated";

  /** A payment succeeded. */
  public static final String PAYMENT_SUCCEEDED = "payment.succeeded";

  /** A payment failed. */
  public static final String PAYMENT_FAILED = "payment.failed";

  /** A customer was created; not guaranteed to be delivered. */
  public static final String CUSTOMER_CREATED = "customer.created";

  /** A customer changed. */
  public static final String CUSTOMER_UPDATED = "customer.updated";

  /** A customer's billing address changed. */
  public static final String CUSTOMER_BILLING_ADDRESS_UPDATED = "customer-billing-address.updated";

  private final String type;
  private final JsonNode envelope;
  private final JsonNode data;

  WebhookEvent(String type, JsonNode envelope, JsonNode data) {
    this.type = Objects.requireNonNull(type, "type");
    // The parser hands over trees nobody else holds (data is a subtree of envelope): they are
    // stored as given, and only what leaves through the accessors is copied.
    this.envelope = Objects.requireNonNull(envelope, "envelope");
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * Returns the event type.
   *
   * @return for example {@value #SUBSCRIPTION_STATUS_UPDATED}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the event's {@code data} as sent, with every field, including those the typed view does
   * not map.
   *
   * @return a copy of the JSON object (changing it does not change the event)
   */
  public JsonNode data() {
    return data.deepCopy();
  }

  /**
   * Returns the whole delivery as sent: the envelope with its type, {@code data} and any other
   * field.
   *
   * @return a copy of the JSON object (changing it does not change the event)
   */
  public JsonNode envelope() {
    return envelope.deepCopy();
  }

  /**
   * Returns the entity this event is about and its {@code resource_version}, for ordering
   * deliveries with {@link ResourceVersionTracker}.
   *
   * @return the entity and version; empty when the event carries none
   */
  public abstract Optional<EntityVersion> entityVersion();

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "[type="
        + type
        + ", entity="
        + entityVersion().orElse(null)
        + "]";
  }
}
