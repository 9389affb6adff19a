package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalLong;

/** The components of a product and their total count. */
public final class ComponentList extends BillingObject {
  @JsonProperty("items")
  private List<ProductComponent> items = List.of();

  @JsonProperty("items")
  private void setItems(List<ProductComponent> items) {
    this.items = Values.list(items);
  }

  @JsonProperty("total")
  private Long total;

  private ComponentList() {}

  /**
   * Returns the components.
   *
   * @return an unmodifiable list ({@code items}), empty when the server sent none
   */
  public List<ProductComponent> items() {
    return items;
  }

  /**
   * Returns the total number of components matching the filters.
   *
   * @return the value, empty when the server sent none ({@code total})
   */
  public OptionalLong total() {
    return total == null ? OptionalLong.empty() : OptionalLong.of(total);
  }

  @Override
  public String toString() {
    return "ComponentList[items=" + items().size() + ", total=" + total + "]";
  }
}
