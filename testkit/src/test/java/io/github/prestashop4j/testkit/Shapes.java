package io.github.prestashop4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The structure of a response body with the values left out: element and attribute names, field
 * names, JSON value kinds, and error codes (which are structure to a client). Repeated siblings
 * count once, so lists of different lengths with items of the same shape compare equal, but an
 * empty list does not equal a non-empty one.
 */
final class Shapes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Shapes() {}

  static String of(String kind, byte[] body) {
    if (body == null || body.length == 0) {
      return "empty";
    }
    try {
      return switch (kind) {
        case "xml" -> xml(body);
        case "json" -> json(JSON.readTree(body));
        default -> kind;
      };
    } catch (Exception e) {
      return "unparsable " + kind;
    }
  }

  private static String xml(byte[] body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root =
        f.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
    return element(root);
  }

  private static String element(Element e) {
    StringBuilder sb = new StringBuilder(e.getTagName());
    NamedNodeMap attrs = e.getAttributes();
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < attrs.getLength(); i++) {
      names.add(attrs.item(i).getNodeName());
    }
    if (!names.isEmpty()) {
      sb.append(names);
    }
    if (e.getTagName().equals("code")) {
      sb.append('=').append(e.getTextContent().trim());
    }
    Set<String> children = new LinkedHashSet<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element) {
        children.add(element((Element) c));
      }
    }
    if (!children.isEmpty()) {
      sb.append('(').append(String.join(",", children)).append(')');
    }
    return sb.toString();
  }

  private static String json(JsonNode n) {
    if (n.isObject()) {
      List<String> parts = new ArrayList<>();
      Iterator<String> it = n.fieldNames();
      Set<String> keys = new TreeSet<>();
      it.forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode v = n.get(k);
        parts.add(k.equals("code") && v.isNumber() ? k + "=" + v.asText() : k + ":" + json(v));
      }
      return "{" + String.join(",", parts) + "}";
    }
    if (n.isArray()) {
      Set<String> items = new LinkedHashSet<>();
      n.forEach(x -> items.add(json(x)));
      return "[" + String.join(",", items) + "]";
    }
    if (n.isNumber()) {
      return "n";
    }
    if (n.isTextual()) {
      return "s";
    }
    if (n.isBoolean()) {
      return "b";
    }
    return "null";
  }

  static String kind(String contentType, byte[] body) {
    if (contentType == null) {
      return body == null || body.length == 0 ? "none" : "unknown";
    }
    String ct = contentType.toLowerCase(java.util.Locale.ROOT);
    if (ct.contains("xml")) {
      return "xml";
    }
    if (ct.contains("json")) {
      return "json";
    }
    if (ct.startsWith("image/")) {
      return "image";
    }
    return "text";
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
