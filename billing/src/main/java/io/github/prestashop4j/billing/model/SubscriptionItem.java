package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One item of a subscription: its plan, an add-on or a charge. Amounts are in the currency of the
 * subscription (euros when it names none).
 */
public final class SubscriptionItem extends Priced {
  @JsonProperty("item_price_id")
  private String itemPriceId;

  @JsonProperty("item_type")
  private ItemType itemType;

  @JsonProperty("quantity")
  private Long quantity;

  @JsonProperty("unit_price")
  private Long unitPrice;

  @JsonProperty("amount")
  private Long amount;

  private SubscriptionItem() {}

  /**
   * Returns the item price id, needed to update a stairstep quantity.
   *
   * @return the value ({@code item_price_id}), an empty string if the server sent none
   */
  public String itemPriceId() {
    return itemPriceId == null ? "" : itemPriceId;
  }

  /**
   * Returns the item type.
   *
   * @return the value, empty when the server sent none ({@code item_type})
   */
  public Optional<ItemType> itemType() {
    return Optional.ofNullable(itemType);
  }

  /**
   * Returns the quantity.
   *
   * @return the value, empty when the server sent none ({@code quantity})
   */
  public OptionalLong quantity() {
    return Values.cents(quantity);
  }

  /**
   * Returns the unit price, as an exact amount with its currency.
   *
   * @return the amount ({@code unit_price}, sent in cents), empty when the server sent none
   */
  public Optional<Money> unitPrice() {
    return money(unitPrice);
  }

  /**
   * Returns the unit price, in cents, as the server sent it.
   *
   * @return the cents ({@code unit_price}), empty when the server sent none
   */
  public OptionalLong unitPriceCents() {
    return Values.cents(unitPrice);
  }

  /**
   * Returns the amount: unit price times quantity, as an exact amount with its currency.
   *
   * @return the amount ({@code amount}, sent in cents), empty when the server sent none
   */
  public Optional<Money> amount() {
    return money(amount);
  }

  /**
   * Returns the amount: unit price times quantity, in cents, as the server sent it.
   *
   * @return the cents ({@code amount}), empty when the server sent none
   */
  public OptionalLong amountCents() {
    return Values.cents(amount);
  }

  @Override
  public String toString() {
    return "SubscriptionItem[itemPriceId="
        + itemPriceId
        + ", itemType="
        + itemType
        + ", quantity="
        + quantity
        + ", unitPrice="
        + unitPrice
        + ", amount="
        + amount
        + "]";
  }
}
