package io.github.prestashop4j.account;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.auth.OAuth2ClientCredentials;
import java.util.Objects;

/**
 * A module vendor's OAuth2 client credentials, issued by PrestaShop, and the token providers built
 * from them for each cloud API.
 *
 * <p>Immutable. {@code toString()} never shows the secret.
 */
public final class VendorCredentials {
  /** The audience of Billing API tokens. */
  public static final String BILLING_AUDIENCE = "distribution.prestashop.net";

  /** The first audience of CloudSync API tokens; the second is {@code tech-vendor/<client>}. */
  public static final String CLOUDSYNC_AUDIENCE = "https://api.cloudsync.prestashop.com";

  private final String clientId;
  private final String clientSecret;

  private VendorCredentials(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /**
   * Credentials from a client id and secret.
   *
   * @param clientId the client id
   * @param clientSecret the client secret; never printed
   * @return the credentials
   * @throws IllegalArgumentException if either is blank
   */
  public static VendorCredentials of(String clientId, String clientSecret) {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId: must not be blank");
    }
    if (clientSecret.isBlank()) {
      throw new IllegalArgumentException("clientSecret: must not be blank");
    }
    return new VendorCredentials(clientId, clientSecret);
  }

  /**
   * The client id.
   *
   * @return the id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Starts a token provider for these credentials on an environment's token endpoint; add the
   * audiences and scopes the API needs.
   *
   * @param environment where to fetch tokens
   * @return a builder with token URL, client id and secret set
   */
  public OAuth2ClientCredentials.Builder tokenProvider(CloudEnvironment environment) {
    Objects.requireNonNull(environment, "environment");
    return OAuth2ClientCredentials.builder()
        .tokenUrl(environment.tokenUrl())
        .clientId(clientId)
        .clientSecret(clientSecret);
  }

  /**
   * A token provider for the Billing API: audience {@value #BILLING_AUDIENCE}.
   *
   * @param environment where to fetch tokens
   * @param httpConfig HTTP settings for the token endpoint (its base URL is replaced)
   * @param scopes the scopes to request; {@code openid} when none are given
   * @return the provider
   */
  public OAuth2ClientCredentials billing(
      CloudEnvironment environment, ClientConfig httpConfig, String... scopes) {
    return tokenProvider(environment)
        .httpConfig(httpConfig)
        .audience(BILLING_AUDIENCE)
        .scope(scopes.length == 0 ? new String[] {"openid"} : scopes)
        .build();
  }

  /**
   * A token provider for the CloudSync APIs: audiences {@value #CLOUDSYNC_AUDIENCE} and {@code
   * tech-vendor/<clientName>}.
   *
   * @param environment where to fetch tokens
   * @param httpConfig HTTP settings for the token endpoint (its base URL is replaced)
   * @param clientName the tech-vendor client name PrestaShop gave you
   * @return the provider
   * @throws IllegalArgumentException if the client name is blank or contains whitespace
   */
  public OAuth2ClientCredentials cloudSync(
      CloudEnvironment environment, ClientConfig httpConfig, String clientName) {
    Objects.requireNonNull(clientName, "clientName");
    if (clientName.isBlank() || clientName.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("clientName: must be non-blank and contain no whitespace");
    }
    return tokenProvider(environment)
        .httpConfig(httpConfig)
        .audience(CLOUDSYNC_AUDIENCE, "tech-vendor/" + clientName)
        .build();
  }

  @Override
  public String toString() {
    return "VendorCredentials[clientId=" + clientId + ", clientSecret=***]";
  }
}
