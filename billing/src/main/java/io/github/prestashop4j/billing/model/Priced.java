package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * A part of a larger object whose amounts are in that object's currency (a subscription item, an
 * invoice a transaction was applied to). The parent sets the currency while it is decoded.
 */
abstract class Priced extends BillingObject {
  // Set by the enclosing object while it is decoded, not read from this part.
  @JsonIgnore private String currency = Values.DEFAULT_CURRENCY;

  Priced() {}

  /** Sets the currency of the enclosing object; euros when it names none. */
  final void currency(String code) {
    currency = code == null || code.isBlank() ? Values.DEFAULT_CURRENCY : code;
  }

  /** Returns cents as money in the enclosing object's currency. */
  final Optional<Money> money(Long cents) {
    return cents == null ? Optional.empty() : Optional.of(Money.ofCents(cents, currency));
  }
}
