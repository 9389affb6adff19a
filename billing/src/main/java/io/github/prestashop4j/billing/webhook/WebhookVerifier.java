package io.github.prestashop4j.billing.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies that a Billing webhook delivery comes from PrestaShop, then parses it into a typed
 * {@link WebhookEvent}.
 *
 * <p>Two delivery systems exist:
 *
 * <ul>
 *   <li><b>Svix</b> (current): the delivery carries {@code svix-id}, {@code svix-timestamp} and
 *       {@code svix-signature}. The signature list holds space-separated {@code v1,<base64>}
 *       entries; each is an HMAC-SHA256 of {@code <svix-id>.<svix-timestamp>.<raw body>} keyed with
 *       the base64-decoded signing secret (the part after {@code whsec_}). The delivery is accepted
 *       when any entry matches (several exist while a secret is being rotated) and the timestamp is
 *       within the tolerance of the clock, in either direction; this stops replays.
 *   <li><b>Legacy</b>: the delivery carries {@code Authorization: Basic <token>}, the token the
 *       vendor gave PrestaShop.
 * </ul>
 *
 * <p>A delivery with any {@code svix-} header is checked as Svix when a signing secret is set;
 * otherwise as legacy when a Basic token is set. Header names are matched ignoring case. All
 * comparisons of secrets run in constant time. Verify the <b>raw</b> body bytes, before any JSON
 * parsing or re-encoding.
 *
 * <p>Immutable and thread-safe. {@code toString()} and exception messages never show a secret.
 */
public final class WebhookVerifier {
  /** The default timestamp tolerance: 5 minutes. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String SVIX_ID = "svix-id";
  private static final String SVIX_TIMESTAMP = "svix-timestamp";
  private static final String SVIX_SIGNATURE = "svix-signature";
  private static final String SECRET_PREFIX = "whsec_";

  private final byte[] svixKey;
  private final byte[] legacyTokenHash;
  private final Duration tolerance;
  private final Clock clock;
  private final WebhookParser parser;

  private WebhookVerifier(Builder builder, byte[] svixKey) {
    this.svixKey = svixKey;
    this.legacyTokenHash =
        builder.legacyToken == null
            ? null
            : sha256(builder.legacyToken.getBytes(StandardCharsets.UTF_8));
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
    this.parser = WebhookParser.create();
  }

  /**
   * Starts a verifier.
   *
   * @return a builder; set a Svix signing secret, a legacy Basic token or both
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery.
   *
   * @param headers the request headers, names in any case; each value a {@code String} or a
   *     collection of strings (the first one is used), so that a servlet's or a framework's header
   *     map fits
   * @param body the raw body, exactly as received
   * @throws WebhookVerificationException if the delivery must not be trusted, with the {@linkplain
   *     WebhookVerificationException#reason() reason}
   */
  public void verify(Map<String, ?> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    boolean svixDelivery =
        headers.keySet().stream()
            .anyMatch(name -> name != null && name.toLowerCase(Locale.ROOT).startsWith("svix-"));
    if (svixKey != null && (svixDelivery || legacyTokenHash == null)) {
      verifySvix(headers, body);
    } else {
      verifyLegacy(headers);
    }
  }

