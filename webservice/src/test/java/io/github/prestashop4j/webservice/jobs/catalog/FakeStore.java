package io.github.prestashop4j.webservice.jobs.catalog;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.QueryParameter;
import io.github.prestashop4j.webservice.internal.XmlReader;
import io.github.prestashop4j.webservice.internal.XmlWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A store's catalogue tables behind WireMock: products, combinations, stock_availables and product
 * images, answering listings with {@code filter[field]=[a|b]}, single reads, POST, PUT and PATCH
 * (one or several objects) as PrestaShop does, plus faults a test queues. Counts the requests in
 * flight (without waiting for anything).
 */
final class FakeStore implements ResponseDefinitionTransformerV2 {
  private final Map<String, TreeMap<Long, Entity>> tables = new HashMap<>();
  private final Map<Long, List<Long>> images = new HashMap<>();
  private final List<Fault> faults = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private long nextId = 100;
  private volatile String version = "8.1.2";

  /**
   * A queued fault: the first request matching method and path prefix after {@code after} others
   * gets it; with {@code applyFirst} the request is carried out before the error is answered.
   */
  record Fault(
      String method, String pathPrefix, int status, String code, boolean applyFirst, int after) {
    Fault(String method, String pathPrefix, int status, String code, boolean applyFirst) {
      this(method, pathPrefix, status, code, applyFirst, 0);
    }
  }

  FakeStore() {
    for (String table : List.of("products", "combinations", "stock_availables")) {
      tables.put(table, new TreeMap<>());
    }
  }

  void version(String version) {
    this.version = version;
  }

