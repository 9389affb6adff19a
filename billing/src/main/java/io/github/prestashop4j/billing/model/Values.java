package io.github.prestashop4j.billing.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversions shared by the models: the API sends epoch seconds and integer cents. */
final class Values {
  /** Billing only bills in euros; used when a payload names no currency. */
  static final String DEFAULT_CURRENCY = "EUR";

  private Values() {}

  static Optional<Instant> instant(Long epochSeconds) {
    return epochSeconds == null
        ? Optional.empty()
        : Optional.of(Instant.ofEpochSecond(epochSeconds));
  }

  static Optional<Money> money(Long cents, String currency) {
    return cents == null
        ? Optional.empty()
        : Optional.of(
            Money.ofCents(
                cents, currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency));
  }

  static <T> List<T> list(List<T> list) {
    return list == null
        ? List.of()
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }

  static Map<String, Object> map(Map<String, Object> map) {
    // Copied with nulls allowed: JSON maps may hold null values.
    return map == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
