package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A shop's subscription to a module. One shop has at most one subscription per module.
 *
 * <p>Amounts come from integer cents and are exposed as exact {@link Money} in {@link
 * #currencyCode()} (euros when absent); times come from epoch seconds and are exposed as {@link
 * java.time.Instant}.
 */
public final class Subscription extends BillingObject {
  @JsonProperty("id")
  private String id;

  @JsonProperty("plan_id")
  private String planId;

  @JsonProperty("customer_id")
  private String customerId;

  @JsonProperty("status")
  private SubscriptionStatus status;

  @JsonProperty("currency_code")
  private String currencyCode;

  @JsonProperty("billing_period")
  private Integer billingPeriod;

  @JsonProperty("billing_period_unit")
  private PeriodUnit billingPeriodUnit;

  @JsonProperty("plan_amount")
  private Long planAmount;

  @JsonProperty("plan_quantity")
  private Long planQuantity;

  @JsonProperty("plan_unit_price")
  private Long planUnitPrice;

  @JsonProperty("pricing_model")
  private String pricingModel;

  @JsonProperty("has_scheduled_changes")
  private boolean hasScheduledChanges;

  @JsonProperty("created_at")
  private Long createdAt;

  @JsonProperty("started_at")
  private Long startedAt;

  @JsonProperty("activated_at")
  private Long activatedAt;

  @JsonProperty("updated_at")
  private Long updatedAt;

  @JsonProperty("cancelled_at")
  private Long cancelledAt;

  @JsonProperty("trial_start")
  private Long trialStart;

  @JsonProperty("trial_end")
  private Long trialEnd;

  @JsonProperty("current_term_start")
  private Long currentTermStart;

  @JsonProperty("current_term_end")
  private Long currentTermEnd;

  @JsonProperty("next_billing_at")
  private Long nextBillingAt;

  @JsonProperty("due_invoices_count")
  private Integer dueInvoicesCount;

  @JsonProperty("total_dues")
  private Long totalDues;

  @JsonProperty("mrr")
  private Long mrr;

  @JsonProperty("is_free_trial_used")
  private boolean freeTrialUsed;

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

  private Subscription() {}

  /**
   * Returns the subscription id.
   *
   * @return the value ({@code id}), an empty string if the server sent none
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the plan id, for example {@code rbm-advanced}.
   *
   * @return the value, empty when the server sent none ({@code plan_id})
   */
  public Optional<String> planId() {
    return Optional.ofNullable(planId);
  }

  /**
   * Returns the customer id (the shop UUID).
   *
   * @return the value, empty when the server sent none ({@code customer_id})
   */
  public Optional<String> customerId() {
    return Optional.ofNullable(customerId);
  }

