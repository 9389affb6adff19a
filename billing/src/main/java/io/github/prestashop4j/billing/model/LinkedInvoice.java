package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** An invoice a payment transaction was applied to. */
public final class LinkedInvoice extends Priced {
  @JsonProperty("invoice_id")
  private String invoiceId;

  @JsonProperty("applied_amount")
  private Long appliedAmount;

  @JsonProperty("applied_at")
  private Long appliedAt;

  @JsonProperty("invoice_date")
  private Long invoiceDate;

  @JsonProperty("invoice_total")
  private Long invoiceTotal;

  @JsonProperty("invoice_status")
  private String invoiceStatus;

  private LinkedInvoice() {}

  /**
   * Returns the invoice id.
   *
   * @return the value ({@code invoice_id}), an empty string if the server sent none
   */
  public String invoiceId() {
    return invoiceId == null ? "" : invoiceId;
  }

  /**
   * Returns the amount of the transaction applied to the invoice, as an exact amount with its
   * currency.
   *
   * @return the amount ({@code applied_amount}, sent in cents), empty when the server sent none
   */
  public Optional<Money> appliedAmount() {
    return money(appliedAmount);
  }

  /**
   * Returns the amount of the transaction applied to the invoice, in cents, as the server sent it.
   *
   * @return the cents ({@code applied_amount}), empty when the server sent none
   */
  public OptionalLong appliedAmountCents() {
    return Values.cents(appliedAmount);
  }

  /**
   * Returns when it was applied.
   *
   * @return the instant, from the epoch seconds the server sent ({@code applied_at}); empty when it
   *     sent none
   */
  public Optional<Instant> appliedAt() {
    return Values.instant(appliedAt);
  }

  /**
   * Returns the invoice date.
   *
   * @return the instant, from the epoch seconds the server sent ({@code invoice_date}); empty when
   *     it sent none
   */
  public Optional<Instant> invoiceDate() {
    return Values.instant(invoiceDate);
  }

  /**
   * Returns the invoice total, as an exact amount with its currency.
   *
   * @return the amount ({@code invoice_total}, sent in cents), empty when the server sent none
   */
  public Optional<Money> invoiceTotal() {
    return money(invoiceTotal);
  }

  /**
   * Returns the invoice total, in cents, as the server sent it.
   *
   * @return the cents ({@code invoice_total}), empty when the server sent none
   */
  public OptionalLong invoiceTotalCents() {
    return Values.cents(invoiceTotal);
  }

  /**
   * Returns the invoice status, for example {@code paid}.
   *
   * @return the value, empty when the server sent none ({@code invoice_status})
   */
  public Optional<String> invoiceStatus() {
    return Optional.ofNullable(invoiceStatus);
  }

  @Override
  public String toString() {
    return "LinkedInvoice[invoiceId=" + invoiceId + ", invoiceStatus=" + invoiceStatus + "]";
  }
}
