package io.github.prestashop4j.billing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.prestashop4j.billing.model.BillingAddress;
import io.github.prestashop4j.billing.model.Customer;
import java.util.Optional;

/** A {@code customer-billing-address.updated} webhook. */
public final class BillingAddressEvent extends WebhookEvent {
  private final Customer customer;
  private final BillingAddress billingAddress;
  private final String vatNumber;

  BillingAddressEvent(
      String type,
      JsonNode envelope,
      JsonNode data,
      Customer customer,
      BillingAddress billingAddress,
      String vatNumber) {
    super(type, envelope, data);
    this.customer = customer;
    this.billingAddress = billingAddress;
    this.vatNumber = vatNumber;
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
   * Returns the new billing address.
   *
   * @return {@code data.billingAddress}, empty when absent
   */
  public Optional<BillingAddress> billingAddress() {
    return Optional.ofNullable(billingAddress);
  }

  /**
   * Returns the VAT number.
   *
   * @return {@code data.vatNumber}, empty when absent
   */
  public Optional<String> vatNumber() {
    return Optional.ofNullable(vatNumber);
  }

  /** Returns the customer and its {@code resource_version}. */
  @Override
  public Optional<EntityVersion> entityVersion() {
    return customer == null || customer.id().isBlank()
        ? Optional.empty()
        : Events.version(EntityVersion.CUSTOMER, customer.id(), customer.resourceVersion());
  }
}
