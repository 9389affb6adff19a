package io.github.prestashop4j.cloudsync.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier's tax rate for one zone and range: an item of the {@code carrier-taxes} collection,
 * {@code GET /raw/v1/{shopId}/carrier-taxes}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class CarrierTax extends RawRecord {
  private CarrierTax(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static CarrierTax of(Map<String, ?> fields) {
    return new CarrierTax(fields);
  }

  /**
   * Returns {@code idCarrierTax}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCarrierTax() {
    return text("idCarrierTax");
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
   * Returns {@code countryId}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> countryId() {
    return text("countryId");
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
   * Returns {@code taxRate}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<BigDecimal> taxRate() {
    return decimal("taxRate");
  }
}
