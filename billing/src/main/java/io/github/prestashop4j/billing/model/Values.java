package io.github.prestashop4j.billing.model;

import io.github.prestashop4j.core.internal.Frozen;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

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

  static OptionalLong cents(Long cents) {
    return cents == null ? OptionalLong.empty() : OptionalLong.of(cents);
  }

  /**
   * Freezes a decoded list once, while the model is decoded: null elements are dropped, nested maps
   * and lists become unmodifiable.
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> list(List<T> list) {
    return list == null
        ? List.of()
        : list.stream().filter(Objects::nonNull).map(value -> (T) Frozen.value(value)).toList();
  }

  /** Freezes a decoded map once (nulls kept: JSON maps may hold null values). */
  static Map<String, Object> map(Map<String, Object> map) {
    return map == null ? Map.of() : Frozen.map(map);
  }
}
