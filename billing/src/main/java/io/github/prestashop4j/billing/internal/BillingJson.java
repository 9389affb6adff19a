package io.github.prestashop4j.billing.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.prestashop4j.core.json.JsonMappers;

/** The mapper the Billing module reads with. */
public final class BillingJson {
  private BillingJson() {}

  /**
   * Returns a new mapper: core's, except that a number with a fraction is refused where an integer
   * is expected. Money is integer cents; Jackson would otherwise truncate {@code 10.5} to {@code
   * 10} without a word.
   *
   * @return a new mapper
   */
  public static JsonMapper create() {
    return JsonMappers.builder().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();
  }
}
