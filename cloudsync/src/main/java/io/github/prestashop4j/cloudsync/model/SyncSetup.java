package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.cloudsync.ShopContent;
import io.github.prestashop4j.core.internal.Frozen;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What CloudSync collects from a shop, from {@code GET /reporting/v1/shop-sync-setup/{shopId}}.
 *
 * <p>Every field, known or not, stays in {@link #fields()}. Immutable and thread-safe.
 */
public final class SyncSetup {
  private final Map<String, Object> fields;

  private SyncSetup(Map<String, ?> fields) {
    this.fields = Frozen.map(Objects.requireNonNull(fields, "fields"));
  }

  /**
   * Creates the value from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the value
   */
  public static SyncSetup of(Map<String, ?> fields) {
    return new SyncSetup(fields);
  }

  /**
   * Returns every field, in the server's order.
   *
   * @return an unmodifiable map; values may be {@code null}
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns {@code targetUrl}: the shop URL CloudSync pulls from.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> targetUrl() {
    return Fields.text(fields.get("targetUrl"));
  }

  /**
   * Returns the contents the merchant consented to share ({@code shopContent}).
   *
   * @return the contents, empty when none are listed; entries that are not valid shop contents
   *     (blank, or holding spaces) are left out
   */
  public List<ShopContent> shopContents() {
    return Fields.textList(fields.get("shopContent")).stream()
        .map(Fields::shopContent)
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Returns the languages synchronised ({@code shopLanguages}), as ISO codes.
   *
   * @return the languages, empty when none are listed
   */
  public List<String> shopLanguages() {
    return Fields.textList(fields.get("shopLanguages"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncSetup that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the field names only. */
  @Override
  public String toString() {
    return "SyncSetup" + fields.keySet();
  }
}
