package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A payment transaction, as sent in {@code payment.succeeded} and {@code payment.failed} webhooks.
 */
public final class Transaction extends BillingObject {
  @JsonProperty("id")
  private String id;

  @JsonProperty("customer_id")
  private String customerId;

  @JsonProperty("subscription_id")
  private String subscriptionId;

  @JsonProperty("payment_method")
  private String paymentMethod;

  @JsonProperty("gateway")
  private String gateway;

  @JsonProperty("type")
  private String type;

  @JsonProperty("date")
  private Long date;

  @JsonProperty("amount")
  private Long amount;

  @JsonProperty("currency_code")
  private String currencyCode;

  @JsonProperty("status")
  private String status;

  @JsonProperty("error_code")
  private String errorCode;

  @JsonProperty("error_text")
  private String errorText;

  @JsonProperty("masked_card_number")
  private String maskedCardNumber;

  @JsonProperty("resource_version")
  private Long resourceVersion;

  private Transaction() {}

  /**
   * Returns the transaction id.
   *
   * @return the value ({@code id}), an empty string if the server sent none
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the customer id.
   *
   * @return the value, empty when the server sent none ({@code customer_id})
   */
  public Optional<String> customerId() {
    return Optional.ofNullable(customerId);
  }

  /**
   * Returns the subscription id.
   *
   * @return the value, empty when the server sent none ({@code subscription_id})
   */
  public Optional<String> subscriptionId() {
    return Optional.ofNullable(subscriptionId);
  }

  /**
   * Returns the payment method, for example {@code card}.
   *
   * @return the value, empty when the server sent none ({@code payment_method})
   */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  /**
   * Returns the payment gateway.
   *
   * @return the value, empty when the server sent none ({@code gateway})
   */
  public Optional<String> gateway() {
    return Optional.ofNullable(gateway);
  }

  /**
   * Returns the transaction type, for example {@code payment}.
   *
   * @return the value, empty when the server sent none ({@code type})
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns when the transaction happened.
   *
   * @return the instant, from the epoch seconds the server sent ({@code date}); empty when it sent
   *     none
   */
  public Optional<Instant> date() {
    return Values.instant(date);
  }

  /**
   * Returns the amount, as an exact amount with its currency.
   *
   * @return the amount ({@code amount}, sent in cents), empty when the server sent none
   */
  public Optional<Money> amount() {
    return Values.money(amount, currencyCode);
  }

  /**
   * Returns the amount, in cents, as the server sent it.
   *
   * @return the cents ({@code amount}), empty when the server sent none
   */
  public OptionalLong amountCents() {
    return Values.cents(amount);
  }

  /**
   * Returns the currency code.
   *
   * @return the value, empty when the server sent none ({@code currency_code})
   */
  public Optional<String> currencyCode() {
    return Optional.ofNullable(currencyCode);
  }

  /**
   * Returns the status, for example {@code success} or {@code failure}.
   *
   * @return the value, empty when the server sent none ({@code status})
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the gateway's error code of a failed transaction.
   *
   * @return the value, empty when the server sent none ({@code error_code})
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the gateway's error text of a failed transaction.
   *
   * @return the value, empty when the server sent none ({@code error_text})
   */
  public Optional<String> errorText() {
    return Optional.ofNullable(errorText);
  }

  /**
   * Returns the masked card number, for example {@code ************1111}.
   *
   * @return the value, empty when the server sent none ({@code masked_card_number})
   */
  public Optional<String> maskedCardNumber() {
    return Optional.ofNullable(maskedCardNumber);
  }

  /**
   * Returns the version of this object, which grows with each change.
   *
   * @return the value, empty when the server sent none ({@code resource_version})
   */
  public OptionalLong resourceVersion() {
    return resourceVersion == null ? OptionalLong.empty() : OptionalLong.of(resourceVersion);
  }

  @JsonProperty("linked_invoices")
  private List<LinkedInvoice> linkedInvoices = List.of();

  @JsonProperty("linked_invoices")
  private void setLinkedInvoices(List<LinkedInvoice> linkedInvoices) {
    this.linkedInvoices = Values.list(linkedInvoices);
    priceInvoices();
  }

  @JsonProperty("currency_code")
  private void setCurrencyCode(String currencyCode) {
    this.currencyCode = currencyCode;
    priceInvoices();
  }

  // Called whichever of currency_code and linked_invoices is decoded first.
  private void priceInvoices() {
    linkedInvoices.forEach(invoice -> invoice.currency(currencyCode));
  }

  /**
   * Returns the invoices this transaction was applied to, with amounts in its currency.
   *
   * @return an unmodifiable list ({@code linked_invoices}), empty when the server sent none
   */
  public List<LinkedInvoice> linkedInvoices() {
    return linkedInvoices;
  }

  @Override
  public String toString() {
    return "Transaction[id="
        + id
        + ", status="
        + status
        + ", amount="
        + amount
        + ", currencyCode="
        + currencyCode
        + ", resourceVersion="
        + resourceVersion
        + "]";
  }
}
