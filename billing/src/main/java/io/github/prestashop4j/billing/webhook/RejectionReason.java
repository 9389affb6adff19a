package io.github.prestashop4j.billing.webhook;

/** Why a webhook delivery was rejected; see {@link WebhookVerificationException#reason()}. */
public enum RejectionReason {
  /** A required header is missing or empty (a Svix header, or {@code Authorization}). */
  MISSING_HEADER,
  /** The {@code svix-timestamp} header is not a number of seconds. */
  MALFORMED_TIMESTAMP,
  /**
   * The {@code svix-signature} header is not a space-separated list of {@code v1,<base64>} entries,
   * or holds no {@code v1} entry.
   */
  MALFORMED_SIGNATURE,
  /** The timestamp is older than the tolerance allows: possibly a replayed delivery. */
  TIMESTAMP_TOO_OLD,
  /** The timestamp is further in the future than the tolerance allows. */
  TIMESTAMP_IN_FUTURE,
  /** No signature matches the body, id and timestamp under the signing secret. */
  SIGNATURE_MISMATCH,
  /** The legacy {@code Authorization: Basic} token is not the configured one. */
  BAD_CREDENTIALS
}