  /**
   * Verifies a delivery whose body is text. The text is encoded as UTF-8, so pass it exactly as
   * received; prefer {@link #verify(Map, byte[])} when the raw bytes are at hand.
   *
   * @param headers the request headers, as for {@link #verify(Map, byte[])}
   * @param body the body, exactly as received
   * @throws WebhookVerificationException if the delivery must not be trusted
   */
  public void verify(Map<String, ?> headers, String body) {
    verify(headers, Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Verifies a delivery, then parses it.
   *
   * @param headers the request headers, as for {@link #verify(Map, byte[])}
   * @param body the raw body, exactly as received
   * @return the event
   * @throws WebhookVerificationException if the delivery must not be trusted
   * @throws io.github.prestashop4j.core.DecodeException if the verified body is not a webhook
   *     envelope
   */
  public WebhookEvent verifyAndParse(Map<String, ?> headers, byte[] body) {
    verify(headers, body);
    return parser.parse(body);
  }

  /**
   * Verifies a delivery whose body is text, then parses it.
   *
   * @param headers the request headers, as for {@link #verify(Map, byte[])}
   * @param body the body, exactly as received
   * @return the event
   * @throws WebhookVerificationException if the delivery must not be trusted
   * @throws io.github.prestashop4j.core.DecodeException if the verified body is not a webhook
   *     envelope
   */
  public WebhookEvent verifyAndParse(Map<String, ?> headers, String body) {
    return verifyAndParse(
        headers, Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the timestamp tolerance.
   *
   * @return the tolerance
   */
  public Duration tolerance() {
    return tolerance;
  }

  private void verifySvix(Map<String, ?> headers, byte[] body) {
    String id = required(headers, SVIX_ID);
    String timestamp = required(headers, SVIX_TIMESTAMP);
    String signatures = required(headers, SVIX_SIGNATURE);

    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException(
          RejectionReason.MALFORMED_TIMESTAMP, SVIX_TIMESTAMP + " is not a number of seconds");
    }
    if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
      throw new WebhookVerificationException(
          RejectionReason.MALFORMED_TIMESTAMP, SVIX_TIMESTAMP + " is not a point in time");
    }
    // Whole seconds on both sides: the header has no finer grain, and no Instant arithmetic can
    // overflow here.
    long drift = seconds - clock.instant().getEpochSecond();
    long allowed = tolerance.getSeconds();
    if (drift < -allowed) {
      throw new WebhookVerificationException(
          RejectionReason.TIMESTAMP_TOO_OLD,
          SVIX_TIMESTAMP + " is more than " + tolerance + " in the past");
    }
    if (drift > allowed) {
      throw new WebhookVerificationException(
          RejectionReason.TIMESTAMP_IN_FUTURE,
          SVIX_TIMESTAMP + " is more than " + tolerance + " in the future");
    }

    List<byte[]> candidates = parseSignatures(signatures);
    byte[] expected = hmac(id, timestamp, body);
    boolean matched = false;
    // Every candidate is compared, so the time taken does not tell which one matched.
    for (byte[] candidate : candidates) {
      matched |= MessageDigest.isEqual(expected, candidate);
    }
    if (!matched) {
      throw new WebhookVerificationException(
          RejectionReason.SIGNATURE_MISMATCH,
          "no " + SVIX_SIGNATURE + " entry matches the body under the signing secret");
    }
  }

  private static List<byte[]> parseSignatures(String header) {
    List<byte[]> v1 = new ArrayList<>();
    for (String entry : header.trim().split("\\s+")) {
      int comma = entry.indexOf(',');
      if (comma <= 0 || comma == entry.length() - 1) {
        throw new WebhookVerificationException(
            RejectionReason.MALFORMED_SIGNATURE,
            SVIX_SIGNATURE + " entries must look like v1,<base64>");
      }
      // Other versions (v1a: asymmetric signatures) are not ours to check.
      if (entry.substring(0, comma).equals("v1")) {
        try {
          v1.add(Base64.getDecoder().decode(entry.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
          throw new WebhookVerificationException(
              RejectionReason.MALFORMED_SIGNATURE,
              SVIX_SIGNATURE + " holds an entry that is not base64");
        }
      }
    }
    if (v1.isEmpty()) {
      throw new WebhookVerificationException(
          RejectionReason.MALFORMED_SIGNATURE, SVIX_SIGNATURE + " holds no v1 entry");
    }
    return v1;
  }

  private byte[] hmac(String id, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(svixKey, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java platform must provide HmacSHA256, and any key length is valid for it.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private void verifyLegacy(Map<String, ?> headers) {
    String authorization = required(headers, "Authorization").trim();
    int space = authorization.indexOf(' ');
    if (space < 0 || !authorization.substring(0, space).equalsIgnoreCase("Basic")) {
      throw new WebhookVerificationException(
          RejectionReason.BAD_CREDENTIALS, "Authorization is not a Basic credential");
    }
    byte[] given =
        sha256(authorization.substring(space + 1).trim().getBytes(StandardCharsets.UTF_8));
    // Hashes have one length, so the comparison does not reveal the token's length either.
    if (!MessageDigest.isEqual(legacyTokenHash, given)) {
      throw new WebhookVerificationException(
          RejectionReason.BAD_CREDENTIALS,
          "Authorization does not hold the configured Basic token");
    }
  }

  private static String required(Map<String, ?> headers, String name) {
    for (Map.Entry<String, ?> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        String value = first(header.getValue());
        if (value != null && !value.isBlank()) {
          return value;
        }
      }
    }
    throw new WebhookVerificationException(
        RejectionReason.MISSING_HEADER, "header " + name + " is missing or empty");
  }

  private static String first(Object value) {
    if (value instanceof Collection<?> values) {
      return values.isEmpty() || values.iterator().next() == null
          ? null
          : values.iterator().next().toString();
    }
    return value == null ? null : value.toString();
  }

  private static byte[] sha256(byte[] value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier[svix="
        + (svixKey != null ? "REDACTED" : "off")
        + ", legacyBasic="
        + (legacyTokenHash != null ? "REDACTED" : "off")
        + ", tolerance="
        + tolerance
        + "]";
  }

  /** Builds a {@link WebhookVerifier}. */
  public static final class Builder {
    private String svixSecret;
    private String legacyToken;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the Svix signing secret of the endpoint.
     *
     * @param signingSecret the secret, {@code whsec_<base64>} (the prefix is optional); never
     *     printed
     * @return this builder
     */
    public Builder svixSecret(String signingSecret) {
      this.svixSecret = signingSecret;
      return this;
    }

    /**
     * Accepts legacy deliveries that carry {@code Authorization: Basic <token>}.
     *
     * @param token the token given to PrestaShop, as it appears after {@code Basic }; never printed
     * @return this builder
     */
    public Builder legacyBasicToken(String token) {
      this.legacyToken = token;
      return this;
    }

    /**
     * Sets how far the Svix timestamp may be from the clock, in either direction.
     *
     * @param tolerance positive; default {@link #DEFAULT_TOLERANCE} (5 minutes)
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the clock the timestamps are checked against.
     *
     * @param clock default {@link Clock#systemUTC()}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Checks the settings and builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException naming the setting that is missing or wrong (never its value)
     */
    public WebhookVerifier build() {
      if (svixSecret == null && legacyToken == null) {
        throw new IllegalStateException("svixSecret: set a signing secret or a legacyBasicToken");
      }
      if (legacyToken != null && legacyToken.isBlank()) {
        throw new IllegalStateException("legacyBasicToken: must not be blank");
      }
      if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
        throw new IllegalStateException("tolerance: must be positive");
      }
      byte[] key = null;
      if (svixSecret != null) {
        String encoded =
            svixSecret.startsWith(SECRET_PREFIX)
                ? svixSecret.substring(SECRET_PREFIX.length())
                : svixSecret;
        try {
          key = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("svixSecret: must be whsec_ followed by base64");
        }
        if (key.length == 0) {
          throw new IllegalStateException("svixSecret: must not be empty");
        }
      }
      return new WebhookVerifier(this, key);
    }
  }
}
