package io.github.prestashop4j.account;

import java.util.List;
import java.util.Objects;

/**
 * Verifies a token and tells who it speaks for. Implementations are thread-safe.
 *
 * @see OAuth2TokenVerifier
 * @see FirebaseTokenVerifier
 */
@FunctionalInterface
public interface TokenVerifier {
  /**
   * Verifies a compact JWT.
   *
   * @param token the token, without the {@code Bearer } prefix
   * @return who the token speaks for
   * @throws TokenRejectedException if the token is refused; {@link TokenRejectedException#reason()}
   *     tells why
   * @throws io.github.prestashop4j.core.PrestaShopException if the issuer's keys could not be
   *     fetched
   */
  VerifiedIdentity verify(String token);

  /**
   * Combines verifiers of different issuers, for example the OAuth2 verifier and, during a
   * migration, the legacy Firebase one. Each is tried in order while the previous one refuses the
   * token with {@link TokenRejectedException.Reason#WRONG_ISSUER}; any other outcome is final.
   *
   * @param verifiers the verifiers, at least one
   * @return the combined verifier
   * @throws IllegalArgumentException if none is given
   */
  static TokenVerifier anyOf(TokenVerifier... verifiers) {
    List<TokenVerifier> list = List.of(verifiers);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("verifiers: at least one is required");
    }
    list.forEach(v -> Objects.requireNonNull(v, "verifiers"));
    return token -> {
      TokenRejectedException last = null;
      for (TokenVerifier verifier : list) {
        try {
          return verifier.verify(token);
        } catch (TokenRejectedException e) {
          if (e.reason() != TokenRejectedException.Reason.WRONG_ISSUER) {
            throw e;
          }
          last = e;
        }
      }
      throw new TokenRejectedException(
          TokenRejectedException.Reason.WRONG_ISSUER,
          "token is from none of the accepted issuers (last: " + last.getMessage() + ")");
    };
  }
}
