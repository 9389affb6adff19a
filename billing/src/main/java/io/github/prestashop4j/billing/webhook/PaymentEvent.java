package io.github.prestashop4j.billing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.prestashop4j.billing.model.Customer;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.billing.model.Transaction;
import java.util.Optional;

/** A {@code payment.succeeded} or {@code payment.failed} webhook, with its transaction. */
public final class PaymentEvent extends WebhookEvent {
  private final String moduleId;
  private final Customer customer;
  private final Subscription subscription;
  private final Transaction transaction;

  PaymentEvent(
      String type,
      JsonNode envelope,
      JsonNode data,
      String moduleId,
      Customer customer,
      Subscription subscription,
      Transaction transaction) {
    super(type, envelope, data);
    this.moduleId = moduleId;
    this.customer = customer;
    this.subscription = subscription;
    this.transaction = transaction;
  }

  /**
   * Tells whether the payment succeeded.
   *
   * @return {@code true} for {@code payment.succeeded}, {@code false} for {@code payment.failed}
   */
  public boolean succeeded() {
    return PAYMENT_SUCCEEDED.equals(type());
  }

  /**
   * Returns the module (product) id.
   *
   * @return {@code data.module_id}, empty when absent
   */
  public Optional<String> moduleId() {
    return Optional.ofNullable(moduleId);
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
   * Returns the subscription paid for.
   *
   * @return {@code data.subscription}, empty when absent
   */
  public Optional<Subscription> subscription() {
    return Optional.ofNullable(subscription);
  }

  /**
   * Returns the transaction: amount, status, error code and text of a failure, linked invoices.
   *
   * @return {@code data.transaction}, empty when absent
   */
  public Optional<Transaction> transaction() {
    return Optional.ofNullable(transaction);
  }

  /** Returns the transaction and its {@code resource_version}. */
  @Override
  public Optional<EntityVersion> entityVersion() {
    return transaction == null || transaction.id().isBlank()
        ? Optional.empty()
        : Events.version(
            EntityVersion.TRANSACTION, transaction.id(), transaction.resourceVersion());
  }
}
