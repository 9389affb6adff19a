package io.github.prestashop4j.cloudsync;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.prestashop4j.cloudsync.internal.Arguments;
import io.github.prestashop4j.cloudsync.internal.CloudSyncHttp;
import io.github.prestashop4j.cloudsync.model.RawRecord;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.core.paging.AutoPager;
import io.github.prestashop4j.core.paging.Page;
import io.github.prestashop4j.core.paging.Watermark;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One collection of one shop in the Expose Raw API, {@code /raw/v1/{shopId}/{collection}}: list
 * with paging, sorting and filters, walk every item lazily, get one item, pull changes
 * incrementally.
 *
 * <pre>{@code
 * RawCollection<Order> orders = cloudSync.shop(shopId).orders();
 * try (Stream<Order> paid = orders.stream(RawQuery.builder().filter("isPaid", true).build())) {
 *   paid.forEach(order -> ...);
 * }
 * }</pre>
 *
 * <p><b>Paging.</b> A listing answers {@code {kind, total, pagination:{offset,limit},
 * links:{first,last,prev,next}, items:[...]}}. The next page is the {@code links.next} URL when the
 * answer has one. An answer with {@code links} but no {@code next} is the last page; an answer
 * without {@code links} is followed by offset: while {@code total} says more items remain, or,
 * without {@code total}, while pages come back full. An empty page ends the listing, and so does a
 * {@code links.next} equal to the current URL. Links are only followed on the base URL's origin:
 * the token is never sent elsewhere.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the item type: a model of {@link io.github.prestashop4j.cloudsync.model}, or {@link
 *     RawRecord} for a collection this SDK does not name
 */
public final class RawCollection<T extends RawRecord> {
  private final CloudSyncHttp http;
  private final String rawPath;
  private final String shopId;
  private final String name;
  private final Function<Map<String, Object>, T> factory;

  RawCollection(
      CloudSyncHttp http,
      String rawPath,
      String shopId,
      String name,
      Function<Map<String, Object>, T> factory) {
    this.http = http;
    this.rawPath = rawPath;
    this.shopId = shopId;
    this.name = name;
    this.factory = factory;
  }

  /**
   * Returns the collection's name, as it appears in the path.
   *
   * @return for example {@code order-details}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the CloudSync shop id.
   *
   * @return the shop id
   */
  public String shopId() {
    return shopId;
  }

  /**
   * Requests the first page of a listing; further pages are requested by {@link Page#nextPage()}.
   *
   * @param query paging, sort and filters
   * @return the first page
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public Page<T> list(RawQuery query) {
    return list(query, RequestOptions.defaults());
  }

  /**
   * Requests the first page of a listing with per-call options; further pages use the same options.
   *
   * @param query paging, sort and filters
   * @param options per-call options
   * @return the first page
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public Page<T> list(RawQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    return fetch(listUri(query), query, options).page;
  }

  /**
   * Returns a lazy pager over every item of the listing, starting at the query's offset. Nothing is
   * requested until it is iterated; one page is held at a time.
   *
   * @param query paging, sort and filters; its limit is the page size
   * @return the pager
   */
  public AutoPager<T> listAll(RawQuery query) {
    Objects.requireNonNull(query, "query");
    return AutoPager.of(() -> list(query));
  }

  /**
   * Returns a lazy stream over every item of the listing; close it to stop requesting pages.
   *
   * @param query paging, sort and filters; its limit is the page size
   * @return the stream
   */
  public Stream<T> stream(RawQuery query) {
    return listAll(query).stream();
  }

  /**
   * Gets one item by its CloudSync id, {@code GET /raw/v1/{shopId}/{collection}/{id}}.
   *
   * @param id the item's id ({@link RawRecord#id()})
   * @return the item
   * @throws io.github.prestashop4j.core.NotFoundException if there is no such item
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public T get(String id) {
    return get(id, RequestOptions.defaults());
  }

  /**
   * Gets one item by its CloudSync id, with per-call options.
   *
   * @param id the item's id
   * @param options per-call options
   * @return the item
   * @throws io.github.prestashop4j.core.NotFoundException if there is no such item
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public T get(String id, RequestOptions options) {
    Arguments.required(id, "id");
    URI uri = http.uri(rawPath, List.of(shopId, name, id), Map.of());
    return factory.apply(item(http, uri, http.get(uri, options)));
  }

  /**
   * Starts an incremental pull of this collection on a change field: every item changed since a
   * {@link Watermark}, each exactly once per change, in timestamp order.
   *
   * @param field the timestamp to follow
   * @return a builder
   */
  public IncrementalPull<T> incremental(ChangeField field) {
    return new IncrementalPull<>(this, Objects.requireNonNull(field, "field"));
  }

