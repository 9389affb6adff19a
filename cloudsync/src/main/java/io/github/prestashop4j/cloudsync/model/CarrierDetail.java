package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier's price for one zone and range: an item of the {@code carrier-details} collection,
 * {@code GET /raw/v1/{shopId}/carrier-details}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class CarrierDetail extends RawRecord {
  private CarrierDetail(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static CarrierDetail of(Map<String, ?> fields) {
    return new CarrierDetail(fields);
  }

  /**
   * Returns {@code idCarrierDetail}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCarrierDetail() {
    return text("idCarrierDetail");
  }

  /**
   * Returns {@code idReference}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idReference() {
    return text("idReference");
  }

  /**
   * Returns {@code idZone}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idZone() {
    return text("idZone");
  }

  /**
   * Returns {@code idRange}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idRange() {
    return text("idRange");
  }

  /**
   * Returns {@code shippingMethod}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> shippingMethod() {
    return text("shippingMethod");
  }

  /**
   * Returns {@code delimiter1}: the lower bound of the range.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> delimiter1() {
    return decimal("delimiter1");
  }

  /**
   * Returns {@code delimiter2}: the upper bound of the range.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> delimiter2() {
    return decimal("delimiter2");
  }

  /**
   * Returns {@code countryIds}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> countryIds() {
    return text("countryIds");
  }

  /**
   * Returns {@code stateIds}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> stateIds() {
    return text("stateIds");
  }

  /**
   * Returns {@code price}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> price() {
    return decimal("price");
  }
}
