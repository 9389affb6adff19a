package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalInt;

/**
 * A page of the legacy plans listing.
 *
 * @deprecated the listing is deprecated; use the product components instead
 */
@Deprecated
public final class PlanList extends BillingObject {
  @JsonProperty("limit")
  private Integer limit;

  @JsonProperty("offset")
  private Integer offset;

  @JsonProperty("results")
  private List<Plan> results = List.of();

  @JsonProperty("results")
  private void setResults(List<Plan> results) {
    this.results = Values.list(results);
  }

  private PlanList() {}

  /**
   * Returns the page size the server applied.
   *
   * @return the value, empty when the server sent none ({@code limit})
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Returns the offset of this page.
   *
   * @return the value, empty when the server sent none ({@code offset})
   */
  public OptionalInt offset() {
    return offset == null ? OptionalInt.empty() : OptionalInt.of(offset);
  }

  /**
   * Returns the plans.
   *
   * @return an unmodifiable list ({@code results}), empty when the server sent none
   */
  public List<Plan> results() {
    return results;
  }

  @Override
  public String toString() {
    return "PlanList[limit=" + limit + ", offset=" + offset + ", results=" + results().size() + "]";
  }
}
