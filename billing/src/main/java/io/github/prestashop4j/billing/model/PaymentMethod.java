package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** A customer's primary payment method. */
public final class PaymentMethod extends BillingObject {
  @JsonProperty("type")
  private String type;

  @JsonProperty("gateway")
  private String gateway;

  @JsonProperty("gateway_account_id")
  private String gatewayAccountId;

  @JsonProperty("status")
  private String status;

  @JsonProperty("reference_id")
  private String referenceId;

  private PaymentMethod() {}

  /**
   * Returns the type, for example {@code card}.
   *
   * @return the value, empty when the server sent none ({@code type})
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns the payment gateway, for example {@code stripe}.
   *
   * @return the value, empty when the server sent none ({@code gateway})
   */
  public Optional<String> gateway() {
    return Optional.ofNullable(gateway);
  }

  /**
   * Returns the gateway account id.
   *
   * @return the value, empty when the server sent none ({@code gateway_account_id})
   */
  public Optional<String> gatewayAccountId() {
    return Optional.ofNullable(gatewayAccountId);
  }

  /**
   * Returns the status, for example {@code valid}.
   *
   * @return the value, empty when the server sent none ({@code status})
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the gateway's reference of the payment method.
   *
   * @return the value, empty when the server sent none ({@code reference_id})
   */
  public Optional<String> referenceId() {
    return Optional.ofNullable(referenceId);
  }

  @Override
  public String toString() {
    return "PaymentMethod[type=" + type + ", gateway=" + gateway + ", status=" + status + "]";
  }
}
