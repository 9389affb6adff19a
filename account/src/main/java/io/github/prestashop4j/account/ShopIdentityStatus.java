package io.github.prestashop4j.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Accounts API tells about a shop's identity ({@code GET
 * /v1/shop-identities/{id}/status}): whether it is verified, its URLs and its point of contact
 * (owner).
 *
 * <p>Immutable and tolerant: absent fields are empty, fields this class does not name are kept in
 * {@link #otherFields()}, and a time that cannot be read is empty here but kept as text in {@link
 * #rawField(String)}.
 */
public final class ShopIdentityStatus {
  private static final Set<String> KNOWN =
      Set.of(
          "cloudShopId",
          "isVerified",
          "verified",
          "frontendUrl",
          "backOfficeUrl",
          "shopVerificationErrorCode",
          "pointOfContactUuid",
          "pointOfContactEmail",
          "createdAt",
          "updatedAt",
          "verifiedAt",
          "unverifiedAt");

  private final Map<String, Object> fields;
  private final Map<String, Object> otherFields;

  private ShopIdentityStatus(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
    Map<String, Object> others = new LinkedHashMap<>(fields);
    others.keySet().removeAll(KNOWN);
    this.otherFields = Collections.unmodifiableMap(others);
  }

  // Reads the JSON object the API answered; the caller checked it is an object.
  static ShopIdentityStatus fromJson(JsonNode root, ObjectMapper mapper) {
    Map<String, Object> fields = new LinkedHashMap<>();
    root.properties()
        .forEach(e -> fields.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class)));
    return new ShopIdentityStatus(fields);
  }

  /**
   * The shop's UUID (cloudShopId).
   *
   * @return the UUID, empty if the API did not send it
   */
  public Optional<String> cloudShopId() {
    return text("cloudShopId");
  }

  /**
   * Tells whether the shop's identity is verified ({@code isVerified}).
   *
   * @return {@code true} only if the API said so
   */
  public boolean verified() {
    Object value =
        fields.containsKey("isVerified") ? fields.get("isVerified") : fields.get("verified");
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /**
   * The shop's front office URL.
   *
   * @return the URL, empty if absent
   */
  public Optional<String> frontendUrl() {
    return text("frontendUrl");
  }

  /**
   * The shop's back office URL.
   *
   * @return the URL, empty if absent
   */
  public Optional<String> backOfficeUrl() {
    return text("backOfficeUrl");
  }

  /**
   * Why the last verification failed, as the API codes it.
   *
   * @return the code, empty when there is none
   */
  public Optional<String> shopVerificationErrorCode() {
    return text("shopVerificationErrorCode");
  }

  /**
   * The UUID of the shop's point of contact, the owner; it stays the same when the owner changes
   * email and changes when the shop changes hands.
   *
   * @return the owner UUID, empty when no point of contact is set
   */
  public Optional<String> pointOfContactUuid() {
    return text("pointOfContactUuid");
  }

  /**
   * The email address of the shop's point of contact.
   *
   * @return the address, empty when no point of contact is set
   */
  public Optional<String> pointOfContactEmail() {
    return text("pointOfContactEmail");
  }

  /**
   * When the identity was created.
   *
   * @return the instant, empty if absent or not an ISO-8601 time
   */
  public Optional<Instant> createdAt() {
    return instant("createdAt");
  }

  /**
   * When the identity was last updated.
   *
   * @return the instant, empty if absent or not an ISO-8601 time
   */
  public Optional<Instant> updatedAt() {
    return instant("updatedAt");
  }

  /**
   * When the shop was verified.
   *
   * @return the instant, empty if absent or not an ISO-8601 time
   */
  public Optional<Instant> verifiedAt() {
    return instant("verifiedAt");
  }

  /**
   * When the shop lost its verification.
   *
   * @return the instant, empty if absent or not an ISO-8601 time
   */
  public Optional<Instant> unverifiedAt() {
    return instant("unverifiedAt");
  }

  /**
   * The fields this class does not name, as the API sent them: strings, numbers, booleans, lists
   * and maps.
   *
   * @return the other fields, unmodifiable
   */
  public Map<String, Object> otherFields() {
    return otherFields;
  }

  /**
   * Any field as the API sent it, named or not.
   *
   * @param name the JSON field name, for example {@code createdAt}
   * @return the value, empty when absent or {@code null}
   */
  public Optional<Object> rawField(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  private Optional<String> text(String name) {
    Object value = fields.get(name);
    return value == null || value instanceof Map || value instanceof java.util.List
        ? Optional.empty()
        : Optional.of(String.valueOf(value)).filter(s -> !s.isBlank());
  }

  private Optional<Instant> instant(String name) {
    return text(name)
        .flatMap(
            value -> {
              try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
              } catch (DateTimeParseException e) {
                try {
                  return Optional.of(Instant.parse(value));
                } catch (DateTimeParseException again) {
                  return Optional.empty();
                }
              }
            });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShopIdentityStatus that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the shop UUID, verification and URLs; not the point of contact's email. */
  @Override
  public String toString() {
    return "ShopIdentityStatus[cloudShopId="
        + cloudShopId().orElse(null)
        + ", verified="
        + verified()
        + ", frontendUrl="
        + frontendUrl().orElse(null)
        + ", backOfficeUrl="
        + backOfficeUrl().orElse(null)
        + ", pointOfContactUuid="
        + pointOfContactUuid().orElse(null)
        + "]";
  }
}
