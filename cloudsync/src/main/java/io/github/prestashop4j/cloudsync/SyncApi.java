package io.github.prestashop4j.cloudsync;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.prestashop4j.cloudsync.internal.Arguments;
import io.github.prestashop4j.cloudsync.internal.CloudSyncHttp;
import io.github.prestashop4j.cloudsync.model.SyncTriggerResult;
import io.github.prestashop4j.core.RequestOptions;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CloudSync Sync API, {@code /sync/v1}: asks CloudSync to pull a shop's data now. Obtained from
 * {@link CloudSyncClient#sync()}. A trigger is a POST: it is retried only when the request provably
 * never reached the server. Thread-safe.
 */
public final class SyncApi {
  private final CloudSyncHttp http;
  private final String path;

  SyncApi(CloudSyncHttp http, String path) {
    this.http = http;
    this.path = path;
  }

  /**
   * Triggers an incremental sync of some contents, {@code POST /sync/v1/sync/trigger} with {@code
   * {"shopId", "shopContents"}}.
   *
   * @param shopId the CloudSync shop id
   * @param contents the contents to sync; at least one
   * @return the server's answer
   * @throws IllegalArgumentException if no content is given
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncTriggerResult trigger(String shopId, Collection<ShopContent> contents) {
    return trigger(shopId, contents, RequestOptions.defaults());
  }

  /**
   * Triggers an incremental sync of some contents, {@code POST /sync/v1/sync/trigger} with {@code
   * {"shopId", "shopContents"}}.
   *
   * @param shopId the CloudSync shop id
   * @param contents the contents to sync; at least one
   * @param options per-call options
   * @return the server's answer
   * @throws IllegalArgumentException if no content is given
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncTriggerResult trigger(
      String shopId, Collection<ShopContent> contents, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return send("trigger", shopId, contents, options);
  }

  /**
   * Triggers a full sync of some contents, {@code POST /sync/v1/sync/trigger-full}: the shop sends
   * everything again.
   *
   * @param shopId the CloudSync shop id
   * @param contents the contents to sync; at least one
   * @return the server's answer
   * @throws IllegalArgumentException if no content is given
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncTriggerResult triggerFull(String shopId, Collection<ShopContent> contents) {
    return triggerFull(shopId, contents, RequestOptions.defaults());
  }

  /**
   * Triggers a full sync of some contents, {@code POST /sync/v1/sync/trigger-full}: the shop sends
   * everything again.
   *
   * @param shopId the CloudSync shop id
   * @param contents the contents to sync; at least one
   * @param options per-call options
   * @return the server's answer
   * @throws IllegalArgumentException if no content is given
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public SyncTriggerResult triggerFull(
      String shopId, Collection<ShopContent> contents, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return send("trigger-full", shopId, contents, options);
  }

  private SyncTriggerResult send(
      String action, String shopId, Collection<ShopContent> contents, RequestOptions options) {
    Arguments.shopId(shopId);
    Objects.requireNonNull(contents, "contents");
    if (contents.isEmpty()) {
      throw new IllegalArgumentException("contents: must name at least one shop content");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("shopId", shopId);
    body.put(
        "shopContents",
        contents.stream().map(c -> Objects.requireNonNull(c, "contents").value()).toList());
    URI uri = http.uri(path, List.of("sync", action), Map.of());
    JsonNode answer = http.post(uri, body, options);
    return SyncTriggerResult.of(
        answer.isObject() ? http.toMap(answer) : resultOf(http.toValue(answer)));
  }

  // A bare string or an empty body is kept as the result rather than refused.
  private static Map<String, Object> resultOf(Object value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (value != null) {
      fields.put("result", value);
    }
    return fields;
  }

  @Override
  public String toString() {
    return "SyncApi[" + path + "]";
  }
}
