package io.github.prestashop4j.cloudsync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A customer (anonymised: an email hash instead of the address): an item of the {@code customers}
 * collection, {@code GET /raw/v1/{shopId}/customers}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class Customer extends RawRecord {
  private Customer(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static Customer of(Map<String, ?> fields) {
    return new Customer(fields);
  }

  /**
   * Returns {@code idCustomer}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idCustomer() {
    return text("idCustomer");
  }

  /**
   * Returns {@code idLang}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> idLang() {
    return text("idLang");
  }

  /**
   * Returns {@code newsletter}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> newsletter() {
    return bool("newsletter");
  }

  /**
   * Returns {@code newsletterDateAdd}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> newsletterDateAdd() {
    return instant("newsletterDateAdd");
  }

  /**
   * Returns {@code optin}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> optin() {
    return bool("optin");
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
   * Returns {@code isGuest}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isGuest() {
    return bool("isGuest");
  }

  /**
   * Returns {@code emailHash}: a hash of the email address.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> emailHash() {
    return text("emailHash");
  }
}
