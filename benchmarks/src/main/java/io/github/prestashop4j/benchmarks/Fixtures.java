package io.github.prestashop4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents recorded from a real PrestaShop 8.1.2 store (the webservice module's corpus, put on
 * this module's class path by its build), and pages of any size built from them.
 */
public final class Fixtures {
  /** Recorded {@code GET /api/products/1?output_format=JSON}. */
  public static final String PRODUCT_JSON = "get-product-1-json.response.json";

  /** Recorded {@code GET /api/products/1}. */
  public static final String PRODUCT_XML = "get-products-1.response.xml";

  /** Recorded {@code GET /api/products?display=full&output_format=JSON&limit=3}. */
  public static final String PRODUCTS_JSON = "list-products-full-json.response.json";

  /** Recorded {@code GET /api/products?display=full&limit=2}. */
  public static final String PRODUCTS_XML = "display-full-xml-list.response.xml";

  /** Recorded {@code GET /api/orders?display=full&output_format=JSON&limit=3}. */
  public static final String ORDERS_JSON = "list-orders-full-json.response.json";

  /** Recorded answer to {@code POST /api/customers}. */
  public static final String POST_CUSTOMER_XML = "post-customer.response.xml";

  /** Recorded {@code GET /api/states?display=full}: many small objects. */
  public static final String STATES_XML = "list-states.response.xml";

  /** One CloudSync raw order, as the fake cloud renders the demo store's order 1. */
  public static final String CLOUDSYNC_ORDER_JSON = "cloudsync-order.json";

  private Fixtures() {}

  /**
   * Reads a resource of this package.
   *
   * @param name the file name
   * @return its bytes
   */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a resource of this package as UTF-8 text.
   *
   * @param name the file name
   * @return its text
   */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static final Pattern JSON_ID = Pattern.compile("^\\{\"id\":\\d+");

  /**
   * A JSON list page of {@code count} products, the recorded products repeated with ids 1, 2, ...
   *
   * @param count how many products
   * @return the document's bytes
   */
  public static byte[] productsJson(int count) {
    return jsonPage(text(PRODUCTS_JSON), "products", count);
  }

  /**
   * An XML list page of {@code count} products, the recorded products repeated with ids 1, 2, ...
   *
   * @param count how many products
   * @return the document's bytes
   */
  public static byte[] productsXml(int count) {
    String doc = text(PRODUCTS_XML);
    int start = doc.indexOf("<product>");
    int end = doc.lastIndexOf("</product>") + "</product>".length();
    String[] items = doc.substring(start, end).split("(?<=</product>)\\s*");
    StringBuilder out = new StringBuilder(doc.length() * count / 2 + 256);
    out.append(doc, 0, start);
    Pattern id = Pattern.compile("<id><!\\[CDATA\\[\\d+]]></id>");
    for (int i = 0; i < count; i++) {
      String item = items[i % items.length];
      Matcher m = id.matcher(item);
      out.append(m.replaceFirst("<id><![CDATA[" + (i + 1) + "]]></id>")).append('\n');
    }
    out.append(doc.substring(end));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The items of a recorded JSON list, one string per item, for building pages.
   *
   * @param name the fixture
   * @param listName the list's key
   * @return the items' JSON text, each starting with {@code {"id":N}
   */
  static String[] jsonItems(String name, String listName) {
    return splitItems(text(name), listName);
  }

  private static String[] splitItems(String doc, String listName) {
    String head = "{\"" + listName + "\":[";
    if (!doc.startsWith(head) || !doc.endsWith("]}")) {
      throw new IllegalStateException("unexpected fixture layout for " + listName);
    }
    String body = doc.substring(head.length(), doc.length() - 2);
    // Items are top-level objects: split at depth 0, outside strings.
    java.util.List<String> items = new java.util.ArrayList<>();
    int depth = 0;
    boolean inString = false;
    int from = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          items.add(body.substring(from, i + 1));
          from = i + 2; // skip the comma
        }
      }
    }
    return items.toArray(String[]::new);
  }

  private static byte[] jsonPage(String doc, String listName, int count) {
    String[] items = splitItems(doc, listName);
    StringBuilder out = new StringBuilder(doc.length() * count / 2 + 64);
    out.append("{\"").append(listName).append("\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(withId(items[i % items.length], i + 1));
    }
    out.append("]}");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String withId(String item, long id) {
    return JSON_ID.matcher(item).replaceFirst("{\"id\":" + id);
  }
}
