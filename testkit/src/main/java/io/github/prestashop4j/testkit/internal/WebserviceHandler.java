package io.github.prestashop4j.testkit.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The Webservice ({@code /api/...}) of the fake store. */
public final class WebserviceHandler {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
  private static final String REALM =
      "Basic realm=\"Welcome to PrestaShop Webservice, please enter the authentication key as the"
          + " login. No password required.\"";

  private final Store store;
  private final Map<String, Map<String, Set<String>>> keys;
  private final String version;
  private final String shopName;
  private volatile Render render;
  private volatile String base;
  private ImageStore images;

  /**
   * @param keys key to (resource to allowed methods); resource {@code "*"} grants every resource
   */
  public WebserviceHandler(
      Store store, Map<String, Map<String, Set<String>>> keys, String shopName) {
    this.store = store;
    this.keys = keys;
    this.version = store.model.version;
    this.shopName = shopName;
  }

  void baseUrl(String base) {
    this.base = base;
    this.render = new Render(base, store);
  }

  void images(ImageStore images) {
    this.images = images;
  }

  /** Answers one request; never throws. */
  Answer handle(
      String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
    Request q = Request.parse(rawQuery);
    boolean json =
        "JSON".equals(q.get("output_format"))
            || "JSON".equals(q.get("io_format"))
            || "JSON".equals(headers.get("output-format"))
            || "JSON".equals(headers.get("io-format"));
    try {
      String key = key(headers, q);
      if (key == null) {
        return Answer.text(401, "text/html; charset=utf-8", "401 Unauthorized")
            .header("WWW-Authenticate", REALM);
      }
      Map<String, Set<String>> perms = keys.get(key);
      if (perms == null) {
        WsError e =
            key.length() != 32
                ? new WsError(401, 18, "Invalid authentication key format")
                : new WsError(401, 20, "Authentification key is not active")
                    .add(21, "No permission for this authentication key");
        return error(e, json, "0").header("WWW-Authenticate", REALM);
      }
      String m = method;
      if (q.get("ps_method") != null) {
        m = q.get("ps_method");
      }
      if (!METHODS.contains(m)) {
        throw new WsError(405, 23, "Method " + m + " is not valid");
      }
      String path = rawPath.startsWith("/api") ? rawPath.substring(4) : rawPath;
      List<String> segs = new ArrayList<>();
      for (String s : path.split("/")) {
        if (!s.isEmpty()) {
          segs.add(s);
        }
      }
      Answer a;
      if (segs.isEmpty()) {
        if (json) {
          return Answer.text(500, "text/html; charset=utf-8", "");
        }
        a = xml(200, rootListing(perms));
      } else if (segs.get(0).equals("images") && images != null) {
        checkPermission(perms, "images", m);
        a = images.handle(m, method, segs, q, headers, body, json, base);
      } else {
        a = resource(m, segs, q, headers, body, json, perms);
      }
      return finish(a, method, headers);
    } catch (WsError e) {
      return finish(error(e, json, version), method, headers);
    } catch (Query.PhpFatal e) {
      return Answer.text(500, "text/html; charset=utf-8", "");
    }
  }

  private Answer finish(Answer a, String method, Map<String, String> headers) {
    if (!a.headers.containsKey("PSWS-Version")) {
      a.header("PSWS-Version", version);
    }
    a.header("X-Powered-By", "PrestaShop Webservice");
    a.header("Access-Time", Long.toString(System.currentTimeMillis() / 1000));
    a.header("Execution-Time", "0.001");
    if (a.body != null && a.status < 300) {
      String sha1 = sha1(a.body);
      a.header("Content-Sha1", sha1);
      if (sha1.equals(headers.get("local-content-sha1"))) {
        Answer nm = Answer.empty(304);
        a.headers.forEach(
            (k, v) -> {
              if (!k.equals("Content-Type")) {
                nm.header(k, v);
              }
            });
        return nm;
      }
    }
    if (method.equals("HEAD")) {
      a.body = null;
    }
    return a;
  }

