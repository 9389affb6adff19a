package io.github.prestashop4j.core.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Authenticates to a store's Webservice with its API key: HTTP Basic with the key as the user name
 * and an empty password. The key travels only in the {@code Authorization} header, never in the URL
 * (the {@code ws_key} query parameter ends up in access logs).
 */
public final class ApiKeyAuth implements AuthProvider {
  /** Length of every PrestaShop Webservice key. */
  public static final int KEY_LENGTH = 32;

  private final String header;

  private ApiKeyAuth(String header) {
    this.header = header;
  }

  /**
   * Creates the provider for a key.
   *
   * @param apiKey the Webservice key: 32 characters, letters and digits
   * @return the provider
   * @throws IllegalArgumentException if the key is blank, not 32 characters long, or holds other
   *     characters than letters and digits (the message never repeats the key)
   */
  public static ApiKeyAuth of(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey: must not be blank");
    }
    if (apiKey.length() != KEY_LENGTH) {
      throw new IllegalArgumentException(
          "apiKey: must be "
              + KEY_LENGTH
              + " characters long, as PrestaShop generates them (got "
              + apiKey.length()
              + ")");
    }
    for (int i = 0; i < apiKey.length(); i++) {
      char c = apiKey.charAt(i);
      boolean alphanumeric =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alphanumeric) {
        throw new IllegalArgumentException(
            "apiKey: must contain only letters and digits (character " + (i + 1) + " is not)");
      }
    }
    String token =
        Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.US_ASCII));
    return new ApiKeyAuth("Basic " + token);
  }

  @Override
  public String authorizationHeader() {
    return header;
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "ApiKeyAuth[key=REDACTED]";
  }
}
