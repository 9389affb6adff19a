package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A plan from the legacy {@code GET /v1/products/{productId}/plans} listing.
 *
 * @deprecated the listing is deprecated; use the product components instead
 */
@Deprecated
public final class Plan extends BillingObject {
  @JsonProperty("id")
  private String id;

  @JsonProperty("name")
  private String name;

  @JsonProperty("details_plan")
  private PlanDetails details;

  @JsonProperty("price")
  private Long price;

  @JsonProperty("currency_code")
  private String currencyCode;

  @JsonProperty("period")
  private Integer period;

  @JsonProperty("period_unit")
  private PeriodUnit periodUnit;

  @JsonProperty("trial_period")
  private Integer trialPeriod;

  @JsonProperty("trial_period_unit")
  private PeriodUnit trialPeriodUnit;

  @JsonProperty("pricing_model")
  private String pricingModel;

  @JsonProperty("meta_data")
  private Map<String, Object> metaData = Map.of();

  @JsonProperty("meta_data")
  private void setMetaData(Map<String, Object> metaData) {
    this.metaData = Values.map(metaData);
  }

  private Plan() {}

  /**
   * Returns the plan id.
   *
   * @return the value ({@code id}), an empty string if the server sent none
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the name.
   *
   * @return the value, empty when the server sent none ({@code name})
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the display details.
   *
   * @return the value, empty when the server sent none ({@code details_plan})
   */
  public Optional<PlanDetails> details() {
    return Optional.ofNullable(details);
  }

  /**
   * Returns the price, as an exact amount with its currency.
   *
   * @return the amount ({@code price}, sent in cents), empty when the server sent none
   */
  public Optional<Money> price() {
    return Values.money(price, currencyCode);
  }

  /**
   * Returns the price, in cents, as the server sent it.
   *
   * @return the cents ({@code price}), empty when the server sent none
   */
  public OptionalLong priceCents() {
    return Values.cents(price);
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
   * Returns the billing period length, in {@link #periodUnit()}.
   *
   * @return the value, empty when the server sent none ({@code period})
   */
  public OptionalInt period() {
    return period == null ? OptionalInt.empty() : OptionalInt.of(period);
  }

  /**
   * Returns the billing period unit.
   *
   * @return the value, empty when the server sent none ({@code period_unit})
   */
  public Optional<PeriodUnit> periodUnit() {
    return Optional.ofNullable(periodUnit);
  }

  /**
   * Returns the trial length, in {@link #trialPeriodUnit()}.
   *
   * @return the value, empty when the server sent none ({@code trial_period})
   */
  public OptionalInt trialPeriod() {
    return trialPeriod == null ? OptionalInt.empty() : OptionalInt.of(trialPeriod);
  }

  /**
   * Returns the trial period unit.
   *
   * @return the value, empty when the server sent none ({@code trial_period_unit})
   */
  public Optional<PeriodUnit> trialPeriodUnit() {
    return Optional.ofNullable(trialPeriodUnit);
  }

  /**
   * Returns the pricing model.
   *
   * @return the value, empty when the server sent none ({@code pricing_model})
   */
  public Optional<String> pricingModel() {
    return Optional.ofNullable(pricingModel);
  }

  /**
   * Returns the metadata, for example {@code module}.
   *
   * @return an unmodifiable map ({@code meta_data}), empty when the server sent none
   */
  public Map<String, Object> metaData() {
    return metaData;
  }

  @Override
  public String toString() {
    return "Plan[id=" + id + ", price=" + price + ", currencyCode=" + currencyCode + "]";
  }
}
