package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Billing customer. A shop's customer (the child) has the shop's UUID as its id; its parent is
 * the shop owner's customer. The subscription, the payment method and the invoices belong to the
 * child.
 */
public final class Customer extends BillingObject {
  @JsonProperty("id")
  private String id;

  @JsonProperty("email")
  private String email;

  @JsonProperty("auto_collection")
  private String autoCollection;

  @JsonProperty("created_at")
  private Long createdAt;

  @JsonProperty("relationship")
  private CustomerRelationship relationship;

  @JsonProperty("billing_address")
  private BillingAddress billingAddress;

  @JsonProperty("payment_method")
  private PaymentMethod paymentMethod;

  @JsonProperty("primary_payment_source_id")
  private String primaryPaymentSourceId;

  @JsonProperty("locale")
  private String locale;

  @JsonProperty("vat_number")
  private String vatNumber;

  @JsonProperty("preferred_currency_code")
  private String preferredCurrencyCode;

  @JsonProperty("meta_data")
  private Map<String, Object> metaData = Map.of();

  @JsonProperty("meta_data")
  private void setMetaData(Map<String, Object> metaData) {
    this.metaData = Values.map(metaData);
  }

  @JsonProperty("resource_version")
  private Long resourceVersion;

  @JsonProperty("deleted")
  private boolean deleted;

  private Customer() {}

  /**
   * Returns the customer id: for a shop's customer, the shop UUID.
   *
   * @return the value ({@code id}), an empty string if the server sent none
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the e-mail address.
   *
   * @return the value, empty when the server sent none ({@code email})
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * Returns whether payments are collected automatically ({@code on} or {@code off}).
   *
   * @return the value, empty when the server sent none ({@code auto_collection})
   */
  public Optional<String> autoCollection() {
    return Optional.ofNullable(autoCollection);
  }

  /**
   * Returns when the customer was created.
   *
   * @return the instant, from the epoch seconds the server sent ({@code created_at}); empty when it
   *     sent none
   */
  public Optional<Instant> createdAt() {
    return Values.instant(createdAt);
  }

  /**
   * Returns the parent and owner links.
   *
   * @return the value, empty when the server sent none ({@code relationship})
   */
  public Optional<CustomerRelationship> relationship() {
    return Optional.ofNullable(relationship);
  }

  /**
   * Returns the billing address.
   *
   * @return the value, empty when the server sent none ({@code billing_address})
   */
  public Optional<BillingAddress> billingAddress() {
    return Optional.ofNullable(billingAddress);
  }

  /**
   * Returns the primary payment method.
   *
   * @return the value, empty when the server sent none ({@code payment_method})
   */
  public Optional<PaymentMethod> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  /**
   * Returns the id of the primary payment source.
   *
   * @return the value, empty when the server sent none ({@code primary_payment_source_id})
   */
  public Optional<String> primaryPaymentSourceId() {
    return Optional.ofNullable(primaryPaymentSourceId);
  }

  /**
   * Returns the locale, for example {@code fr}.
   *
   * @return the value, empty when the server sent none ({@code locale})
   */
  public Optional<String> locale() {
    return Optional.ofNullable(locale);
  }

  /**
   * Returns the VAT number.
   *
   * @return the value, empty when the server sent none ({@code vat_number})
   */
  public Optional<String> vatNumber() {
    return Optional.ofNullable(vatNumber);
  }

  /**
   * Returns the preferred currency.
   *
   * @return the value, empty when the server sent none ({@code preferred_currency_code})
   */
  public Optional<String> preferredCurrencyCode() {
    return Optional.ofNullable(preferredCurrencyCode);
  }

  /**
   * Returns the metadata, for example {@code shop_url}.
   *
   * @return an unmodifiable map ({@code meta_data}), empty when the server sent none
   */
  public Map<String, Object> metaData() {
    return metaData;
  }

  /**
   * Returns the version of this object, which grows with each change (sent in webhooks).
   *
   * @return the value, empty when the server sent none ({@code resource_version})
   */
  public OptionalLong resourceVersion() {
    return resourceVersion == null ? OptionalLong.empty() : OptionalLong.of(resourceVersion);
  }

  /**
   * Returns whether the customer was deleted.
   *
   * @return the value ({@code deleted}), {@code false} if the server sent none
   */
  public boolean deleted() {
    return deleted;
  }

  // No e-mail: toString() output ends up in logs.
  @Override
  public String toString() {
    return "Customer[id=" + id + ", relationship=" + relationship + "]";
  }
}
