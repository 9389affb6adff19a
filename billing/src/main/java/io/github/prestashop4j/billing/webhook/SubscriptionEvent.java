package io.github.prestashop4j.billing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.prestashop4j.billing.model.Customer;
import io.github.prestashop4j.billing.model.Subscription;
import java.util.Optional;

/**
 * A {@code subscription.created}, {@code subscription.updated} or {@code
 * subscription.status-updated} webhook. Track the status with {@code subscription.status-updated};
 * {@code subscription.updated} is also sent on plan changes and renewals, with the next invoice
 * date in {@link Subscription#nextBillingAt()}.
 */
public final class SubscriptionEvent extends WebhookEvent {
  private final String shopId;
  private final String chargebeeCustomerId;
  private final Customer customer;
  private final Subscription subscription;

  SubscriptionEvent(
      String type,
      JsonNode envelope,
      JsonNode data,
      String shopId,
      String chargebeeCustomerId,
      Customer customer,
      Subscription subscription) {
    super(type, envelope, data);
    this.shopId = shopId;
    this.chargebeeCustomerId = chargebeeCustomerId;
    this.customer = customer;
    this.subscription = subscription;
  }

  /**
   * Returns the shop UUID.
   *
   * @return {@code data.shopId}, empty when absent
   */
  public Optional<String> shopId() {
    return Optional.ofNullable(shopId);
  }

  /**
   * Returns the customer id in Chargebee.
   *
   * @return {@code data.chargebeeCustomerId}, empty when absent
   */
  public Optional<String> chargebeeCustomerId() {
    return Optional.ofNullable(chargebeeCustomerId);
  }

  /**
   * Returns the customer.
   *
   * @return {@code data.customer}, empty when absent
   */
  public Optional<Customer> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * Returns the subscription as it is after the change.
   *
   * @return {@code data.subscription}, empty when absent
   */
  public Optional<Subscription> subscription() {
    return Optional.ofNullable(subscription);
  }

  /** Returns the subscription and its {@code resource_version}. */
  @Override
  public Optional<EntityVersion> entityVersion() {
    return subscription == null || subscription.id().isBlank()
        ? Optional.empty()
        : Events.version(
            EntityVersion.SUBSCRIPTION, subscription.id(), subscription.resourceVersion());
  }
}
