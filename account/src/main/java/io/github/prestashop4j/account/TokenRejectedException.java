package io.github.prestashop4j.account;

import io.github.prestashop4j.core.PrestaShopException;
import java.util.Objects;

/**
 * A token was refused: it is missing, malformed, not signed by the expected issuer, out of its
 * validity period or lacks an audience or scope the verifier requires. {@link #reason()} tells
 * which, for a program; the message tells a person.
 *
 * <p>Neither the message nor {@code toString()} ever contains the token or a value copied from it,
 * so the exception may be logged. A failure to <em>fetch</em> the issuer's keys is not a rejection:
 * it is thrown as the {@link PrestaShopException} the HTTP layer raised (a server-side problem,
 * typically answered with 503 rather than 401).
 */
public class TokenRejectedException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /** Why a token was refused. */
  public enum Reason {
    /**
     * No token: no header, an empty header, an empty token, or a header of another authentication
     * scheme (such as {@code Basic}), which carries no bearer token at all.
     */
    MISSING(401, "invalid_request"),
    /**
     * A {@code Bearer} header whose value is not a token, or a token that is not a well-formed JWT:
     * RFC 6750 section 3.1 calls a malformed access token {@code invalid_token}.
     */
    MALFORMED(401, "invalid_token"),
    /** Not signed with RS256 ({@code alg: none}, HS256, an encrypted token...). */
    UNSUPPORTED_ALGORITHM(401, "invalid_token"),
    /** The signature does not match the issuer's key. */
    BAD_SIGNATURE(401, "invalid_token"),
    /**
     * The issuer publishes no key with the token's {@code kid}, even after fetching its keys again.
     */
    UNKNOWN_KEY(401, "invalid_token"),
    /** {@code exp} has passed, beyond the leeway. */
    EXPIRED(401, "invalid_token"),
    /** {@code nbf} or {@code iat} is in the future, beyond the leeway. */
    NOT_YET_VALID(401, "invalid_token"),
    /** {@code iss} is not the expected issuer. */
    WRONG_ISSUER(401, "invalid_token"),
    /** {@code aud} lacks a required audience. */
    WRONG_AUDIENCE(401, "invalid_token"),
    /** {@code scp} lacks a required scope. */
    MISSING_SCOPE(403, "insufficient_scope"),
    /** A claim the token must carry ({@code exp}, {@code sub}) is absent or empty. */
    MISSING_CLAIM(401, "invalid_token");

    private final int httpStatus;
    private final String bearerError;

    Reason(int httpStatus, String bearerError) {
      this.httpStatus = httpStatus;
      this.bearerError = bearerError;
    }

    /**
     * The HTTP status an endpoint should answer with (RFC 6750 section 3.1).
     *
     * @return 403 for {@link #MISSING_SCOPE}, 401 otherwise
     */
    public int httpStatus() {
      return httpStatus;
    }

    /**
     * The RFC 6750 error code for a {@code WWW-Authenticate} header.
     *
     * @return {@code invalid_request}, {@code invalid_token} or {@code insufficient_scope}
     */
    public String bearerError() {
      return bearerError;
    }
  }

  /** Why the token was refused. */
  private final Reason reason;

  /**
   * Creates a rejection.
   *
   * @param reason why the token was refused
   * @param message what was wrong, naming what was expected; must not contain the token
   */
  public TokenRejectedException(Reason reason, String message) {
    super(Objects.requireNonNull(reason, "reason") + ": " + message);
    this.reason = reason;
  }

  /**
   * Tells why the token was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The HTTP status to answer with.
   *
   * @return {@code reason().httpStatus()}
   */
  public int httpStatus() {
    return reason.httpStatus();
  }

  /**
   * A {@code WWW-Authenticate} header value for the answer (RFC 6750 section 3); it names the error
   * code only, never the token.
   *
   * @return {@code Bearer} alone for {@link Reason#MISSING}, else {@code Bearer error="<code>"}
   */
  public String wwwAuthenticate() {
    return reason == Reason.MISSING ? "Bearer" : "Bearer error=\"" + reason.bearerError() + "\"";
  }
}