  static String sha1(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(Map<String, String> headers, Request q) {
    String auth = headers.get("authorization");
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return q.get("ws_key");
  }

  static Answer error(WsError e, boolean json, String version) {
    Answer a =
        json
            ? Answer.text(e.status, Answer.JSON, Render.errorsJson(e.errors))
            : Answer.text(e.status, Answer.XML, Render.errorsXml(e.errors));
    return a.header("PSWS-Version", version);
  }

  private static Answer xml(int status, String body) {
    return Answer.text(status, Answer.XML, body);
  }

  private static Answer json(int status, String body) {
    return Answer.text(status, Answer.JSON, body);
  }

  private static Set<String> allowed(Map<String, Set<String>> perms, String resource) {
    Set<String> s = perms.get(resource);
    return s != null ? s : perms.getOrDefault("*", Set.of());
  }

  private void checkPermission(Map<String, Set<String>> perms, String resource, String method) {
    Set<String> allowed = allowed(perms, resource);
    if (allowed.isEmpty()) {
      throw new WsError(
          401,
          26,
          "Resource of type \"" + resource + "\" is not allowed with this authentication key");
    }
    if (!allowed.contains(method)) {
      throw new WsError(
          405, 25, "Method " + method + " is not allowed for this authentication key");
    }
  }

  private String rootListing(Map<String, Set<String>> perms) {
    StringBuilder sb = new StringBuilder(Render.XML_HEAD);
    sb.append("<api shopName=\"").append(Text.attr(shopName)).append("\">\n");
    for (Model.Resource r : store.model.resources.values()) {
      Set<String> allowed = allowed(perms, r.name);
      if (allowed.isEmpty()) {
        continue;
      }
      StringBuilder flags = new StringBuilder();
      for (String m : List.of("GET", "PUT", "POST", "PATCH", "DELETE", "HEAD")) {
        flags
            .append(' ')
            .append(m.toLowerCase(Locale.ROOT))
            .append("=\"")
            .append(allowed.contains(m) && r.methods.contains(m))
            .append('"');
      }
      String url = base + "/api/" + r.name;
      sb.append('<')
          .append(r.name)
          .append(" xlink:href=\"")
          .append(url)
          .append('"')
          .append(flags)
          .append(">\n");
      sb.append("<description xlink:href=\"").append(url).append('"').append(flags).append(">\n");
      sb.append(Text.attr(r.description)).append("</description>\n");
      if (r.schema) {
        sb.append("<schema xlink:href=\"").append(url).append("?schema=blank\" type=\"blank\"/>\n");
        sb.append("<schema xlink:href=\"")
            .append(url)
            .append("?schema=synopsis\" type=\"synopsis\"/>\n");
      }
      sb.append("</").append(r.name).append(">\n");
    }
    return sb.append("</api>\n").append(Render.XML_TAIL).toString();
  }

  private Model.Resource lookup(String name) {
    Model.Resource r = store.model.resources.get(name);
    if (r == null) {
      List<String> names = new ArrayList<>(store.model.resources.keySet());
      throw new WsError(
          400,
          27,
          "Resource of type \""
              + name
              + "\" does not exists. Did you mean: \""
              + Text.closest(name, names)
              + "\"? The full list is: "
              + Text.quotedList(names));
    }
    return r;
  }

  private Answer resource(
      String m,
      List<String> segs,
      Request q,
      Map<String, String> headers,
      byte[] body,
      boolean json,
      Map<String, Set<String>> perms) {
    Model.Resource r = lookup(segs.get(0));
    if (!r.methods.contains(m)) {
      throw new WsError(405, 101, "Method " + m + " is not allowed for the resource " + r.name);
    }
    checkPermission(perms, r.name, m);
    String idSeg = segs.size() > 1 ? segs.get(1) : null;
    String shop = q.get("id_shop");
    if (shop != null && !shop.equals("all") && !shop.equals("1")) {
      return Answer.text(302, "text/html; charset=utf-8", "")
          .header("Location", base + "/?url=" + r.name);
    }
    String group = q.get("id_group_shop") != null ? q.get("id_group_shop") : q.get("id_shop_group");
    if (group != null && !group.equals("1")) {
      throw new WsError(500, 999, "This shop group doesn't have shops");
    }
    switch (m) {
      case "GET":
      case "HEAD":
        if (r.name.equals("search")) {
          return search(q, json);
        }
        return get(r, idSeg, q, json);
      case "DELETE":
        return delete(r, idSeg, q, json);
      default:
        return write(r, m, idSeg, q, body, json);
    }
  }

  // ---- reads

  private Answer get(Model.Resource r, String idSeg, Request q, boolean json) {
    String schema = q.get("schema");
    if (schema != null) {
      if (!schema.equals("blank") && !schema.equals("synopsis")) {
        throw WsError.listParameter(
            28,
            "Please select a schema of type 'synopsis' to get the whole schema informations (which"
                + " fields are required, which kind of content...) or 'blank' to get an empty"
                + " schema to fill before using POST request");
      }
      byte[] bytes = Model.resourceBytes(version, "schemas/" + r.name + "." + schema + ".xml");
      if (bytes == null) {
        throw new WsError(400, 28, "No schema for resource " + r.name);
      }
      String s =
          new String(bytes, StandardCharsets.UTF_8).replaceAll("http://127\\.0\\.0\\.1:\\d+", base);
      return xml(200, s);
    }
    if (q.price) {
      for (String k : q.params.keySet()) {
        if (k.startsWith("price[") && !k.matches("price\\[[A-Za-z0-9_]+\\].*")) {
          throw new WsError(400, 128, "Name for the virtual field is not allow");
        }
      }
    }
    boolean dates = "1".equals(q.get("date"));
    int[] langs = Query.languages(store, q.get("language"));
    store.lock.readLock().lock();
    try {
      if (idSeg != null) {
        long id = idSeg.matches("\\d{1,18}") ? Long.parseLong(idSeg) : -1;
        Store.Row row = store.get(r.name, id);
        if (row == null) {
          return Answer.empty(404);
        }
        if (q.get("display") != null) {
          Query.Display d = Query.display(r, q.get("display"), false);
          return json
              ? list(r, List.of(row), d, langs, true)
              : xml(200, render.xmlSingle(r, List.of(row), d, langs));
        }
        return json
            ? json(200, render.jsonSingle(r, row, langs))
            : xml(200, render.xmlSingle(r, List.of(row), langs));
      }
      Query.Display d = Query.display(r, q.get("display"), true);
      List<Query.Filter> filters = Query.filters(r, q.filters, dates);
      int sortLang = langs == null ? 0 : langs[0];
      Comparator<Store.Row> sort = Query.sort(r, q.get("sort"), dates, sortLang);
      long[] limit = Query.limit(q.get("limit"));
      List<Store.Row> rows = store.rows(r.name);
      if (!filters.isEmpty()) {
        List<Store.Row> kept = new ArrayList<>();
        for (Store.Row row : rows) {
          boolean ok = true;
          for (Query.Filter f : filters) {
            if (!Query.matches(f, row, langs, store.languages.length)) {
              ok = false;
              break;
            }
          }
          if (ok) {
            kept.add(row);
          }
        }
        rows = kept;
      }
      if (sort != null) {
        rows.sort(sort);
      }
      if (limit != null) {
        int from = (int) Math.min(rows.size(), limit[0]);
        int to = (int) Math.min(rows.size(), limit[0] + limit[1]);
        rows = rows.subList(from, to);
      }
      return list(r, rows, d, langs, json);
    } finally {
      store.lock.readLock().unlock();
    }
  }

  private Answer list(
      Model.Resource r, List<Store.Row> rows, Query.Display d, int[] langs, boolean json) {
    return json
        ? json(200, render.jsonList(r, rows, d, langs))
        : xml(200, render.xmlList(r, rows, d, langs));
  }

  private Answer search(Request q, boolean json) {
    String query = q.get("query");
    String language = q.get("language");
    if (query == null || language == null) {
      throw new WsError(
          400, 100, "You have to set both the 'language' and 'query' parameters to get a result");
    }
    if (q.get("display") != null) {
      throw new Query.PhpFatal();
    }
    int[] langs = Query.languages(store, language);
    String needle = query.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(json ? "{" : Render.XML_HEAD);
    store.lock.readLock().lock();
    try {
      boolean first = true;
      java.util.Set<Long> categories = new java.util.TreeSet<>();
      for (String res : List.of("products", "categories")) {
        Model.Resource r = store.model.resources.get(res);
        List<Store.Row> hits = new ArrayList<>();
        if (res.equals("categories")) {
          for (long c : categories) {
            Store.Row row = store.get(res, c);
            if (row != null) {
              hits.add(row);
            }
          }
        }
        for (Store.Row row : res.equals("products") ? store.rows(res) : List.<Store.Row>of()) {
          for (Model.Field f : r.fields) {
            if ((f.name.equals("name") || f.name.equals("description"))
                && row.value(f, langs[0]).toLowerCase(Locale.ROOT).contains(needle)) {
              hits.add(row);
              if (row.associations != null) {
                for (String[] c : row.associations.getOrDefault("categories", List.of())) {
                  categories.add(Text.phpInt(c[0]));
                }
              }
              break;
            }
          }
        }
        if (json) {
          if (!first) {
            sb.append(',');
          }
          render.jsonListBody(sb, r, hits, Query.Display.IDS, langs);
        } else {
          render.xmlListBody(sb, r, hits, Query.Display.IDS, langs);
        }
        first = false;
      }
    } finally {
      store.lock.readLock().unlock();
    }
    return json
        ? json(200, sb.append('}').toString())
        : xml(200, sb.append(Render.XML_TAIL).toString());
  }

  // ---- delete

  private Answer delete(Model.Resource r, String idSeg, Request q, boolean json) {
    List<Long> ids = new ArrayList<>();
    if (idSeg != null) {
      ids.add(Text.phpInt(idSeg));
    } else if (q.get("id") != null) {
      String v = q.get("id");
      if (v.startsWith("[") && v.endsWith("]")) {
        v = v.substring(1, v.length() - 1);
      }
      for (String p : v.split("[,|]")) {
        ids.add(Text.phpInt(p));
      }
    } else {
      throw new WsError(404, 3, "[PHP Warning #2] Undefined array key \"id\"")
          .add(87, "Id(s) not exists: 0");
    }
    store.lock.writeLock().lock();
    try {
      List<String> missing = new ArrayList<>();
      for (long id : ids) {
        if (store.get(r.name, id) == null) {
          missing.add(Long.toString(id));
        }
      }
      if (!missing.isEmpty()) {
        throw new WsError(404, 87, "Id(s) not exists: " + String.join(", ", missing));
      }
      ids.forEach(id -> store.remove(r.name, id));
    } finally {
      store.lock.writeLock().unlock();
    }
    return Answer.empty(200);
  }

  // ---- writes

  private static Document parse(byte[] body) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    String head =
        "XML error : String could not be parsed as XML\nXML length : "
            + text.length()
            + "\nOriginal XML : "
            + text;
    if (text.isBlank()) {
      throw new WsError(500, 127, head);
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(body));
    } catch (Exception e) {
      throw new WsError(500, 3, "[PHP Warning #2] simplexml_load_string(): Entity: parser error")
          .add(127, head);
    }
  }

  private static List<Element> children(Node n) {
    List<Element> out = new ArrayList<>();
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element) {
        out.add((Element) c);
      }
    }
    return out;
  }

  private Answer write(
      Model.Resource r, String m, String idSeg, Request q, byte[] body, boolean json) {
    Document doc = parse(body);
    List<Element> entities = new ArrayList<>();
    for (Element e : children(doc.getDocumentElement())) {
      if (e.getTagName().equals(r.singular)) {
        entities.add(e);
      }
    }
    if (entities.isEmpty()) {
      throw new WsError(500, 127, "XML error : no " + r.singular + " element found");
    }
    if (m.equals("PUT") && idSeg == null) {
      throw new WsError(400, 90, "id is required when modifying a resource");
    }
    if (!m.equals("POST")) {
      List<String> ids = new ArrayList<>();
      for (Element e : entities) {
        for (Element c : children(e)) {
          if (c.getTagName().equals("id")) {
            String v = c.getTextContent().trim();
            if (ids.contains(v)) {
              throw new WsError(400, 89, "id is duplicate in request");
            }
            ids.add(v);
          }
        }
      }
    }
    List<Store.Row> saved = new ArrayList<>();
    String pendingAssocError = null;
    store.lock.writeLock().lock();
    try {
      List<String> seenIds = new ArrayList<>();
      for (Element e : entities) {
        Map<String, Element> given = new LinkedHashMap<>();
        Element assocs = null;
        for (Element c : children(e)) {
          if (c.getTagName().equals("associations")) {
            assocs = c;
          } else {
            given.put(c.getTagName(), c);
          }
        }
        String idText = given.containsKey("id") ? given.get("id").getTextContent().trim() : "";
        Store.Row old = null;
        long id;
        if (m.equals("POST")) {
          if (!idText.isEmpty()) {
            throw new WsError(400, 91, "id is forbidden when adding a new resource");
          }
          id = -1;
        } else {
          if (idText.isEmpty()) {
            throw new WsError(400, 90, "id is required when modifying a resource");
          }
          if (seenIds.contains(idText)) {
            throw new WsError(400, 89, "id is duplicate in request");
          }
          seenIds.add(idText);
          id = Text.phpInt(idText);
          old = store.get(r.name, id);
          if (old == null) {
            throw new WsError(404, 92, "Invalid ID");
          }
        }
        for (Model.Field f : r.fields) {
          if (f.readOnly && given.containsKey(f.name) && !m.equals("POST")) {
            WsError err =
                new WsError(400, 3, "[PHP Warning #2] Undefined array key \"" + f.name + "\"");
            if (!version.startsWith("8")) {
              err.errors.clear();
            }
            throw err.add(
                93,
                "parameter \""
                    + f.name
                    + "\" not writable. Please remove this attribute of this XML");
          }
        }
        Object[] values = new Object[r.fields.size()];
        for (Model.Field f : r.fields) {
          Element g = given.get(f.name);
          Object current = old == null ? null : old.values[f.index];
          if (g != null && !f.readOnly) {
            values[f.index] = f.i18n ? i18nValue(g, current) : g.getTextContent();
          } else if (m.equals("PATCH") || f.readOnly || f.name.equals("date_add")) {
            values[f.index] = current != null ? current : blank(f);
          } else {
            values[f.index] = blank(f);
          }
        }
        if (!m.equals("PATCH")) {
          for (Model.Field f : r.fields) {
            if (f.required && isEmpty(values[f.index]) && !f.name.equals("id")) {
              throw new WsError(400, 41, "parameter \"" + f.name + "\" required");
            }
          }
        }
        for (Model.Field f : r.fields) {
          String problem = Validation.check(f, values[f.index]);
          if (problem != null) {
            throw new WsError(
                400,
                85,
                "Validation error: \"Property "
                    + r.className()
                    + "->"
                    + f.name
                    + " "
                    + problem
                    + "\"");
          }
        }
        Map<String, List<String[]>> assocValues =
            old == null || old.associations == null
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(old.associations);
        if (old == null) {
          for (Model.Association a : r.associations) {
            assocValues.put(a.name, List.of());
          }
        }
        if (assocs != null) {
          for (Element a : children(assocs)) {
            Model.Association def = r.associationsByName.get(a.getTagName());
            if (def == null) {
              pendingAssocError = a.getTagName();
              continue;
            }
            List<String[]> items = new ArrayList<>();
            for (Element item : children(a)) {
              String[] row = new String[def.fields.size()];
              java.util.Arrays.fill(row, "");
              for (Element fe : children(item)) {
                int i = def.fieldIndex(fe.getTagName());
                if (i >= 0) {
                  row[i] = fe.getTextContent();
                }
              }
              items.add(row);
            }
            assocValues.put(def.name, List.copyOf(items));
          }
        }
        if (id < 0) {
          id = store.nextId(r.name);
        }
        values[0] = Long.toString(id);
        String now = store.now();
        Model.Field dateAdd = r.byName.get("date_add");
        Model.Field dateUpd = r.byName.get("date_upd");
        if (dateAdd != null && (old == null || isEmpty(values[dateAdd.index]))) {
          values[dateAdd.index] = now;
        }
        if (dateUpd != null) {
          values[dateUpd.index] = now;
        }
        Store.Row row = new Store.Row(id, values, r.associations.isEmpty() ? null : assocValues);
        store.put(r.name, row);
        sideEffects(r, row, old == null);
        saved.add(row);
      }
    } finally {
      store.lock.writeLock().unlock();
    }
    if (pendingAssocError != null) {
      throw new WsError(400, 86, "The association \"" + pendingAssocError + "\" does not exists");
    }
    int status = m.equals("POST") ? 201 : 200;
    if (json) {
      // The store echoes the id it read from the XML, a string.
      return json(
          status,
          (saved.size() == 1
                  ? render.jsonSingle(r, saved.get(0), null)
                  : render.jsonList(r, saved, Query.Display.FULL, null))
              .replaceFirst("\\{\"id\":(\\d+)", "{\"id\":\"$1\""));
    }
    return xml(status, render.xmlSingle(r, saved, null));
  }

  /** What the store does besides saving: an order history moves its order to the new state. */
  private void sideEffects(Model.Resource r, Store.Row row, boolean created) {
    // Like ObjectModel hooks: a new product or combination gets its stock row in the shop.
    if (created && r.name.equals("products")) {
      addStockRow(row.id, 0);
    } else if (created && r.name.equals("combinations")) {
      Model.Field product = r.byName.get("id_product");
      if (product != null) {
        addStockRow(Text.phpInt(row.value(product, 0)), row.id);
      }
    }
    if (r.name.equals("order_histories")) {
      Model.Resource orders = store.model.resources.get("orders");
      Model.Field idOrder = r.byName.get("id_order");
      Model.Field state = r.byName.get("id_order_state");
      if (orders == null || idOrder == null || state == null) {
        return;
      }
      Store.Row order = store.get("orders", Text.phpInt(row.value(idOrder, 0)));
      if (order != null) {
        Object[] v = order.values.clone();
        Model.Field current = orders.byName.get("current_state");
        if (current != null) {
          v[current.index] = row.value(state, 0);
        }
        Model.Field upd = orders.byName.get("date_upd");
        if (upd != null) {
          v[upd.index] = store.now();
        }
        store.put("orders", new Store.Row(order.id, v, order.associations));
      }
    }
  }

  private void addStockRow(long productId, long combinationId) {
    Model.Resource stock = store.model.resources.get("stock_availables");
    if (stock == null) {
      return;
    }
    Object[] values = new Object[stock.fields.size()];
    for (Model.Field f : stock.fields) {
      values[f.index] = blank(f);
    }
    long id = store.nextId(stock.name);
    Map<String, String> set =
        Map.of(
            "id", Long.toString(id),
            "id_product", Long.toString(productId),
            "id_product_attribute", Long.toString(combinationId),
            "id_shop", "1",
            "id_shop_group", "0",
            "quantity", "0",
            "depends_on_stock", "0",
            "out_of_stock", "2");
    set.forEach(
        (name, value) -> {
          Model.Field f = stock.byName.get(name);
          if (f != null) {
            values[f.index] = value;
          }
        });
    store.put(stock.name, new Store.Row(id, values, null));
    // The product lists its stock rows in its stock_availables association.
    Model.Resource products = store.model.resources.get("products");
    Store.Row product = store.get("products", productId);
    Model.Association link =
        products == null ? null : products.associationsByName.get("stock_availables");
    if (product == null || link == null) {
      return;
    }
    String[] item = new String[link.fields.size()];
    java.util.Arrays.fill(item, "");
    int idIndex = link.fieldIndex("id");
    int combinationIndex = link.fieldIndex("id_product_attribute");
    if (idIndex >= 0) {
      item[idIndex] = Long.toString(id);
    }
    if (combinationIndex >= 0) {
      item[combinationIndex] = Long.toString(combinationId);
    }
    Map<String, List<String[]>> associations =
        product.associations == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(product.associations);
    List<String[]> items = new ArrayList<>(associations.getOrDefault(link.name, List.of()));
    items.add(item);
    associations.put(link.name, List.copyOf(items));
    store.put("products", new Store.Row(product.id, product.values, associations));
  }

  private Object i18nValue(Element g, Object current) {
    String[] out =
        current instanceof String[]
            ? ((String[]) current).clone()
            : new String[store.languages.length];
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = "";
      }
    }
    for (Element l : children(g)) {
      int i = store.langIndex(Text.phpInt(l.getAttribute("id")));
      if (i >= 0) {
        out[i] = l.getTextContent();
      }
    }
    return out;
  }

  private Object blank(Model.Field f) {
    if (f.i18n) {
      String[] a = new String[store.languages.length];
      java.util.Arrays.fill(a, "");
      return a;
    }
    return f.number || f.format.equals("isBool") ? "0" : "";
  }

  private static boolean isEmpty(Object v) {
    if (v instanceof String[]) {
      for (String s : (String[]) v) {
        if (s != null && !s.isEmpty()) {
          return false;
        }
      }
      return true;
    }
    return v == null || ((String) v).isEmpty();
  }
}
