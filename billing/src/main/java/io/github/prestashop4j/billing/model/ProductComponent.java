package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A component of a product, from {@code GET /v1/products/{productId}/components}: a plan or an
 * add-on with its price. Billing does not provide plan names or features. The price is in euros,
 * the only currency Billing bills in.
 */
public final class ProductComponent extends BillingObject {
  @JsonProperty("id")
  private String id;

  @JsonProperty("productId")
  private String productId;

  @JsonProperty("componentType")
  private ItemType componentType;

  @JsonProperty("componentGroupId")
  private String componentGroupId;

  @JsonProperty("status")
  private String status;

  @JsonProperty("isUsageBased")
  private boolean usageBased;

  @JsonProperty("pricingModel")
  private String pricingModel;

  @JsonProperty("price")
  private Long price;

  @JsonProperty("tiers")
  private List<Map<String, Object>> tiers = List.of();

  @JsonProperty("tiers")
  private void setTiers(List<Map<String, Object>> tiers) {
    this.tiers = Values.list(tiers);
  }

  @JsonProperty("billingPeriodUnit")
  private PeriodUnit billingPeriodUnit;

  @JsonProperty("trialPeriodValue")
  private Integer trialPeriodValue;

  @JsonProperty("trialPeriodUnit")
  private PeriodUnit trialPeriodUnit;

  @JsonProperty("freeQuantity")
  private Long freeQuantity;

  @JsonProperty("mandatoryComponentIds")
  private List<String> mandatoryComponentIds = List.of();

  @JsonProperty("mandatoryComponentIds")
  private void setMandatoryComponentIds(List<String> mandatoryComponentIds) {
    this.mandatoryComponentIds = Values.list(mandatoryComponentIds);
  }

  private ProductComponent() {}

  /**
   * Returns the component id, for example {@code rbm-advanced-EUR-Monthly}.
   *
   * @return the value ({@code id}), an empty string if the server sent none
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the product (module) id.
   *
   * @return the value, empty when the server sent none ({@code productId})
   */
  public Optional<String> productId() {
    return Optional.ofNullable(productId);
  }

  /**
   * Returns the component type.
   *
   * @return the value, empty when the server sent none ({@code componentType})
   */
  public Optional<ItemType> componentType() {
    return Optional.ofNullable(componentType);
  }

  /**
   * Returns the id of the group this component belongs to.
   *
   * @return the value, empty when the server sent none ({@code componentGroupId})
   */
  public Optional<String> componentGroupId() {
    return Optional.ofNullable(componentGroupId);
  }

  /**
   * Returns the status, for example {@code active}.
   *
   * @return the value, empty when the server sent none ({@code status})
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns whether the component is billed on usage.
   *
   * @return the value ({@code isUsageBased}), {@code false} if the server sent none
   */
  public boolean usageBased() {
    return usageBased;
  }

  /**
   * Returns the pricing model, for example {@code flat_fee}.
   *
   * @return the value, empty when the server sent none ({@code pricingModel})
   */
  public Optional<String> pricingModel() {
    return Optional.ofNullable(pricingModel);
  }

  /**
   * Returns the price, as an exact amount with its currency.
   *
   * @return the amount ({@code price}, sent in cents), empty when the server sent none
   */
  public Optional<Money> price() {
    return Values.money(price, null);
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
   * Returns the price tiers, as sent.
   *
   * @return an unmodifiable list ({@code tiers}), empty when the server sent none
   */
  public List<Map<String, Object>> tiers() {
    return tiers;
  }

  /**
   * Returns the unit of the billing period.
   *
   * @return the value, empty when the server sent none ({@code billingPeriodUnit})
   */
  public Optional<PeriodUnit> billingPeriodUnit() {
    return Optional.ofNullable(billingPeriodUnit);
  }

  /**
   * Returns the length of the trial, in {@link #trialPeriodUnit()}.
   *
   * @return the value, empty when the server sent none ({@code trialPeriodValue})
   */
  public OptionalInt trialPeriodValue() {
    return trialPeriodValue == null ? OptionalInt.empty() : OptionalInt.of(trialPeriodValue);
  }

  /**
   * Returns the unit of the trial period.
   *
   * @return the value, empty when the server sent none ({@code trialPeriodUnit})
   */
  public Optional<PeriodUnit> trialPeriodUnit() {
    return Optional.ofNullable(trialPeriodUnit);
  }

  /**
   * Returns the quantity given for free.
   *
   * @return the value, empty when the server sent none ({@code freeQuantity})
   */
  public OptionalLong freeQuantity() {
    return freeQuantity == null ? OptionalLong.empty() : OptionalLong.of(freeQuantity);
  }

  /**
   * Returns the ids of the components that must be taken with this one.
   *
   * @return an unmodifiable list ({@code mandatoryComponentIds}), empty when the server sent none
   */
  public List<String> mandatoryComponentIds() {
    return mandatoryComponentIds;
  }

  @Override
  public String toString() {
    return "ProductComponent[id="
        + id
        + ", componentType="
        + componentType
        + ", status="
        + status
        + ", price="
        + price
        + "]";
  }
}