  /**
   * Returns the status.
   *
   * @return the value, empty when the server sent none ({@code status})
   */
  public Optional<SubscriptionStatus> status() {
    return Optional.ofNullable(status);
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
   * Returns the length of a billing period, in {@link #billingPeriodUnit()}.
   *
   * @return the value, empty when the server sent none ({@code billing_period})
   */
  public OptionalInt billingPeriod() {
    return billingPeriod == null ? OptionalInt.empty() : OptionalInt.of(billingPeriod);
  }

  /**
   * Returns the unit of the billing period.
   *
   * @return the value, empty when the server sent none ({@code billing_period_unit})
   */
  public Optional<PeriodUnit> billingPeriodUnit() {
    return Optional.ofNullable(billingPeriodUnit);
  }

  /**
   * Returns the plan amount per billing period, as an exact amount with its currency.
   *
   * @return the amount ({@code plan_amount}, sent in cents), empty when the server sent none
   */
  public Optional<Money> planAmount() {
    return Values.money(planAmount, currencyCode);
  }

  /**
   * Returns the plan amount per billing period, in cents, as the server sent it.
   *
   * @return the cents ({@code plan_amount}), empty when the server sent none
   */
  public OptionalLong planAmountCents() {
    return Values.cents(planAmount);
  }

  /**
   * Returns the plan quantity.
   *
   * @return the value, empty when the server sent none ({@code plan_quantity})
   */
  public OptionalLong planQuantity() {
    return planQuantity == null ? OptionalLong.empty() : OptionalLong.of(planQuantity);
  }

  /**
   * Returns the plan unit price, as an exact amount with its currency.
   *
   * @return the amount ({@code plan_unit_price}, sent in cents), empty when the server sent none
   */
  public Optional<Money> planUnitPrice() {
    return Values.money(planUnitPrice, currencyCode);
  }

  /**
   * Returns the plan unit price, in cents, as the server sent it.
   *
   * @return the cents ({@code plan_unit_price}), empty when the server sent none
   */
  public OptionalLong planUnitPriceCents() {
    return Values.cents(planUnitPrice);
  }

  /**
   * Returns the pricing model: {@code flat_fee}, {@code per_unit}, {@code tiered}, {@code volume}
   * or {@code stairstep}.
   *
   * @return the value, empty when the server sent none ({@code pricing_model})
   */
  public Optional<String> pricingModel() {
    return Optional.ofNullable(pricingModel);
  }

  /**
   * Returns whether changes are scheduled for the next term.
   *
   * @return the value ({@code has_scheduled_changes}), {@code false} if the server sent none
   */
  public boolean hasScheduledChanges() {
    return hasScheduledChanges;
  }

  /**
   * Returns when the subscription was created.
   *
   * @return the instant, from the epoch seconds the server sent ({@code created_at}); empty when it
   *     sent none
   */
  public Optional<Instant> createdAt() {
    return Values.instant(createdAt);
  }

  /**
   * Returns when the subscription started.
   *
   * @return the instant, from the epoch seconds the server sent ({@code started_at}); empty when it
   *     sent none
   */
  public Optional<Instant> startedAt() {
    return Values.instant(startedAt);
  }

  /**
   * Returns when the subscription was activated.
   *
   * @return the instant, from the epoch seconds the server sent ({@code activated_at}); empty when
   *     it sent none
   */
  public Optional<Instant> activatedAt() {
    return Values.instant(activatedAt);
  }

  /**
   * Returns when the subscription was last updated.
   *
   * @return the instant, from the epoch seconds the server sent ({@code updated_at}); empty when it
   *     sent none
   */
  public Optional<Instant> updatedAt() {
    return Values.instant(updatedAt);
  }

  /**
   * Returns when the subscription was cancelled.
   *
   * @return the instant, from the epoch seconds the server sent ({@code cancelled_at}); empty when
   *     it sent none
   */
  public Optional<Instant> cancelledAt() {
    return Values.instant(cancelledAt);
  }

  /**
   * Returns when the trial started.
   *
   * @return the instant, from the epoch seconds the server sent ({@code trial_start}); empty when
   *     it sent none
   */
  public Optional<Instant> trialStart() {
    return Values.instant(trialStart);
  }

  /**
   * Returns when the trial ends.
   *
   * @return the instant, from the epoch seconds the server sent ({@code trial_end}); empty when it
   *     sent none
   */
  public Optional<Instant> trialEnd() {
    return Values.instant(trialEnd);
  }

  /**
   * Returns when the current term started.
   *
   * @return the instant, from the epoch seconds the server sent ({@code current_term_start}); empty
   *     when it sent none
   */
  public Optional<Instant> currentTermStart() {
    return Values.instant(currentTermStart);
  }

  /**
   * Returns when the current term ends.
   *
   * @return the instant, from the epoch seconds the server sent ({@code current_term_end}); empty
   *     when it sent none
   */
  public Optional<Instant> currentTermEnd() {
    return Values.instant(currentTermEnd);
  }

  /**
   * Returns when the next invoice is due.
   *
   * @return the instant, from the epoch seconds the server sent ({@code next_billing_at}); empty
   *     when it sent none
   */
  public Optional<Instant> nextBillingAt() {
    return Values.instant(nextBillingAt);
  }

  /**
   * Returns the number of unpaid invoices.
   *
   * @return the value, empty when the server sent none ({@code due_invoices_count})
   */
  public OptionalInt dueInvoicesCount() {
    return dueInvoicesCount == null ? OptionalInt.empty() : OptionalInt.of(dueInvoicesCount);
  }

  /**
   * Returns the total amount due, as an exact amount with its currency.
   *
   * @return the amount ({@code total_dues}, sent in cents), empty when the server sent none
   */
  public Optional<Money> totalDues() {
    return Values.money(totalDues, currencyCode);
  }

  /**
   * Returns the total amount due, in cents, as the server sent it.
   *
   * @return the cents ({@code total_dues}), empty when the server sent none
   */
  public OptionalLong totalDuesCents() {
    return Values.cents(totalDues);
  }

  /**
   * Returns the monthly recurring revenue, as an exact amount with its currency.
   *
   * @return the amount ({@code mrr}, sent in cents), empty when the server sent none
   */
  public Optional<Money> mrr() {
    return Values.money(mrr, currencyCode);
  }

  /**
   * Returns the monthly recurring revenue, in cents, as the server sent it.
   *
   * @return the cents ({@code mrr}), empty when the server sent none
   */
  public OptionalLong mrrCents() {
    return Values.cents(mrr);
  }

  /**
   * Returns whether the shop has used its free trial.
   *
   * @return the value ({@code is_free_trial_used}), {@code false} if the server sent none
   */
  public boolean freeTrialUsed() {
    return freeTrialUsed;
  }

  /**
   * Returns the metadata, for example {@code module}.
   *
   * @return an unmodifiable map ({@code meta_data}), empty when the server sent none
   */
  public Map<String, Object> metaData() {
    return metaData;
  }

  /**
   * Returns the version of this object, which grows with each change.
   *
   * @return the value, empty when the server sent none ({@code resource_version})
   */
  public OptionalLong resourceVersion() {
    return resourceVersion == null ? OptionalLong.empty() : OptionalLong.of(resourceVersion);
  }

  /**
   * Returns whether the subscription was deleted.
   *
   * @return the value ({@code deleted}), {@code false} if the server sent none
   */
  public boolean deleted() {
    return deleted;
  }

  @JsonProperty("subscription_items")
  private List<SubscriptionItem> items = List.of();

  @JsonProperty("subscription_items")
  private void setItems(List<SubscriptionItem> items) {
    this.items = Values.list(items);
    priceItems();
  }

  @JsonProperty("currency_code")
  private void setCurrencyCode(String currencyCode) {
    this.currencyCode = currencyCode;
    priceItems();
  }

  // Called whichever of currency_code and subscription_items is decoded first.
  private void priceItems() {
    items.forEach(item -> item.currency(currencyCode));
  }

  /**
   * Returns the items: the plan, add-ons and charges, with amounts in this subscription's currency.
   *
   * @return an unmodifiable list ({@code subscription_items}), empty when the server sent none
   */
  public List<SubscriptionItem> items() {
    return items;
  }

  @Override
  public String toString() {
    return "Subscription[id="
        + id
        + ", planId="
        + planId
        + ", status="
        + status
        + ", customerId="
        + customerId
        + ", resourceVersion="
        + resourceVersion
        + "]";
  }
}
