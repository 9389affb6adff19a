package io.github.prestashop4j.account;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a verified token speaks for: its issuer, subject, the shop and the owner it identifies, its
 * audiences, scopes and validity. Only a {@link TokenVerifier} creates one, after the signature and
 * every required claim were checked.
 *
 * <p>Immutable. It keeps the token's claims, not the token itself; {@code toString()} shows no
 * email address.
 */
public final class VerifiedIdentity {
  /** Which kind of token was verified. */
  public enum Kind {
    /** An access token of PrestaShop's OAuth2 authorization server. */
    OAUTH2,
    /**
     * A legacy Firebase shop token (deprecated by PrestaShop, see {@link FirebaseTokenVerifier}).
     */
    LEGACY_FIREBASE_SHOP,
    /**
     * A legacy Firebase owner token (deprecated by PrestaShop, see {@link FirebaseTokenVerifier}).
     */
    LEGACY_FIREBASE_OWNER
  }

  private final Kind kind;
  private final String issuer;
  private final String subject;
  private final String shopUuid;
  private final String ownerUuid;
  private final String email;
  private final List<String> audiences;
  private final List<String> scopes;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private final Map<String, Object> claims;

  // Arguments in the order of the fields; nullable: shopUuid, ownerUuid, email, issuedAt.
  VerifiedIdentity(
      Kind kind,
      String issuer,
      String subject,
      String shopUuid,
      String ownerUuid,
      String email,
      List<String> audiences,
      List<String> scopes,
      Instant issuedAt,
      Instant expiresAt,
      Map<String, Object> claims) {
    this.kind = Objects.requireNonNull(kind);
    this.issuer = Objects.requireNonNull(issuer);
    this.subject = Objects.requireNonNull(subject);
    this.shopUuid = shopUuid;
    this.ownerUuid = ownerUuid;
    this.email = email;
    this.audiences = List.copyOf(audiences);
    this.scopes = List.copyOf(scopes);
    this.issuedAt = issuedAt;
    this.expiresAt = Objects.requireNonNull(expiresAt);
    this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
  }

  /**
   * Which kind of token this was.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The issuer ({@code iss}).
   *
   * @return for example {@code https://oauth.prestashop.com/}
   */
  public String issuer() {
    return issuer;
  }

  /**
   * The subject ({@code sub}). In OAuth2 shop tokens it is the shop's OAuth2 client, in user tokens
   * the owner's UUID, in legacy Firebase tokens the shop's or the owner's UUID.
   *
   * @return the subject, never empty
   */
  public String subject() {
    return subject;
  }

  /**
   * The shop's UUID (its cloudShopId): from the {@code store/<id>} audience of an OAuth2 shop
   * token, or the subject of a legacy Firebase shop token.
   *
   * @return the shop UUID, empty when the token does not identify a shop
   */
  public Optional<String> shopUuid() {
    return Optional.ofNullable(shopUuid);
  }

  /**
   * The owner's (point of contact's) UUID: the subject of a user token, that is an OAuth2 token
   * carrying an {@code email} claim, or of a legacy Firebase owner token.
   *
   * @return the owner UUID, empty for machine tokens
   */
  public Optional<String> ownerUuid() {
    return Optional.ofNullable(ownerUuid);
  }

  /**
   * The {@code email} claim.
   *
   * @return the email address, empty when the token has none
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * The audiences ({@code aud}).
   *
   * @return the audiences, in the token's order
   */
  public List<String> audiences() {
    return audiences;
  }

  /**
   * The scopes ({@code scp}).
   *
   * @return the scopes, empty when the token has none (legacy Firebase tokens never do)
   */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Tells whether the token was granted a scope.
   *
   * @param scope for example {@code shop.verified}
   * @return {@code true} if {@link #scopes()} contains it
   */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /**
   * When the token was issued ({@code iat}).
   *
   * @return the instant, empty when the token does not say
   */
  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /**
   * When the token expires ({@code exp}).
   *
   * @return the instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Every claim of the verified token, for those this class does not name. Times are {@link
   * java.util.Date}s, arrays are lists, objects are maps.
   *
   * @return the claims, unmodifiable
   */
  public Map<String, Object> claims() {
    return claims;
  }

  /** Shows kind, subject, shop, owner, scopes and expiry; no email address. */
  @Override
  public String toString() {
    return "VerifiedIdentity[kind="
        + kind
        + ", subject="
        + subject
        + ", shopUuid="
        + shopUuid
        + ", ownerUuid="
        + ownerUuid
        + ", scopes="
        + scopes
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
