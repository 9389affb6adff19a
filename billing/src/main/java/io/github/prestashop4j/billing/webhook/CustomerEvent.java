package io.github.prestashop4j.billing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.prestashop4j.billing.model.Customer;
import java.util.Optional;

/**
 * A {@code customer.created} or {@code customer.updated} webhook. {@code customer.created} is sent
 * once per shop and may not arrive: do not depend on it.
 */
public final class CustomerEvent extends WebhookEvent {
  private final Customer customer;
  private final String chargebeeCustomerId;
  private final String shopId;
  private final String createdFromIp;

  CustomerEvent(
      String type,
      JsonNode envelope,
      JsonNode data,
      Customer customer,
      String chargebeeCustomerId,
      String shopId,
      String createdFromIp) {
    super(type, envelope, data);
    this.customer = customer;
    this.chargebeeCustomerId = chargebeeCustomerId;
    this.shopId = shopId;
    this.createdFromIp = createdFromIp;
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
   * Returns the customer id in Chargebee.
   *
   * @return {@code data.chargebeeCustomerId}, empty when absent
   */
  public Optional<String> chargebeeCustomerId() {
    return Optional.ofNullable(chargebeeCustomerId);
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
   * Returns the IP address the customer was created from.
   *
   * @return {@code data.createdFromIp}, empty when absent
   */
  public Optional<String> createdFromIp() {
    return Optional.ofNullable(createdFromIp);
  }

  /** Returns the customer and its {@code resource_version}. */
  @Override
  public Optional<EntityVersion> entityVersion() {
    return customer == null || customer.id().isBlank()
        ? Optional.empty()
        : Events.version(EntityVersion.CUSTOMER, customer.id(), customer.resourceVersion());
  }
}
