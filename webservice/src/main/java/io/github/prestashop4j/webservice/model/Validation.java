package io.github.prestashop4j.webservice.model;

import io.github.prestashop4j.core.validation.RequestValidator;

/** The one validator every typed resource shares: bootstrapping one costs tens of milliseconds. */
final class Validation {
  private Validation() {}

  private static final class Holder {
    static final RequestValidator VALIDATOR = RequestValidator.create();
  }

  static RequestValidator validator() {
    return Holder.VALIDATOR;
  }
}
