package io.github.prestashop4j.account.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.github.prestashop4j.account.TokenRejectedException;
import io.github.prestashop4j.account.TokenRejectedException.Reason;
import io.github.prestashop4j.core.internal.Checks;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The verification steps both token verifiers share. Messages never quote the token or any value
 * taken from it: they name what was expected instead.
 */
public final class JwtChecks {
  /** Longest token accepted; a bigger one is refused before it is parsed. */
  public static final int MAX_TOKEN_CHARS = 16 * 1024;

  /** Largest leeway a verifier accepts. */
  public static final Duration MAX_LEEWAY = Duration.ofMinutes(15);

  private JwtChecks() {}

  /**
   * Parses a compact JWS and requires RS256; the token, not the verifier, never picks the
   * algorithm.
   *
   * @param token the compact token
   * @return the parsed, not yet verified token
   * @throws TokenRejectedException MISSING, MALFORMED or UNSUPPORTED_ALGORITHM
   */
  public static SignedJWT parseRs256(String token) {
    if (token == null || token.isBlank()) {
      throw new TokenRejectedException(Reason.MISSING, "no token was given");
    }
    if (token.length() > MAX_TOKEN_CHARS) {
      throw new TokenRejectedException(
          Reason.MALFORMED, "token is longer than " + MAX_TOKEN_CHARS + " characters");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token.strip());
    } catch (ParseException | RuntimeException e) {
      // The parser's message may quote parts of the token: keep none of it.
      throw new TokenRejectedException(Reason.MALFORMED, "token is not a well-formed JWT");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw new TokenRejectedException(
          Reason.UNSUPPORTED_ALGORITHM, "token is not signed; only RS256 is accepted");
    }
    if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
      throw new TokenRejectedException(
          Reason.UNSUPPORTED_ALGORITHM,
          "token is not signed with RS256, the only algorithm accepted");
    }
    return signed;
  }

  /**
   * Reads the claims of a parsed token.
   *
   * @param jwt the token
   * @return the claims, not yet trusted
   * @throws TokenRejectedException MALFORMED if the payload is not a JSON object
   */
  public static JWTClaimsSet claims(SignedJWT jwt) {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException | RuntimeException e) {
      throw new TokenRejectedException(Reason.MALFORMED, "token payload is not a JSON claims set");
    }
  }

  /**
   * Returns the key id the token names.
   *
   * @param jwt the token
   * @return the {@code kid}
   * @throws TokenRejectedException UNKNOWN_KEY if the header has no {@code kid}
   */
  public static String keyId(SignedJWT jwt) {
    String kid = jwt.getHeader().getKeyID();
    if (kid == null || kid.isBlank()) {
      throw new TokenRejectedException(Reason.UNKNOWN_KEY, "token header names no key (kid)");
    }
    return kid;
  }

  /**
   * Verifies the RS256 signature with a key chosen by the verifier.
   *
   * @param jwt the token
   * @param key the issuer's key for the token's {@code kid}
   * @throws TokenRejectedException BAD_SIGNATURE
   */
  public static void verifySignature(SignedJWT jwt, RSAPublicKey key) {
    boolean valid;
    try {
      valid = jwt.verify(new RSASSAVerifier(key));
    } catch (JOSEException | RuntimeException e) {
      valid = false;
    }
    if (!valid) {
      throw new TokenRejectedException(Reason.BAD_SIGNATURE, "token signature is not valid");
    }
  }

  /**
   * Checks {@code exp} (required), {@code nbf} and {@code iat} against the clock, with a leeway for
   * clock skew.
   *
   * @param claims the verified claims
   * @param now the current instant
   * @param leeway the tolerated clock skew
   * @throws TokenRejectedException MISSING_CLAIM, EXPIRED or NOT_YET_VALID
   */
  public static void checkTimes(JWTClaimsSet claims, Instant now, Duration leeway) {
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw new TokenRejectedException(Reason.MISSING_CLAIM, "token has no expiry (exp)");
    }
    if (!now.isBefore(exp.toInstant().plus(leeway))) {
      throw new TokenRejectedException(
          Reason.EXPIRED, "token expired at " + exp.toInstant() + " (leeway " + leeway + ")");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.plus(leeway).isBefore(nbf.toInstant())) {
      throw new TokenRejectedException(
          Reason.NOT_YET_VALID,
          "token is not valid before " + nbf.toInstant() + " (leeway " + leeway + ")");
    }
    Date iat = claims.getIssueTime();
    if (iat != null && now.plus(leeway).isBefore(iat.toInstant())) {
      throw new TokenRejectedException(
          Reason.NOT_YET_VALID,
          "token is issued in the future, at " + iat.toInstant() + " (leeway " + leeway + ")");
    }
  }

  /**
   * Checks a leeway setting.
   *
   * @param leeway the tolerated clock skew
   * @return the leeway
   * @throws IllegalArgumentException if negative or above {@link #MAX_LEEWAY}
   */
  public static Duration leeway(Duration leeway) {
    Checks.notNegative(leeway, "leeway");
    if (leeway.compareTo(MAX_LEEWAY) > 0) {
      throw new IllegalArgumentException("leeway: must be at most 15 minutes (got " + leeway + ")");
    }
    return leeway;
  }

  /**
   * The steps after the issuer check: finds the key the token's {@code kid} names, verifies the
   * signature with it and checks the validity period.
   *
   * @param jwt the token
   * @param claims its claims, read by {@link #claims(SignedJWT)}
   * @param keys the issuer's keys
   * @param unknownKey the message when the issuer has no key with the token's {@code kid}
   * @param now the current instant
   * @param leeway the tolerated clock skew
   * @return the claims, now verified
   * @throws TokenRejectedException UNKNOWN_KEY, BAD_SIGNATURE, MISSING_CLAIM, EXPIRED or
   *     NOT_YET_VALID
   */
  public static JWTClaimsSet verifiedClaims(
      SignedJWT jwt,
      JWTClaimsSet claims,
      KeyCache keys,
      String unknownKey,
      Instant now,
      Duration leeway) {
    RSAPublicKey key = keys.find(keyId(jwt));
    if (key == null) {
      throw new TokenRejectedException(Reason.UNKNOWN_KEY, unknownKey);
    }
    verifySignature(jwt, key);
    checkTimes(claims, now, leeway);
    return claims;
  }

  /**
   * Returns the subject, which every accepted token has.
   *
   * @param claims the verified claims
   * @return the {@code sub}
   * @throws TokenRejectedException MISSING_CLAIM if absent or blank
   */
  public static String requireSubject(JWTClaimsSet claims) {
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new TokenRejectedException(Reason.MISSING_CLAIM, "token has no subject (sub)");
    }
    return subject;
  }

  /**
   * Returns a claim that should be a non-blank string.
   *
   * @param claims the verified claims
   * @param name the claim
   * @return its value, or {@code null} if absent, blank or not a string
   */
  public static String stringClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String text && !text.isBlank() ? text : null;
  }

  /**
   * Returns {@code iat}.
   *
   * @param claims the verified claims
   * @return when the token was issued, or {@code null} if it does not say
   */
  public static Instant issuedAt(JWTClaimsSet claims) {
    Date iat = claims.getIssueTime();
    return iat == null ? null : iat.toInstant();
  }
}
