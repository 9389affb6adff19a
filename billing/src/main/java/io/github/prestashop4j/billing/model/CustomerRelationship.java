package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * How a shop's (child) customer hangs off its owner's (parent) customer. Billing has two levels
 * only, so {@link #rootId()} equals {@link #parentId()}.
 */
public final class CustomerRelationship extends BillingObject {
  @JsonProperty("parent_id")
  private String parentId;

  @JsonProperty("payment_owner_id")
  private String paymentOwnerId;

  @JsonProperty("invoice_owner_id")
  private String invoiceOwnerId;

  @JsonProperty("root_id")
  private String rootId;

  private CustomerRelationship() {}

  /**
   * Returns the parent (owner) customer id.
   *
   * @return the value, empty when the server sent none ({@code parent_id})
   */
  public Optional<String> parentId() {
    return Optional.ofNullable(parentId);
  }

  /**
   * Returns the id of the customer who pays.
   *
   * @return the value, empty when the server sent none ({@code payment_owner_id})
   */
  public Optional<String> paymentOwnerId() {
    return Optional.ofNullable(paymentOwnerId);
  }

  /**
   * Returns the id of the customer who receives the invoices.
   *
   * @return the value, empty when the server sent none ({@code invoice_owner_id})
   */
  public Optional<String> invoiceOwnerId() {
    return Optional.ofNullable(invoiceOwnerId);
  }

  /**
   * Returns the id of the root customer.
   *
   * @return the value, empty when the server sent none ({@code root_id})
   */
  public Optional<String> rootId() {
    return Optional.ofNullable(rootId);
  }

  @Override
  public String toString() {
    return "CustomerRelationship[parentId="
        + parentId
        + ", paymentOwnerId="
        + paymentOwnerId
        + ", invoiceOwnerId="
        + invoiceOwnerId
        + ", rootId="
        + rootId
        + "]";
  }
}
