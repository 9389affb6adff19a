package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** The display details of a legacy plan. */
public final class PlanDetails extends BillingObject {
  @JsonProperty("title")
  private String title;

  @JsonProperty("features")
  private List<String> features = List.of();

  @JsonProperty("features")
  private void setFeatures(List<String> features) {
    this.features = Values.list(features);
  }

  private PlanDetails() {}

  /**
   * Returns the title.
   *
   * @return the value, empty when the server sent none ({@code title})
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the features, as display strings.
   *
   * @return an unmodifiable list ({@code features}), empty when the server sent none
   */
  public List<String> features() {
    return features;
  }

  @Override
  public String toString() {
    return "PlanDetails[title=" + title + "]";
  }
}
