package io.github.prestashop4j.account;

import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.internal.Redaction;
import java.net.URI;
import java.util.Objects;

/**
 * One of PrestaShop's cloud environments: where its OAuth2 authorization server and Accounts API
 * live. Billing and CloudSync clients pick their own default base URLs from {@link #kind()}.
 *
 * <p>Use {@link #PRODUCTION} for real shops, {@link #PREPRODUCTION} or {@link #INTEGRATION} when
 * PrestaShop gives you credentials there, and {@link #custom(URI, URI)} for a fake in tests (for
 * example the testkit's embedded cloud). Immutable and thread-safe.
 */
public final class CloudEnvironment {
  /** Which environment this is. */
  public enum Kind {
    /** {@code oauth.prestashop.com}. */
    PRODUCTION,
    /** {@code oauth.preproduction.prestashop.com}. */
    PREPRODUCTION,
    /** {@code oauth.integration.prestashop.com}. */
    INTEGRATION,
    /** Any other base URL, typically a fake on loopback. */
    CUSTOM
  }

  /** Production: {@code https://oauth.prestashop.com}. */
  public static final CloudEnvironment PRODUCTION =
      new CloudEnvironment(
          Kind.PRODUCTION,
          URI.create("https://oauth.prestashop.com"),
          URI.create("https://accounts-api.distribution.prestashop.net"));

  /** Preproduction: {@code https://oauth.preproduction.prestashop.com}. */
  public static final CloudEnvironment PREPRODUCTION =
      new CloudEnvironment(
          Kind.PREPRODUCTION,
          URI.create("https://oauth.preproduction.prestashop.com"),
          URI.create("https://accounts-api.preproduction.prestashop.com"));

  /** Integration: {@code https://oauth.integration.prestashop.com}. */
  public static final CloudEnvironment INTEGRATION =
      new CloudEnvironment(
          Kind.INTEGRATION,
          URI.create("https://oauth.integration.prestashop.com"),
          URI.create("https://accounts-api-prestabulle1.integration.prestashop.com"));

  private final Kind kind;
  private final URI oauthBaseUrl;
  private final URI accountsApiUrl;

  private CloudEnvironment(Kind kind, URI oauthBaseUrl, URI accountsApiUrl) {
    this.kind = kind;
    this.oauthBaseUrl = withoutTrailingSlash(oauthBaseUrl, "oauthBaseUrl");
    this.accountsApiUrl = withoutTrailingSlash(accountsApiUrl, "accountsApiUrl");
  }

  /**
   * An environment at other base URLs, for tests and fakes.
   *
   * @param oauthBaseUrl the authorization server, for example {@code http://127.0.0.1:8080}; its
   *     discovery document, token endpoint and JWKS are found under it as on the real server
   * @param accountsApiUrl the Accounts API base URL
   * @return the environment, of kind {@link Kind#CUSTOM}
   * @throws IllegalArgumentException if a URL is not an absolute {@code http(s)} URL
   */
  public static CloudEnvironment custom(URI oauthBaseUrl, URI accountsApiUrl) {
    return new CloudEnvironment(Kind.CUSTOM, oauthBaseUrl, accountsApiUrl);
  }

  /**
   * Which environment this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The authorization server's base URL, without a trailing slash.
   *
   * @return the URL
   */
  public URI oauthBaseUrl() {
    return oauthBaseUrl;
  }

  /**
   * The issuer that tokens of this environment carry in {@code iss}: the authorization server's
   * base URL with a trailing slash, as PrestaShop's server writes it.
   *
   * @return the issuer
   */
  public String issuer() {
    return oauthBaseUrl + "/";
  }

  /**
   * The OAuth2 token endpoint, {@code <oauth>/oauth2/token}.
   *
   * @return the URL
   */
  public URI tokenUrl() {
    return URI.create(oauthBaseUrl + "/oauth2/token");
  }

  /**
   * The OpenID discovery document, {@code <oauth>/.well-known/openid-configuration}.
   *
   * @return the URL
   */
  public URI discoveryUrl() {
    return URI.create(oauthBaseUrl + "/.well-known/openid-configuration");
  }

  /**
   * The Accounts API base URL, without a trailing slash.
   *
   * @return the URL
   */
  public URI accountsApiUrl() {
    return accountsApiUrl;
  }

  private static URI withoutTrailingSlash(URI url, String name) {
    Objects.requireNonNull(url, name);
    if (!Checks.isAbsoluteHttp(url)) {
      throw new IllegalArgumentException(name + ": must be an absolute http(s) URL");
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException(name + ": must name a host");
    }
    if (url.getRawUserInfo() != null) {
      // Credentials in a URL end up in logs; the SDK authenticates with its own settings.
      throw new IllegalArgumentException(name + ": must not contain user information");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(name + ": must not have a query or a fragment");
    }
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CloudEnvironment that
        && kind == that.kind
        && oauthBaseUrl.equals(that.oauthBaseUrl)
        && accountsApiUrl.equals(that.accountsApiUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, oauthBaseUrl, accountsApiUrl);
  }

  @Override
  public String toString() {
    return "CloudEnvironment[" + kind + ", oauth=" + Redaction.uri(oauthBaseUrl) + "]";
  }
}
