package io.github.prestashop4j.account;

import io.github.prestashop4j.account.TokenRejectedException.Reason;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Authenticates requests to a vendor's HTTP endpoint: takes the raw {@code Authorization} (or
 * {@code X-Prestashop-Authorization}) header value, extracts the bearer token and verifies it.
 * Works with any HTTP framework, since it only needs header values.
 *
 * <pre>{@code
 * try {
 *   VerifiedIdentity shop = authenticator.authenticateRequest(request::getHeader);
 * } catch (TokenRejectedException e) {
 *   response.setStatus(e.httpStatus());
 *   response.setHeader("WWW-Authenticate", e.wwwAuthenticate());
 * }
 * }</pre>
 *
 * <p>Rejections are {@link TokenRejectedException}s with a {@link Reason}; their messages never
 * contain the token. Thread-safe.
 */
public final class BearerAuthenticator {
  /** The standard header. */
  public static final String AUTHORIZATION = "Authorization";

  /**
   * The header PrestaShop's cloud uses towards shops, since some web servers drop {@code
   * Authorization} before it reaches PHP.
   */
  public static final String PRESTASHOP_AUTHORIZATION = "X-Prestashop-Authorization";

  // RFC 6750 section 2.1: "Bearer" 1*SP b64token.
  private static final Pattern BEARER = Pattern.compile("(?i)bearer +([A-Za-z0-9\\-._~+/]+=*) *");

  private final TokenVerifier verifier;

  private BearerAuthenticator(TokenVerifier verifier) {
    this.verifier = verifier;
  }

  /**
   * Creates an authenticator.
   *
   * @param verifier verifies the tokens, for example an {@link OAuth2TokenVerifier}
   * @return the authenticator
   */
  public static BearerAuthenticator of(TokenVerifier verifier) {
    return new BearerAuthenticator(Objects.requireNonNull(verifier, "verifier"));
  }

  /**
   * Extracts the token of a {@code Bearer} header value, without verifying it.
   *
   * @param headerValue the raw header value, for example {@code Bearer eyJ...}; may be {@code null}
   * @return the token
   * @throws TokenRejectedException {@link Reason#MISSING} for a missing or blank value, a bare
   *     {@code Bearer} or another scheme (such as {@code Basic}), {@link Reason#MALFORMED} for a
   *     {@code Bearer} value that is not a token
   */
  public static String bearerToken(String headerValue) {
    if (headerValue == null
        || headerValue.isBlank()
        || headerValue.strip().equalsIgnoreCase("bearer")) {
      throw new TokenRejectedException(Reason.MISSING, "no bearer token in the request");
    }
    String scheme = headerValue.strip().split("\\s", 2)[0];
    if (!scheme.equalsIgnoreCase("bearer")) {
      // RFC 6750 section 3.1: a request without a bearer token gets a bare challenge.
      throw new TokenRejectedException(
          Reason.MISSING, "no bearer token in the request (another authentication scheme)");
    }
    var matcher = BEARER.matcher(headerValue.strip());
    if (!matcher.matches()) {
      throw new TokenRejectedException(
          Reason.MALFORMED, "authorization header is not of the form 'Bearer <token>'");
    }
    return matcher.group(1);
  }

  /**
   * Verifies the token of one header value.
   *
   * @param headerValue the raw {@code Authorization} or {@code X-Prestashop-Authorization} value;
   *     may be {@code null}
   * @return who the token speaks for
   * @throws TokenRejectedException if there is no valid token
   * @throws io.github.prestashop4j.core.PrestaShopException if the issuer's keys could not be
   *     fetched (answer 503, not 401)
   */
  public VerifiedIdentity authenticate(String headerValue) {
    return verifier.verify(bearerToken(headerValue));
  }

  /**
   * Verifies the token of a request, read from {@value #AUTHORIZATION} or, when that header is
   * absent or blank, {@value #PRESTASHOP_AUTHORIZATION}.
   *
   * @param headers looks a header up by name, returning {@code null} when absent, for example
   *     {@code request::getHeader}
   * @return who the token speaks for
   * @throws TokenRejectedException if there is no valid token
   * @throws io.github.prestashop4j.core.PrestaShopException if the issuer's keys could not be
   *     fetched
   */
  public VerifiedIdentity authenticateRequest(UnaryOperator<String> headers) {
    Objects.requireNonNull(headers, "headers");
    String value = headers.apply(AUTHORIZATION);
    if (value == null || value.isBlank()) {
      value = headers.apply(PRESTASHOP_AUTHORIZATION);
    }
    return authenticate(value);
  }

  @Override
  public String toString() {
    return "BearerAuthenticator[" + verifier + "]";
  }
}