  synchronized void fail(Fault fault) {
    faults.add(fault);
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  synchronized List<Entity> rows(String table) {
    return List.copyOf(tables.get(table).values());
  }

  synchronized Entity product(String reference) {
    return tables.get("products").values().stream()
        .filter(p -> p.text("reference").orElse("").equals(reference))
        .findFirst()
        .orElseThrow();
  }

  synchronized List<Long> images(long productId) {
    return List.copyOf(images.getOrDefault(productId, List.of()));
  }

  @Override
  public String getName() {
    return "fake-store";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      return answer(event.getRequest());
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private synchronized ResponseDefinition answer(LoggedRequest request) {
    String method = request.getMethod().getName();
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    List<QueryParameter> query = q < 0 ? List.of() : Query.parse(url.substring(q + 1));
    Fault fault = null;
    for (int i = 0; i < faults.size(); i++) {
      Fault f = faults.get(i);
      if (f.method().equals(method) && path.startsWith(f.pathPrefix())) {
        if (f.after() > 0) {
          faults.set(
              i,
              new Fault(
                  f.method(), f.pathPrefix(), f.status(), f.code(), f.applyFirst(), f.after() - 1));
        } else {
          fault = faults.remove(i);
        }
        break;
      }
    }
    if (fault != null) {
      if (!fault.applyFirst()) {
        return error(fault.status(), fault.code());
      }
    }
    ResponseDefinition answer = route(method, path, query, request.getBody());
    return fault != null ? error(fault.status(), fault.code()) : answer;
  }

  private ResponseDefinition route(
      String method, String path, List<QueryParameter> query, byte[] body) {
    String[] parts = path.substring("/api/".length()).split("/");
    if (parts[0].equals("images")) {
      long productId = Long.parseLong(parts[2]);
      if (method.equals("POST")) {
        long imageId = ++nextId;
        images.computeIfAbsent(productId, k -> new ArrayList<>()).add(imageId);
        Entity product = tables.get("products").get(productId);
        List<Entity> links =
            images.get(productId).stream()
                .map(id -> Entity.builder("image").set("id", id.toString()).build())
                .toList();
        tables
            .get("products")
            .put(productId, product.toBuilder().association("images", links).build());
        return xml(
            200,
            "<prestashop><image><id>"
                + imageId
                + "</id><id_product>"
                + productId
                + "</id_product></image></prestashop>");
      }
      List<Long> ids = images.getOrDefault(productId, List.of());
      if (ids.isEmpty()) {
        return new ResponseDefinitionBuilder().withStatus(404).build();
      }
      return xml(
          200,
          "<prestashop><image id=\""
              + productId
              + "\">"
              + ids.stream()
                  .map(id -> "<declination id=\"" + id + "\"/>")
                  .collect(Collectors.joining())
              + "</image></prestashop>");
    }
    String table = parts[0];
    TreeMap<Long, Entity> rows = tables.get(table);
    String element =
        table.equals("stock_availables")
            ? "stock_available"
            : table.substring(0, table.length() - 1);
    switch (method) {
      case "GET":
        if (parts.length == 2) {
          Entity row = rows.get(Long.parseLong(parts[1]));
          return row == null
              ? new ResponseDefinitionBuilder().withStatus(404).build()
              : xml(
                  200, new String(XmlWriter.write(List.of(row), element), StandardCharsets.UTF_8));
        }
        return list(table, element, filter(rows, query));
      case "POST":
        {
          List<Entity> created = new ArrayList<>();
          for (Entity in : parse(body)) {
            long id = ++nextId;
            Entity row = in.toBuilder().set("id", Long.toString(id)).build();
            rows.put(id, row);
            created.add(row);
            if (table.equals("products")) {
              stockRow(id, 0);
            } else if (table.equals("combinations")) {
              stockRow(Long.parseLong(row.text("id_product").orElseThrow()), id);
            }
          }
          return xml(201, new String(XmlWriter.write(created, element), StandardCharsets.UTF_8));
        }
      case "PUT":
      case "PATCH":
        {
          List<Entity> written = new ArrayList<>();
          for (Entity in : parse(body)) {
            long id = in.id().orElseThrow();
            Entity before = rows.get(id);
            if (before == null) {
              return error(404, "87");
            }
            Entity after = merge(before, in);
            rows.put(id, after);
            written.add(after);
          }
          return xml(200, new String(XmlWriter.write(written, element), StandardCharsets.UTF_8));
        }
      default:
        return error(405, "23");
    }
  }

  private void stockRow(long productId, long combinationId) {
    long id = ++nextId;
    tables
        .get("stock_availables")
        .put(
            id,
            Entity.builder("stock_available")
                .set("id", Long.toString(id))
                .set("id_product", Long.toString(productId))
                .set("id_product_attribute", Long.toString(combinationId))
                .set("id_shop", "1")
                .set("quantity", "0")
                .set("depends_on_stock", "0")
                .set("out_of_stock", "2")
                .build());
  }

  // PUT and PATCH both keep what they do not send here: enough for what the import sends.
  private static Entity merge(Entity before, Entity in) {
    Entity.Builder out = before.toBuilder();
    in.fields()
        .forEach(
            (name, value) -> {
              if (value instanceof LocalizedText text) {
                LocalizedText merged = before.localized(name).orElse(LocalizedText.empty());
                for (Map.Entry<Integer, String> e : text.asMap().entrySet()) {
                  merged = merged.with(e.getKey(), e.getValue());
                }
                out.set(name, merged);
              } else {
                out.set(name, (String) value);
              }
            });
    in.associations().forEach(out::association);
    return out.build();
  }

  private static List<Entity> filter(TreeMap<Long, Entity> rows, List<QueryParameter> query) {
    List<Entity> out = new ArrayList<>(rows.values());
    for (QueryParameter p : query) {
      if (p.name().startsWith("filter[")) {
        String field = p.name().substring(7, p.name().length() - 1);
        String value = p.value().substring(1, p.value().length() - 1);
        Set<String> wanted =
            List.of(value.split("\\|")).stream()
                .map(v -> v.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        out.removeIf(e -> !wanted.contains(e.text(field).orElse("").toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static List<Entity> parse(byte[] body) {
    try {
      return XmlReader.read(new ByteArrayInputStream(body), 0).entities();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ResponseDefinition list(String table, String element, List<Entity> items) {
    String inner = new String(XmlWriter.write(items, element), StandardCharsets.UTF_8);
    int open = inner.indexOf('>', inner.indexOf("<prestashop")) + 1;
    int close = inner.lastIndexOf("</prestashop>");
    return xml(
        200,
        "<prestashop><"
            + table
            + ">"
            + inner.substring(open, close)
            + "</"
            + table
            + "></prestashop>");
  }

  private ResponseDefinition error(int status, String code) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "text/xml;charset=utf-8")
        .withHeader("PSWS-Version", version)
        .withBody(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><prestashop><errors><error><code><![CDATA["
                + code
                + "]]></code><message><![CDATA[fake error "
                + code
                + "]]></message></error></errors></prestashop>")
        .build();
  }

  private ResponseDefinition xml(int status, String body) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "text/xml;charset=utf-8")
        .withHeader("PSWS-Version", version)
        .withBody(body)
        .build();
  }
}
