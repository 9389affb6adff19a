package io.github.prestashop4j.cloudsync.internal;

import java.util.Objects;

/** The argument checks the CloudSync APIs share. Not an API for users. */
public final class Arguments {
  private Arguments() {}

  /**
   * Checks a CloudSync shop id.
   *
   * @param shopId the shop id
   * @return the shop id
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it is blank
   */
  public static String shopId(String shopId) {
    return required(shopId, "shopId");
  }

  /**
   * Checks a required text argument.
   *
   * @param value the value
   * @param name the argument's name, for the message
   * @return the value
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it is blank
   */
  public static String required(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value;
  }
}
