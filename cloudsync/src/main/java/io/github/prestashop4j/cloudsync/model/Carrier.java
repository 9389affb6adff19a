package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier: an item of the {@code carriers} collection, {@code GET /raw/v1/{shopId}/carriers}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Carrier extends RawRecord {
  private Carrier(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Carrier of(Map<String, ?> fields) {
    return new Carrier(fields);
  }

  /**
   * Returns {@code idCarrier}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCarrier() {
    return text("idCarrier");
  }

  /**
   * Returns {@code idReference}: the id shared by every version of the carrier.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idReference() {
    return text("idReference");
  }

  /**
   * Returns {@code name}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> name() {
    return text("name");
  }

  /**
   * Returns {@code url}: the tracking URL template.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> url() {
    return text("url");
  }

  /**
   * Returns {@code active}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> active() {
    return bool("active");
  }

  /**
   * Returns {@code isModule}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isModule() {
    return bool("isModule");
  }

  /**
   * Returns {@code isFree}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isFree() {
    return bool("isFree");
  }

  /**
   * Returns {@code shippingExternal}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> shippingExternal() {
    return bool("shippingExternal");
  }

  /**
   * Returns {@code needRange}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> needRange() {
    return bool("needRange");
  }

  /**
   * Returns {@code externalModuleName}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> externalModuleName() {
    return text("externalModuleName");
  }

  /**
   * Returns {@code maxWidth}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> maxWidth() {
    return decimal("maxWidth");
  }

  /**
   * Returns {@code maxHeight}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> maxHeight() {
    return decimal("maxHeight");
  }

  /**
   * Returns {@code maxDepth}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> maxDepth() {
    return decimal("maxDepth");
  }

  /**
   * Returns {@code maxWeight}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> maxWeight() {
    return decimal("maxWeight");
  }

  /**
   * Returns {@code grade}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> grade() {
    return longValue("grade");
  }

  /**
   * Returns {@code delay}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> delay() {
    return text("delay");
  }

  /**
   * Returns {@code shippingHandling}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> shippingHandling() {
    return bool("shippingHandling");
  }

  /**
   * Returns {@code freeShippingStartsAtPrice}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> freeShippingStartsAtPrice() {
    return decimal("freeShippingStartsAtPrice");
  }

  /**
   * Returns {@code freeShippingStartsAtWeight}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> freeShippingStartsAtWeight() {
    return decimal("freeShippingStartsAtWeight");
  }

  /**
   * Returns {@code currency}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> currency() {
    return text("currency");
  }

  /**
   * Returns {@code weightUnit}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> weightUnit() {
    return text("weightUnit");
  }
}
