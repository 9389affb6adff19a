package io.github.prestashop4j.billing.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money as Billing sends it: an integer number of cents and a currency code.
 *
 * <p>{@link #amount()} is the exact decimal value with two fraction digits ({@code 2000} cents is
 * {@code 20.00}); no {@code double} is ever involved. Immutable.
 */
public final class Money {
  private final long cents;
  private final String currency;

  private Money(long cents, String currency) {
    this.cents = cents;
    this.currency = currency;
  }

  /**
   * Creates an amount from cents.
   *
   * @param cents the amount in cents, as the API sends it (may be negative, for a refund)
   * @param currency the ISO 4217 currency code, for example {@code EUR}
   * @return the amount
   * @throws IllegalArgumentException if the currency is blank
   */
  public static Money ofCents(long cents, String currency) {
    Objects.requireNonNull(currency, "currency");
    if (currency.isBlank()) {
      throw new IllegalArgumentException("currency: must not be blank");
    }
    return new Money(cents, currency);
  }

  /**
   * Returns the exact amount in the currency's unit.
   *
   * @return the amount with scale 2, for example {@code 20.00} for 2000 cents
   */
  public BigDecimal amount() {
    return BigDecimal.valueOf(cents, 2);
  }

  /**
   * Returns the currency code.
   *
   * @return the ISO 4217 code, for example {@code EUR}
   */
  public String currency() {
    return currency;
  }

  /**
   * Returns the raw amount in cents, as the API sent it.
   *
   * @return the cents
   */
  public long cents() {
    return cents;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && money.cents == cents && money.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cents, currency);
  }

  /** Returns for example {@code 20.00 EUR}. */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency;
  }
}
