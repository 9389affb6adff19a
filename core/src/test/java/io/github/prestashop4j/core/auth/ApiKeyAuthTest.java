package io.github.prestashop4j.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiKeyAuthTest {
  private static final String KEY = "k3Yq9ZpL2mWx7TnB4vRc8HdJ1sFg6AeU";

  @Test
  void theTestKeyHasTheWebserviceLength() {
    assertThat(KEY).hasSize(ApiKeyAuth.KEY_LENGTH).hasSize(32);
  }

  @Test
  void sendsTheKeyAsTheBasicUserNameWithAnEmptyPassword() {
    String expected =
        "Basic "
            + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.US_ASCII));

    assertThat(ApiKeyAuth.of(KEY).authorizationHeader()).isEqualTo(expected);
  }

  @Test
  void theHeaderDecodesBackToTheKeyAndAnEmptyPassword() {
    String header = ApiKeyAuth.of(KEY).authorizationHeader();

    assertThat(header).startsWith("Basic ");
    String decoded =
        new String(
            Base64.getDecoder().decode(header.substring("Basic ".length())),
            StandardCharsets.US_ASCII);
    assertThat(decoded).isEqualTo(KEY + ":");
  }

  @Test
  void differentKeysGiveDifferentHeaders() {
    String other = "A".repeat(32);

    assertThat(ApiKeyAuth.of(other).authorizationHeader())
        .isNotEqualTo(ApiKeyAuth.of(KEY).authorizationHeader());
  }

  static Stream<Arguments> invalidKeys() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("blank", "   "),
        Arguments.of("blank, 32 characters", " ".repeat(32)),
        Arguments.of("31 characters", KEY.substring(1)),
        Arguments.of("33 characters", KEY + "Z"),
        Arguments.of("a colon", KEY.substring(0, 31) + ":"),
        Arguments.of("a space", KEY.substring(0, 16) + " " + KEY.substring(17)),
        Arguments.of("a non-ASCII letter", KEY.substring(0, 31) + "\u00e9"),
        Arguments.of("a line break", KEY.substring(0, 31) + "\n"),
        Arguments.of("surrounding whitespace", " " + KEY.substring(1, 31) + " "),
        // The characters right outside each accepted range.
        Arguments.of("'/' just before '0'", KEY.substring(0, 31) + "/"),
        Arguments.of("'@' just before 'A'", KEY.substring(0, 31) + "@"),
        Arguments.of("'[' just after 'Z'", KEY.substring(0, 31) + "["),
        Arguments.of("'`' just before 'a'", KEY.substring(0, 31) + "`"),
        Arguments.of("'{' just after 'z'", KEY.substring(0, 31) + "{"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidKeys")
  void refusesAnInvalidKeyWithoutRepeatingIt(String description, String key) {
    assertThatThrownBy(() -> ApiKeyAuth.of(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey:")
        .message()
        .doesNotContain(KEY.substring(1, 9))
        .doesNotContain(KEY.substring(20, 28));
  }

  @Test
  void acceptsTheFirstAndLastCharacterOfEachRange() {
    assertThat(ApiKeyAuth.of("09AZaz" + KEY.substring(6)).authorizationHeader())
        .startsWith("Basic ");
  }

  @Test
  void refusesANullKey() {
    assertThatThrownBy(() -> ApiKeyAuth.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey");
  }

  @Test
  void toStringNeverShowsTheKey() {
    ApiKeyAuth auth = ApiKeyAuth.of(KEY);
    String token = auth.authorizationHeader().substring("Basic ".length());

    assertThat(auth.toString())
        .contains("REDACTED")
        .doesNotContain(KEY)
        .doesNotContain(KEY.substring(0, 8))
        .doesNotContain(token);
  }
}