  /** Reads {@code {kind, item}}, or a bare object, as one item. */
  static Map<String, Object> item(CloudSyncHttp http, URI uri, JsonNode body) {
    JsonNode item = body.has("item") ? body.get("item") : body;
    if (item == null || !item.isObject()) {
      throw new DecodeException("GET " + Redaction.uri(uri) + ": expected an item object", null);
    }
    return http.toMap(item);
  }

  URI listUri(RawQuery query) {
    return http.uri(rawPath, List.of(shopId, name), query.parameters());
  }

  /** One fetched page plus what the incremental pull needs to know about it. */
  static final class Fetched<T> {
    final Page<T> page;

    /**
     * The next page's URI: the {@code links.next} URL or the next offset; null on the last page.
     */
    final URI next;

    Fetched(Page<T> page, URI next) {
      this.page = page;
      this.next = next;
    }
  }

  Fetched<T> fetch(URI uri, RawQuery query, RequestOptions options) {
    Map<String, Object> body = http.getObject(uri, options);
    if (body == null || !(body.get("items") instanceof List<?> items)) {
      throw new DecodeException("GET " + Redaction.uri(uri) + ": expected an items array", null);
    }
    List<T> page = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> fields)) {
        throw new DecodeException(
            "GET " + Redaction.uri(uri) + ": an element of items is not an object", null);
      }
      @SuppressWarnings("unchecked") // read as a JSON object: string keys
      Map<String, Object> object = (Map<String, Object>) fields;
      page.add(factory.apply(object));
    }
    URI next = page.isEmpty() ? null : next(uri, body, query, page.size());
    if (next == null) {
      return new Fetched<>(Page.last(page), null);
    }
    return new Fetched<>(Page.of(page, () -> fetch(next, query, options).page), next);
  }

  private URI next(URI current, Map<String, Object> body, RawQuery query, int count) {
    if (body.get("links") instanceof Map<?, ?> links) {
      if (!(links.get("next") instanceof String next) || next.isBlank()) {
        return null;
      }
      URI uri = http.resolveLink(current, next);
      return uri.equals(current) ? null : uri;
    }
    Map<?, ?> pagination = body.get("pagination") instanceof Map<?, ?> map ? map : Map.of();
    Integer pageOffset = whole(pagination.get("offset"));
    int offset = pageOffset != null ? pageOffset : offsetOf(current);
    int nextOffset = offset + count;
    if (body.get("total") instanceof Number total && isWhole(total)) {
      if (nextOffset >= total.longValue()) {
        return null;
      }
    } else {
      Integer pageLimit = whole(pagination.get("limit"));
      Integer limit = pageLimit != null ? pageLimit : query.limit();
      if (limit == null || count < limit) {
        return null;
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
    parameters.put("offset", Integer.toString(nextOffset));
    return http.uri(rawPath, List.of(shopId, name), parameters);
  }

  // A JSON number that is a whole int (pagination fields); null for anything else.
  private static Integer whole(Object value) {
    return value instanceof Number number
            && isWhole(number)
            && number.longValue() >= Integer.MIN_VALUE
            && number.longValue() <= Integer.MAX_VALUE
        ? number.intValue()
        : null;
  }

  // Jackson reads a whole JSON number as Integer or Long (BigInteger beyond), a fraction as
  // BigDecimal: neither of the last two is a count.
  private static boolean isWhole(Number number) {
    return number instanceof Integer || number instanceof Long;
  }

  /**
   * The offset the request asked for: read from its URI rather than the first page's query, so that
   * the third page of a listing without {@code pagination} does not ask for the second again.
   */
  private static int offsetOf(URI uri) {
    String query = uri.getRawQuery();
    if (query != null) {
      for (String parameter : query.split("&")) {
        if (parameter.startsWith("offset=")) {
          try {
            return Integer.parseInt(parameter.substring("offset=".length()));
          } catch (NumberFormatException e) {
            return 0;
          }
        }
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return "RawCollection[" + name + "]";
  }
}
