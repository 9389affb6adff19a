package io.github.prestashop4j.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.prestashop4j.billing.Fixtures;
import io.github.prestashop4j.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
  private static final String OTHER_SECRET =
      "whsec_"
          + Base64.getEncoder()
              .encodeToString("another-signing-key-of-32-bytes!".getBytes(StandardCharsets.UTF_8));
  private static final String LEGACY_TOKEN = "bGVnYWN5LXZlbmRvcjpzM2NyM3Q=";
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final String ID = "msg_2NupQWCc2oQGmgtYUgU7vEc3SoV";

  private final MutableClock clock = new MutableClock(NOW);
  private final String body = Fixtures.read("webhook-subscription-status-updated.json");
  private final WebhookVerifier verifier =
      WebhookVerifier.builder().svixSecret(SECRET).clock(clock).build();

  static String sign(byte[] key, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signature =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signature);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Map<String, String> headers(long timestamp, String signature) {
    Map<String, String> headers = new HashMap<>();
    headers.put("svix-id", ID);
    headers.put("svix-timestamp", Long.toString(timestamp));
    headers.put("svix-signature", signature);
    return headers;
  }

  private Map<String, String> signedHeaders() {
    long timestamp = NOW.getEpochSecond();
    return headers(timestamp, sign(KEY, ID, timestamp, body));
  }

  private RejectionReason rejection(WebhookVerifier verifier, Map<String, ?> headers, String body) {
    WebhookVerificationException error =
        catchThrowableOfType(
            WebhookVerificationException.class, () -> verifier.verify(headers, body));
    assertThat(error).as("delivery must be rejected").isNotNull();
    assertThat(error.getMessage())
        .doesNotContain(SECRET.substring(6))
        .doesNotContain(LEGACY_TOKEN)
        .doesNotContain(body.substring(0, 20));
    for (Object value : headers.values()) {
      if (value.toString().startsWith("v1,") && value.toString().length() > 10) {
        assertThat(error.getMessage()).doesNotContain(value.toString().substring(3));
      }
    }
    return error.reason();
  }

  @Test
  void validSignatureIsAcceptedAndParsed() {
    WebhookEvent event = verifier.verifyAndParse(signedHeaders(), body);

    assertThat(event).isInstanceOf(SubscriptionEvent.class);
    assertThat(event.type()).isEqualTo(WebhookEvent.SUBSCRIPTION_STATUS_UPDATED);
  }

  @Test
  void validSignatureOverRawBytesIsAccepted() {
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    assertThatCode(() -> verifier.verify(signedHeaders(), raw)).doesNotThrowAnyException();
    assertThat(verifier.verifyAndParse(signedHeaders(), raw).type())
        .isEqualTo("subscription.status-updated");
  }

  @Test
  void headerNamesAreMatchedIgnoringCaseAndListValuesAccepted() {
    long timestamp = NOW.getEpochSecond();
    Map<String, List<String>> headers =
        Map.of(
            "Svix-Id", List.of(ID),
            "SVIX-TIMESTAMP", List.of(Long.toString(timestamp)),
            "Svix-Signature", List.of(sign(KEY, ID, timestamp, body)));

    assertThatCode(() -> verifier.verify(headers, body)).doesNotThrowAnyException();
  }

  @Test
  void secretWithoutPrefixIsAccepted() {
    WebhookVerifier unprefixed =
        WebhookVerifier.builder()
            .svixSecret(Base64.getEncoder().encodeToString(KEY))
            .clock(clock)
            .build();

    assertThatCode(() -> unprefixed.verify(signedHeaders(), body)).doesNotThrowAnyException();
  }

  /** One change to a correctly signed delivery; returns the body to verify. */
  @FunctionalInterface
  interface Mutation {
    String apply(Map<String, String> headers, String body);
  }

  static Stream<Arguments> singleMutations() {
    long old = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1).getEpochSecond();
    long future = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1).getEpochSecond();
    byte[] otherKey = Base64.getDecoder().decode(OTHER_SECRET.substring(6));
    return Stream.of(
        Arguments.of(
            "altered body",
            (Mutation) (h, b) -> b.replace("\"active\"", "\"cancelled\""),
            RejectionReason.SIGNATURE_MISMATCH),
        Arguments.of(
            "altered timestamp",
            (Mutation)
                (h, b) -> {
                  h.put("svix-timestamp", Long.toString(NOW.getEpochSecond() - 1));
                  return b;
                },
            RejectionReason.SIGNATURE_MISMATCH),
        Arguments.of(
            "altered id",
            (Mutation)
                (h, b) -> {
                  h.put("svix-id", "msg_other");
                  return b;
                },
            RejectionReason.SIGNATURE_MISMATCH),
        Arguments.of(
            "signed under another secret",
            (Mutation)
                (h, b) -> {
                  h.put("svix-signature", sign(otherKey, ID, NOW.getEpochSecond(), b));
                  return b;
                },
            RejectionReason.SIGNATURE_MISMATCH),
        Arguments.of(
            "old timestamp, correctly signed",
            (Mutation)
                (h, b) -> {
                  h.put("svix-timestamp", Long.toString(old));
                  h.put("svix-signature", sign(KEY, ID, old, b));
                  return b;
                },
            RejectionReason.TIMESTAMP_TOO_OLD),
        Arguments.of(
            "future timestamp, correctly signed",
            (Mutation)
                (h, b) -> {
                  h.put("svix-timestamp", Long.toString(future));
                  h.put("svix-signature", sign(KEY, ID, future, b));
                  return b;
                },
            RejectionReason.TIMESTAMP_IN_FUTURE),
        Arguments.of(
            "blank signature header",
            (Mutation)
                (h, b) -> {
                  h.put("svix-signature", " ");
                  return b;
                },
            RejectionReason.MISSING_HEADER),
        Arguments.of(
            "malformed entry next to a valid one",
            (Mutation)
                (h, b) -> {
                  h.put("svix-signature", h.get("svix-signature") + " junk");
                  return b;
                },
            RejectionReason.MALFORMED_SIGNATURE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleMutations")
  void oneChangeGivesOneReason(String change, Mutation mutation, RejectionReason expected) {
    Map<String, String> headers = signedHeaders();
    String mutated = mutation.apply(headers, body);

    assertThat(rejection(verifier, headers, mutated)).isEqualTo(expected);
  }

  @Test
  void svixPublishedVectorIsAccepted() {
    // The example from Svix's documentation of the signature scheme.
    String body = "{\"test\": 2432232314}";
    long timestamp = 1614265330L;
    WebhookVerifier svix =
        WebhookVerifier.builder()
            .svixSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            .clock(new MutableClock(Instant.ofEpochSecond(timestamp)))
            .build();
    Map<String, String> headers =
        Map.of(
            "svix-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "svix-timestamp", Long.toString(timestamp),
            "svix-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");

    assertThatCode(() -> svix.verify(headers, body)).doesNotThrowAnyException();
    assertThat(rejection(svix, headers, body.replace("2432232314", "2432232315")))
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void timestampsAtTheToleranceEdgeAreAccepted() {
    long edgeOld = NOW.minus(Duration.ofMinutes(5)).getEpochSecond();
    long edgeFuture = NOW.plus(Duration.ofMinutes(5)).getEpochSecond();

    assertThatCode(() -> verifier.verify(headers(edgeOld, sign(KEY, ID, edgeOld, body)), body))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> verifier.verify(headers(edgeFuture, sign(KEY, ID, edgeFuture, body)), body))
        .doesNotThrowAnyException();
  }

  @Test
  void toleranceIsConfigurableAndFollowsTheInjectedClock() {
    WebhookVerifier strict =
        WebhookVerifier.builder()
            .svixSecret(SECRET)
            .clock(clock)
            .tolerance(Duration.ofSeconds(30))
            .build();
    Map<String, String> headers = signedHeaders();

    assertThatCode(() -> strict.verify(headers, body)).doesNotThrowAnyException();
    clock.advance(Duration.ofSeconds(31));
    assertThat(rejection(strict, headers, body)).isEqualTo(RejectionReason.TIMESTAMP_TOO_OLD);
    assertThat(strict.tolerance()).isEqualTo(Duration.ofSeconds(30));
    assertThat(verifier.tolerance()).isEqualTo(WebhookVerifier.DEFAULT_TOLERANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"svix-id", "svix-timestamp", "svix-signature"})
  void missingHeaderIsRejected(String name) {
    Map<String, String> headers = signedHeaders();
    headers.remove(name);

    assertThat(rejection(verifier, headers, body)).isEqualTo(RejectionReason.MISSING_HEADER);
    assertThatThrownBy(() -> verifier.verify(headers, body)).hasMessageContaining(name);
  }

  @Test
  void noHeaderAtAllIsRejected() {
    assertThat(rejection(verifier, Map.of(), body)).isEqualTo(RejectionReason.MISSING_HEADER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "v1,", "garbage", ",abc", "v1,not-base64!!", "v2,AAAA", "v1a,AAAA"})
  void malformedSignatureListIsRejected(String signatures) {
    Map<String, String> headers = signedHeaders();
    headers.put("svix-signature", signatures);

    assertThat(rejection(verifier, headers, body)).isEqualTo(RejectionReason.MALFORMED_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-24T10:00:00Z", "99999999999999999", "-99999999999999999"})
  void malformedTimestampIsRejected(String timestamp) {
    Map<String, String> headers = signedHeaders();
    headers.put("svix-timestamp", timestamp);

    assertThat(rejection(verifier, headers, body)).isEqualTo(RejectionReason.MALFORMED_TIMESTAMP);
  }

  @Test
  void anyOfSeveralSignaturesMayMatch() {
    long timestamp = NOW.getEpochSecond();
    byte[] otherKey = Base64.getDecoder().decode(OTHER_SECRET.substring(6));
    String rotated =
        sign(otherKey, ID, timestamp, body)
            + " v1a,c29tZS1hc3ltbWV0cmljLXNpZ25hdHVyZQ== "
            + sign(KEY, ID, timestamp, body);

    assertThatCode(() -> verifier.verify(headers(timestamp, rotated), body))
        .doesNotThrowAnyException();

    String noneMatches =
        sign(otherKey, ID, timestamp, body) + " " + sign(otherKey, ID, timestamp, "x");
    assertThat(rejection(verifier, headers(timestamp, noneMatches), body))
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void legacyBasicTokenIsAccepted() {
    WebhookVerifier legacy = WebhookVerifier.builder().legacyBasicToken(LEGACY_TOKEN).build();

    assertThatCode(() -> legacy.verify(Map.of("Authorization", "Basic " + LEGACY_TOKEN), body))
        .doesNotThrowAnyException();
    assertThatCode(() -> legacy.verify(Map.of("authorization", "basic " + LEGACY_TOKEN), body))
        .doesNotThrowAnyException();
    assertThat(legacy.verifyAndParse(Map.of("AUTHORIZATION", "Basic " + LEGACY_TOKEN), body))
        .isInstanceOf(SubscriptionEvent.class);
  }

  @Test
  void legacyWrongOrMissingTokenIsRejected() {
    WebhookVerifier legacy = WebhookVerifier.builder().legacyBasicToken(LEGACY_TOKEN).build();

    assertThat(rejection(legacy, Map.of("Authorization", "Basic d3Jvbmc="), body))
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
    assertThat(rejection(legacy, Map.of("Authorization", "Basic " + LEGACY_TOKEN + "x"), body))
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
    assertThat(rejection(legacy, Map.of("Authorization", "Bearer " + LEGACY_TOKEN), body))
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
    assertThat(rejection(legacy, Map.of("Authorization", LEGACY_TOKEN), body))
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
    assertThat(rejection(legacy, Map.of("Content-Type", "application/json"), body))
        .isEqualTo(RejectionReason.MISSING_HEADER);
  }

  @Test
  void bothSystemsCanBeAcceptedDuringAMigration() {
    WebhookVerifier both =
        WebhookVerifier.builder()
            .svixSecret(SECRET)
            .legacyBasicToken(LEGACY_TOKEN)
            .clock(clock)
            .build();

    assertThatCode(() -> both.verify(signedHeaders(), body)).doesNotThrowAnyException();
    assertThatCode(() -> both.verify(Map.of("Authorization", "Basic " + LEGACY_TOKEN), body))
        .doesNotThrowAnyException();
    // A Svix delivery is judged by its signature, never by a Basic header it also carries.
    Map<String, String> forged = signedHeaders();
    forged.put("svix-signature", sign(KEY, ID, NOW.getEpochSecond(), "other"));
    forged.put("Authorization", "Basic " + LEGACY_TOKEN);
    assertThat(rejection(both, forged, body)).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void secretsNeverAppearInToStringOrBuildErrors() {
    WebhookVerifier both =
        WebhookVerifier.builder().svixSecret(SECRET).legacyBasicToken(LEGACY_TOKEN).build();

    assertThat(both.toString())
        .doesNotContain(SECRET.substring(6))
        .doesNotContain(LEGACY_TOKEN)
        .contains("REDACTED");
    assertThat(WebhookVerifier.builder().legacyBasicToken(LEGACY_TOKEN).build().toString())
        .contains("svix=off");
    String badSecret = "whsec_not*base64*secret";
    assertThatThrownBy(() -> WebhookVerifier.builder().svixSecret(badSecret).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("svixSecret:")
        .hasMessageNotContaining("not*base64*secret");
  }

  @Test
  void buildNamesTheWrongSetting() {
    assertThatThrownBy(() -> WebhookVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("svixSecret:");
    assertThatThrownBy(() -> WebhookVerifier.builder().svixSecret("whsec_").build())
        .hasMessageStartingWith("svixSecret:");
    assertThatThrownBy(() -> WebhookVerifier.builder().legacyBasicToken(" ").build())
        .hasMessageStartingWith("legacyBasicToken:");
    assertThatThrownBy(
            () -> WebhookVerifier.builder().svixSecret(SECRET).tolerance(Duration.ZERO).build())
        .hasMessageStartingWith("tolerance:");
  }
}
