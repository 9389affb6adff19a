package io.github.prestashop4j.webservice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads recorded bodies independently of the SDK's decoders (DOM for XML, a Jackson tree for JSON),
 * so that the replay compares the SDK against a second reading of the same bytes.
 */
public final class Oracle {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Oracle() {}

  /**
   * One object as the oracle reads it: scalar field texts (multilingual fields as {@code id=text}
   * maps) in order, associations excluded.
   *
   * @param id the id, or null
   * @param fields field values by name
   */
  public record Item(String id, Map<String, Object> fields) {}

  /**
   * Reads the objects of a recorded success body.
   *
   * @param body the body
   * @param json whether it is JSON
   * @return the objects in order
   */
  public static List<Item> items(byte[] body, boolean json) throws Exception {
    return json ? jsonItems(body) : xmlItems(body);
  }

  /**
   * Reads the error codes of a recorded error body.
   *
   * @param body the body
   * @param json whether it is JSON
   * @return the codes in order, empty if none could be read
   */
  public static List<Integer> errorCodes(byte[] body, boolean json) {
    List<Integer> codes = new ArrayList<>();
    try {
      if (json) {
        for (JsonNode error : JSON.readTree(body).path("errors")) {
          codes.add(error.get("code").asInt());
        }
      } else {
        org.w3c.dom.NodeList list = parse(body).getElementsByTagName("code");
        for (int i = 0; i < list.getLength(); i++) {
          codes.add(Integer.parseInt(list.item(i).getTextContent().trim()));
        }
      }
    } catch (Exception e) {
      return List.of();
    }
    return codes;
  }

  private static List<Item> jsonItems(byte[] body) throws Exception {
    List<Item> items = new ArrayList<>();
    if (body.length == 0) {
      return items;
    }
    JsonNode root = JSON.readTree(body);
    if (root.isArray()) {
      return items;
    }
    for (Map.Entry<String, JsonNode> section : iterable(root)) {
      if (section.getValue().isArray()) {
        for (JsonNode item : section.getValue()) {
          items.add(jsonItem(item));
        }
      } else {
        items.add(jsonItem(section.getValue()));
      }
    }
    return items;
  }

  private static Item jsonItem(JsonNode node) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : iterable(node)) {
      JsonNode value = field.getValue();
      if (field.getKey().equals("associations")) {
        continue;
      }
      if (value.isArray()) {
        if (value.size() > 0 && value.get(0).has("value")) {
          Map<String, String> languages = new LinkedHashMap<>();
          value.forEach(
              l ->
                  languages.put(
                      l.get("id").asText(),
                      l.get("value").isNull() ? "" : l.get("value").asText()));
          fields.put(field.getKey(), languages);
        }
      } else if (value.isNull()) {
        fields.put(field.getKey(), "");
      } else if (value.isValueNode()) {
        fields.put(field.getKey(), value.asText());
      }
    }
    return new Item(node.has("id") ? node.get("id").asText() : null, fields);
  }

  private static List<Item> xmlItems(byte[] body) throws Exception {
    List<Item> items = new ArrayList<>();
    if (body.length == 0) {
      return items;
    }
    Element root = parse(body).getDocumentElement();
    for (Element section : children(root)) {
      List<Element> kids = children(section);
      boolean list =
          kids.isEmpty()
              ? section.getTextContent().isBlank()
              : kids.get(0).hasAttribute("id")
                  || (!children(kids.get(0)).isEmpty()
                      && !kids.get(0).getTagName().equals("associations")
                      && !children(kids.get(0)).get(0).getTagName().equals("language"));
      if (list) {
        for (Element item : kids) {
          items.add(xmlItem(item));
        }
      } else {
        items.add(xmlItem(section));
      }
    }
    return items;
  }

  private static Item xmlItem(Element element) {
    Map<String, Object> fields = new LinkedHashMap<>();
    String id = element.hasAttribute("id") ? element.getAttribute("id") : null;
    if (id != null) {
      fields.put("id", id);
    }
    for (Element field : children(element)) {
      List<Element> kids = children(field);
      if (field.getTagName().equals("associations")) {
        continue;
      }
      if (kids.isEmpty()) {
        fields.put(field.getTagName(), field.getTextContent());
        if (field.getTagName().equals("id")) {
          id = field.getTextContent();
        }
      } else if (kids.get(0).getTagName().equals("language")) {
        Map<String, String> languages = new LinkedHashMap<>();
        kids.forEach(l -> languages.put(l.getAttribute("id"), l.getTextContent()));
        fields.put(field.getTagName(), languages);
      }
    }
    return new Item(id, fields);
  }

  private static org.w3c.dom.Document parse(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setCoalescing(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    int start = text.indexOf("<?xml");
    byte[] xml =
        (start > 0 ? text.substring(start) : text)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return builder.parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> children(Node node) {
    List<Element> elements = new ArrayList<>();
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }
}
