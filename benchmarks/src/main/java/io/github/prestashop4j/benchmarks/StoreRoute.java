package io.github.prestashop4j.benchmarks;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Answers the Webservice requests the benchmarks send with recorded documents: product 1, product
 * pages of the requested size (built once per size), the answer to a customer creation. Remembers
 * the last URI asked so that the raw baseline can send exactly the SDK's request.
 */
public final class StoreRoute implements LoopbackServer.Route {
  static final String JSON = "application/json";
  static final String XML = "text/xml;charset=utf-8";

  private final byte[] productJson = Fixtures.bytes(Fixtures.PRODUCT_JSON);
  private final byte[] productXml = Fixtures.bytes(Fixtures.PRODUCT_XML);
  private final byte[] postCustomer = Fixtures.bytes(Fixtures.POST_CUSTOMER_XML);
  private final Map<Integer, byte[]> jsonPages = new ConcurrentHashMap<>();
  private final Map<Integer, byte[]> xmlPages = new ConcurrentHashMap<>();
  private volatile URI lastUri;

  @Override
  public LoopbackServer.Reply answer(String method, URI uri, byte[] body) {
    lastUri = uri;
    String path = uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    boolean json = query.contains("output_format=JSON");
    if (method.equals("POST") && path.equals("/api/customers")) {
      return new LoopbackServer.Reply(201, XML, postCustomer);
    }
    if (path.equals("/api/products/1")) {
      return LoopbackServer.Reply.ok(json ? JSON : XML, json ? productJson : productXml);
    }
    if (path.equals("/api/products")) {
      int count = limitCount(query);
      return json
          ? LoopbackServer.Reply.ok(JSON, page(jsonPages, count, n -> Fixtures.productsJson(n)))
          : LoopbackServer.Reply.ok(XML, page(xmlPages, count, n -> Fixtures.productsXml(n)));
    }
    return new LoopbackServer.Reply(404, XML, new byte[0]);
  }

  private static byte[] page(Map<Integer, byte[]> cache, int count, IntFunction<byte[]> build) {
    return cache.computeIfAbsent(count, build::apply);
  }

  /**
   * The count of a {@code limit=N} or {@code limit=offset,N} parameter (percent-encoded or not).
   *
   * @param rawQuery the raw query
   * @return the count, 100 when there is no limit
   */
  static int limitCount(String rawQuery) {
    for (String part : rawQuery.split("&")) {
      if (part.startsWith("limit=")) {
        String value = part.substring(6).replace("%2C", ",").replace("%2c", ",");
        int comma = value.indexOf(',');
        return Integer.parseInt(comma < 0 ? value : value.substring(comma + 1));
      }
    }
    return 100;
  }

  /**
   * The URI of the last request answered.
   *
   * @return the URI, null before the first request
   */
  public URI lastUri() {
    return lastUri;
  }
}
