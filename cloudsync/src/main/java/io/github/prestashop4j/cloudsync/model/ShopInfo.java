package io.github.prestashop4j.cloudsync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The shop itself: version, settings and locale ({@code info} content): an item of {@code GET
 * /raw/v1/{shopId}/shop}.
 *
 * <p>The named accessors cover the fields known from ps_eventbus; every field, known or not, stays
 * in {@link #fields()}. Immutable and thread-safe; see {@link RawRecord} for the conversion rules.
 */
public final class ShopInfo extends RawRecord {
  private ShopInfo(Map<String, ?> fields) {
    super(fields);
  }

  /**
   * Creates an item from its fields, for example to build test data.
   *
   * @param fields the fields as decoded from JSON; copied
   * @return the item
   */
  public static ShopInfo of(Map<String, ?> fields) {
    return new ShopInfo(fields);
  }

  /**
   * Returns {@code cmsVersion}: the PrestaShop version.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> cmsVersion() {
    return text("cmsVersion");
  }

  /**
   * Returns {@code url}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> url() {
    return text("url");
  }

  /**
   * Returns {@code ssl}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> ssl() {
    return bool("ssl");
  }

  /**
   * Returns {@code timezone}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> timezone() {
    return text("timezone");
  }

  /**
   * Returns {@code countryCode}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> countryCode() {
    return text("countryCode");
  }

  /**
   * Returns {@code defaultLanguage}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> defaultLanguage() {
    return text("defaultLanguage");
  }

  /**
   * Returns {@code languages}: the shop's languages, as sent.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> languages() {
    return text("languages");
  }

  /**
   * Returns {@code defaultCurrency}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> defaultCurrency() {
    return text("defaultCurrency");
  }

  /**
   * Returns {@code currencies}: the shop's currencies, as sent.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> currencies() {
    return text("currencies");
  }

  /**
   * Returns {@code weightUnit}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> weightUnit() {
    return text("weightUnit");
  }

  /**
   * Returns {@code distanceUnit}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> distanceUnit() {
    return text("distanceUnit");
  }

  /**
   * Returns {@code volumeUnit}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> volumeUnit() {
    return text("volumeUnit");
  }

  /**
   * Returns {@code dimensionUnit}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> dimensionUnit() {
    return text("dimensionUnit");
  }

  /**
   * Returns {@code urlIsSimplified}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> urlIsSimplified() {
    return bool("urlIsSimplified");
  }

  /**
   * Returns {@code cartIsPersistent}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> cartIsPersistent() {
    return bool("cartIsPersistent");
  }

  /**
   * Returns {@code isOrderReturnEnabled}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Boolean> isOrderReturnEnabled() {
    return bool("isOrderReturnEnabled");
  }

  /**
   * Returns {@code orderReturnNbDays}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> orderReturnNbDays() {
    return longValue("orderReturnNbDays");
  }

  /**
   * Returns {@code phpVersion}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> phpVersion() {
    return text("phpVersion");
  }

  /**
   * Returns {@code httpServer}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<String> httpServer() {
    return text("httpServer");
  }

  /**
   * Returns {@code multiShopCount}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Long> multiShopCount() {
    return longValue("multiShopCount");
  }

  /**
   * Returns {@code folderCreatedAt}.
   *
   * @return the value, empty when absent or not convertible
   */
  public Optional<Instant> folderCreatedAt() {
    return instant("folderCreatedAt");
  }
}
