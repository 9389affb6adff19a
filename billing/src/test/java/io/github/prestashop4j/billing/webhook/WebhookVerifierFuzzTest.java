package io.github.prestashop4j.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.prestashop4j.core.testing.FuzzCorpus;
import io.github.prestashop4j.core.testing.FuzzInput;
import io.github.prestashop4j.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz targets for the webhook verifier. Every build replays the committed inputs under {@code
 * src/test/resources/.../WebhookVerifierFuzzTestInputs/<target>/}; {@code -Pfuzz} fuzzes one target
 * with Jazzer. The verifier never accepts a delivery it did not sign, and refuses every other one
 * with {@link WebhookVerificationException} only.
 */
public class WebhookVerifierFuzzTest {
  private static final byte[] KEY =
      "fuzz-signing-key-0123456789abcde".getBytes(StandardCharsets.UTF_8);
  private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
  private static final String TOKEN = "ZnV6ei12ZW5kb3I6bGVnYWN5LXRva2Vu";
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private static final WebhookVerifier VERIFIER =
      WebhookVerifier.builder()
          .svixSecret(SECRET)
          .legacyBasicToken(TOKEN)
          .clock(new MutableClock(NOW))
          .build();

  private static byte[] hmac(String id, String timestamp, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return mac.doFinal(body);
  }

  static Stream<Arguments> unsignedDeliveriesAreRejected() {
    return FuzzCorpus.inputs(WebhookVerifierFuzzTest.class, "unsignedDeliveriesAreRejected");
  }

  static Stream<Arguments> tamperedDeliveriesAreRejected() {
    return FuzzCorpus.inputs(WebhookVerifierFuzzTest.class, "tamperedDeliveriesAreRejected");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void unsignedDeliveriesAreRejected(String name, byte[] input) throws Exception {
    UnsignedDeliveriesAreRejected.fuzzerTestOneInput(input);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void tamperedDeliveriesAreRejected(String name, byte[] input) throws Exception {
    TamperedDeliveriesAreRejected.fuzzerTestOneInput(input);
  }

  /** Fuzzed headers and body: rejected unless a v1 entry really is the signature. */
  public static final class UnsignedDeliveriesAreRejected {
    private UnsignedDeliveriesAreRejected() {}

    public static void fuzzerTestOneInput(byte[] bytes) throws Exception {
      FuzzInput data = new FuzzInput(bytes);
      String id = data.string(40);
      String timestamp =
          data.bool()
              ? Long.toString(NOW.getEpochSecond() + data.intIn(-400, 400))
              : data.string(30);
      String signature = data.string(200);
      String authorization = data.string(60);
      // Without any svix-* header the verifier takes the legacy Basic-token path.
      boolean svix = data.bool();
      byte[] body = data.rest();
      Map<String, String> headers = new HashMap<>();
      if (svix) {
        headers.put("svix-id", id);
        headers.put("svix-timestamp", timestamp);
        headers.put("svix-signature", signature);
      }
      headers.put("Authorization", authorization);

      Throwable outcome = catchThrowable(() -> VERIFIER.verify(headers, body));

      if (outcome == null && svix) {
        String expected = "v1," + Base64.getEncoder().encodeToString(hmac(id, timestamp, body));
        assertThat(signature.trim().split("\\s+"))
            .as("accepted without our signature")
            .contains(expected);
      } else if (outcome == null) {
        // Only our token passes; the fuzzer may find it through its comparison hooks.
        String[] credential = authorization.trim().split("\\s+", 2);
        assertThat(credential).as("accepted without our token").hasSize(2);
        assertThat(credential[0]).isEqualToIgnoringCase("Basic");
        assertThat(credential[1].trim()).isEqualTo(TOKEN);
      } else {
        assertThat(outcome).isInstanceOf(WebhookVerificationException.class);
        assertThat(outcome.getMessage()).doesNotContain(SECRET.substring(6)).doesNotContain(TOKEN);
      }
    }
  }

  /**
   * A correctly signed delivery is accepted; the same signature over a body, id or timestamp that
   * differs in any way is rejected as a mismatch.
   */
  public static final class TamperedDeliveriesAreRejected {
    private TamperedDeliveriesAreRejected() {}

    public static void fuzzerTestOneInput(byte[] bytes) throws Exception {
      FuzzInput data = new FuzzInput(bytes);
      String id = "msg_" + data.string(30).trim();
      String timestamp = Long.toString(NOW.getEpochSecond() + data.intIn(-300, 300));
      int what = data.intIn(0, 2);
      int at = data.intIn(0, 1 << 16);
      int change = data.intIn(1, 255);
      byte[] body = data.rest();
      String signature = "v1," + Base64.getEncoder().encodeToString(hmac(id, timestamp, body));
      Map<String, String> headers = new HashMap<>();
      headers.put("svix-id", id);
      headers.put("svix-timestamp", timestamp);
      headers.put("svix-signature", signature);

      VERIFIER.verify(headers, body);

      Map<String, String> tampered = new HashMap<>(headers);
      byte[] tamperedBody = body;
      if (what == 0 && body.length > 0) {
        tamperedBody = Arrays.copyOf(body, body.length);
        tamperedBody[at % body.length] ^= (byte) change;
      } else if (what == 1) {
        tampered.put("svix-id", id + (char) ('a' + change % 26));
      } else {
        tampered.put("svix-timestamp", Long.toString(Long.parseLong(timestamp) + 1 + change % 30));
      }
      byte[] finalBody = tamperedBody;
      Throwable outcome = catchThrowable(() -> VERIFIER.verify(tampered, finalBody));

      assertThat(outcome).isInstanceOf(WebhookVerificationException.class);
      assertThat(((WebhookVerificationException) outcome).reason())
          .isIn(RejectionReason.SIGNATURE_MISMATCH, RejectionReason.TIMESTAMP_IN_FUTURE);
    }
  }
}
