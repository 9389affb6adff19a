package io.github.prestashop4j.billing.webhook;

import io.github.prestashop4j.core.PrestaShopException;
import java.util.Objects;

/**
 * A webhook delivery failed verification and must not be trusted; answer it with a 4xx status
 * (typically 401 or 400). The message says why, and never contains a secret, a signature or the
 * body.
 */
public class WebhookVerificationException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /** Why the delivery was rejected. */
  private final RejectionReason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the delivery was rejected
   * @param detail a description that holds no secret
   */
  public WebhookVerificationException(RejectionReason reason, String detail) {
    super("Webhook rejected (" + Objects.requireNonNull(reason, "reason") + "): " + detail);
    this.reason = reason;
  }

  /**
   * Returns why the delivery was rejected.
   *
   * @return the reason
   */
  public RejectionReason reason() {
    return reason;
  }
}
