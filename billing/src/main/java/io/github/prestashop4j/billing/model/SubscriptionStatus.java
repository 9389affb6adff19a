package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.prestashop4j.core.StringValue;
import java.util.List;

/**
 * The status of a subscription.
 *
 * <p>String-backed rather than a Java {@code enum}: a value the server adds later is kept as is
 * (see {@link #isKnown()}) instead of failing the decoding. Compare with {@code equals}; values are
 * matched ignoring case. Immutable.
 */
public final class SubscriptionStatus extends StringValue {
  private static final long serialVersionUID = 1L;

  /** Paid and running. */
  public static final SubscriptionStatus ACTIVE = new SubscriptionStatus("active");

  /** In its free trial. */
  public static final SubscriptionStatus IN_TRIAL = new SubscriptionStatus("in_trial");

  /** Running, but cancelled at the end of the current term. */
  public static final SubscriptionStatus NON_RENEWING = new SubscriptionStatus("non_renewing");

  /** Cancelled: the shop must no longer be served. */
  public static final SubscriptionStatus CANCELLED = new SubscriptionStatus("cancelled");

  /** Starts at a later date. */
  public static final SubscriptionStatus FUTURE = new SubscriptionStatus("future");

  /** Paused. */
  public static final SubscriptionStatus PAUSED = new SubscriptionStatus("paused");

  private static final List<SubscriptionStatus> KNOWN =
      List.of(ACTIVE, IN_TRIAL, NON_RENEWING, CANCELLED, FUTURE, PAUSED);

  private SubscriptionStatus(String value) {
    super(value);
  }

  /**
   * Returns the instance for a value sent by the server.
   *
   * @param value the value, for example {@code "active"}
   * @return one of the constants when the value is known (ignoring case), otherwise a new instance
   *     that keeps the value
   */
  @JsonCreator
  public static SubscriptionStatus of(String value) {
    return lookup(value, KNOWN, SubscriptionStatus::new);
  }

  /**
   * Tells whether a subscription in this status pays for the service: {@link #ACTIVE}, {@link
   * #IN_TRIAL} and {@link #NON_RENEWING} (cancelled, but still paid until the end of its term).
   *
   * @return {@code true} if the shop should be served; {@code false} for any other status,
   *     including values this SDK does not know
   */
  public boolean grantsAccess() {
    return equals(ACTIVE) || equals(IN_TRIAL) || equals(NON_RENEWING);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(this);
  }
}
