package io.github.prestashop4j.cloudsync;

import static io.github.prestashop4j.cloudsync.internal.Arguments.required;
import static io.github.prestashop4j.cloudsync.internal.Arguments.shopId;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.prestashop4j.cloudsync.internal.CloudSyncHttp;
import io.github.prestashop4j.cloudsync.model.ErrorReport;
import io.github.prestashop4j.cloudsync.model.SyncOnboarding;
import io.github.prestashop4j.cloudsync.model.SyncSetup;
import io.github.prestashop4j.cloudsync.model.SyncSummary;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.internal.Redaction;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CloudSync Reporting API, {@code /reporting/v1}: what a shop shares, how its syncs went and
 * which errors they met. Obtained from {@link CloudSyncClient#reporting()}. Thread-safe.
 */
public final class ReportingApi {
  private final CloudSyncHttp http;
  private final String path;

  ReportingApi(CloudSyncHttp http, String path) {
    this.http = http;
    this.path = path;
  }

  /**
   * Gets what CloudSync collects from a shop, {@code GET /reporting/v1/shop-sync-setup/{shopId}}.
   *
   * @param shopId the CloudSync shop id
   * @return the setup
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncSetup syncSetup(String shopId) {
    return syncSetup(shopId, RequestOptions.defaults());
  }

  /**
   * Gets what CloudSync collects from a shop, {@code GET /reporting/v1/shop-sync-setup/{shopId}}.
   *
   * @param shopId the CloudSync shop id
   * @param options per-call options
   * @return the setup
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncSetup syncSetup(String shopId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    URI uri = http.uri(path, List.of("shop-sync-setup", shopId(shopId)), Map.of());
    return SyncSetup.of(object(uri, http.get(uri, options)));
  }

  /**
   * Gets the sync status of every content of a shop, {@code GET
   * /reporting/v1/shop-sync-summary/{shopId}}.
   *
   * @param shopId the CloudSync shop id
   * @return the summary
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncSummary syncSummary(String shopId) {
    return syncSummary(shopId, RequestOptions.defaults());
  }

  /**
   * Gets the sync status of every content of a shop, {@code GET
   * /reporting/v1/shop-sync-summary/{shopId}}.
   *
   * @param shopId the CloudSync shop id
   * @param options per-call options
   * @return the summary
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncSummary syncSummary(String shopId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return summary(shopId, Map.of(), options);
  }

  /**
   * Gets the sync status of one content of a shop, {@code GET
   * /reporting/v1/shop-sync-summary/{shopId}?shopContent=}.
   *
   * @param shopId the CloudSync shop id
   * @param content the content
   * @return the summary
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncSummary syncSummary(String shopId, ShopContent content) {
    return syncSummary(shopId, content, RequestOptions.defaults());
  }

  /**
   * Gets the sync status of one content of a shop, {@code GET
   * /reporting/v1/shop-sync-summary/{shopId}?shopContent=}.
   *
   * @param shopId the CloudSync shop id
   * @param content the content
   * @param options per-call options
   * @return the summary
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncSummary syncSummary(String shopId, ShopContent content, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(content, "content");
    return summary(shopId, Map.of("shopContent", content.value()), options);
  }

  private SyncSummary summary(String shopId, Map<String, String> query, RequestOptions options) {
    URI uri = http.uri(path, List.of("shop-sync-summary", shopId(shopId)), query);
    JsonNode body = http.get(uri, options);
    if (!body.isObject() && !body.isArray()) {
      throw new DecodeException(
          "GET " + Redaction.uri(uri) + ": expected an object or an array", null);
    }
    return SyncSummary.of(http.toValue(body));
  }

  /**
   * Gets when a shop was onboarded, {@code GET /reporting/v1/shop-sync-onboarding/{shopId}}.
   *
   * @param shopId the CloudSync shop id
   * @return the onboarding dates
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncOnboarding onboarding(String shopId) {
    return onboarding(shopId, RequestOptions.defaults());
  }

  /**
   * Gets when a shop was onboarded, {@code GET /reporting/v1/shop-sync-onboarding/{shopId}}.
   *
   * @param shopId the CloudSync shop id
   * @param options per-call options
   * @return the onboarding dates
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncOnboarding onboarding(String shopId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    URI uri = http.uri(path, List.of("shop-sync-onboarding", shopId(shopId)), Map.of());
    return SyncOnboarding.of(object(uri, http.get(uri, options)));
  }

  /**
   * Gets the sync errors of every shop of a vendor, {@code GET
   * /reporting/v1/vendor/{vendorId}/errors?shopId=&start=&end=}.
   *
   * @param vendorId the vendor id PrestaShop gave you
   * @param query the period and, optionally, one shop
   * @return the report
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public ErrorReport vendorErrors(String vendorId, ErrorQuery query) {
    return vendorErrors(vendorId, query, RequestOptions.defaults());
  }

  /**
   * Gets the sync errors of every shop of a vendor, {@code GET
   * /reporting/v1/vendor/{vendorId}/errors?shopId=&start=&end=}.
   *
   * @param vendorId the vendor id PrestaShop gave you
   * @param query the period and, optionally, one shop
   * @param options per-call options
   * @return the report
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public ErrorReport vendorErrors(String vendorId, ErrorQuery query, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(query, "query");
    URI uri =
        http.uri(
            path,
            List.of("vendor", required(vendorId, "vendorId"), "errors"),
            query.parameters(true));
    return ErrorReport.of(object(uri, http.get(uri, options)));
  }

  /**
   * Gets the sync errors of one shop, {@code GET /reporting/v1/shop/{shopId}/errors?start=&end=}.
   *
   * @param shopId the CloudSync shop id
   * @param query the period; its shop id is ignored
   * @return the report
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public ErrorReport shopErrors(String shopId, ErrorQuery query) {
    return shopErrors(shopId, query, RequestOptions.defaults());
  }

  /**
   * Gets the sync errors of one shop, {@code GET /reporting/v1/shop/{shopId}/errors?start=&end=}.
   *
   * @param shopId the CloudSync shop id
   * @param query the period; its shop id is ignored
   * @param options per-call options
   * @return the report
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public ErrorReport shopErrors(String shopId, ErrorQuery query, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(query, "query");
    URI uri = http.uri(path, List.of("shop", shopId(shopId), "errors"), query.parameters(false));
    return ErrorReport.of(object(uri, http.get(uri, options)));
  }

  private Map<String, Object> object(URI uri, JsonNode body) {
    if (!body.isObject()) {
      throw new DecodeException("GET " + Redaction.uri(uri) + ": expected a JSON object", null);
    }
    return http.toMap(body);
  }

  @Override
  public String toString() {
    return "ReportingApi[" + path + "]";
  }
}
