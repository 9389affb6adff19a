package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.json.JsonMappers;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Webservice XML with the JDK's StAX parser, hardened: no DTD (a document that declares one
 * is refused), no external entities, and the size, depth and text-length limits of core's JSON
 * mapper ({@link JsonMappers}), so both formats share one set of bounds. Junk before the document
 * is skipped and anything after the root's end is ignored.
 */
public final class XmlReader {
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final XMLInputFactory FACTORY = secureFactory();

  private XmlReader() {}

  private static XMLInputFactory secureFactory() {
    // The JDK's own implementation, whatever else is on the class path.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are never loaded: " + systemId);
        });
    return factory;
  }

  /** An element as read: attributes, text, children. */
  public record Node(
      String name, Map<String, String> attributes, String text, List<Node> children) {
    /**
     * Returns the first child of a name.
     *
     * @param childName the name
     * @return the child, or {@code null}
     */
    public Node child(String childName) {
      for (Node child : children) {
        if (child.name.equals(childName)) {
          return child;
        }
      }
      return null;
    }
  }

  /**
   * Reads the root's children as element trees.
   *
   * @param in the body
   * @return the children of {@code <prestashop>}
   * @throws IOException if reading the stream fails
   * @throws DecodeException if the document is not well-formed, not a Webservice document, or
   *     breaks a limit
   */
  public static List<Node> readRootChildren(InputStream in) throws IOException {
    InputStream source =
        BoundedInput.skipLeadingJunk(BoundedInput.limit(in, JsonMappers.MAX_DOCUMENT_LENGTH));
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.createXMLStreamReader(source);
      Node root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          throw new DecodeException("XML document declares a DTD, which is refused", null);
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new DecodeException(
              "XML document uses an entity reference, which is refused", null);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          root = readElement(reader, 1);
          break;
        }
      }
      if (root == null) {
        throw new DecodeException("XML document is empty", null);
      }
      if (!root.name().equals("prestashop")) {
        throw new DecodeException(
            "XML document's root is <" + root.name() + ">, not <prestashop>", null);
      }
      return root.children();
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof CharConversionException badBytes) {
        // Bytes that are not in the document's encoding: a bad body, not a broken connection.
        throw new DecodeException(
            "XML document is not valid in its encoding: " + badBytes.getMessage(), badBytes);
      }
      if (e.getNestedException() instanceof IOException io) {
        throw io;
      }
      throw new DecodeException("XML document is not well-formed: " + e.getMessage(), e);
    } catch (DecodeException e) {
      throw e;
    } catch (RuntimeException e) {
      // The JDK parser itself fails on some malformed documents (a DOCTYPE with a bad character
      // throws MissingResourceException for its own missing message): still a bad body.
      throw new DecodeException("XML document is not well-formed: the parser failed with " + e, e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // Closing the reader does not close the stream; nothing to release.
        }
      }
    }
  }

  /**
   * Reads a Webservice document: entities, lists and errors.
   *
   * @param in the body
   * @param languageHint the single language the request selected, 0 if none
   * @return the document
   * @throws IOException if reading the stream fails
   */
  public static Document read(InputStream in, int languageHint) throws IOException {
    List<Document.Section> sections = new ArrayList<>();
    List<ApiError> errors = new ArrayList<>();
    for (Node child : readRootChildren(in)) {
      if (child.name().equals("errors")) {
        for (Node error : child.children()) {
          Node code = error.child("code");
          Node message = error.child("message");
          errors.add(
              ApiError.of(
                  code == null ? null : code.text().trim(),
                  message == null ? error.text().trim() : message.text()));
        }
      } else if (isList(child)) {
        List<Entity> items = new ArrayList<>();
        for (Node item : child.children()) {
          items.add(entity(item, languageHint));
        }
        sections.add(new Document.Section(child.name(), true, items));
      } else {
        sections.add(
            new Document.Section(child.name(), false, List.of(entity(child, languageHint))));
      }
    }
    return new Document(sections, errors);
  }

  // Called on the root's children only. A list's items carry an id attribute (minimal lists) or
  // fields (display=...); an entity's children are fields, whose own children can only be
  // <language> values or associations.
  private static boolean isList(Node node) {
    if (node.children().isEmpty()) {
      return node.text().isBlank();
    }
    Node first = node.children().get(0);
    if (first.attributes().containsKey("id")) {
      return true;
    }
    return !first.children().isEmpty()
        && !first.name().equals("associations")
        && !first.children().get(0).name().equals("language");
  }

  private static Entity entity(Node node, int languageHint) {
    Entity.Builder builder = Entity.builder(node.name()).languageHint(languageHint);
    String id = node.attributes().get("id");
    if (id != null) {
      builder.set("id", id);
    }
    String href = node.attributes().get("xlink:href");
    if (href != null) {
      builder.href(href);
    }
    for (Node field : node.children()) {
      if (field.name().equals("associations")) {
        for (Node association : field.children()) {
          List<Entity> items = new ArrayList<>();
          for (Node item : association.children()) {
            items.add(entity(item, languageHint));
          }
          builder.association(association.name(), items);
        }
        continue;
      }
      if (!field.children().isEmpty()) {
        if (field.children().get(0).name().equals("language")) {
          LocalizedText text = LocalizedText.empty();
          for (Node language : field.children()) {
            text = text.with(languageId(language, field.name()), language.text());
          }
          builder.set(field.name(), text);
        } else {
          // Inline objects (depth=N, image declinations): kept as an association-like list.
          List<Entity> items = new ArrayList<>();
          for (Node item : field.children()) {
            items.add(entity(item, languageHint));
          }
          builder.association(field.name(), items);
        }
        continue;
      }
      builder.set(field.name(), field.text());
      String link = field.attributes().get("xlink:href");
      if (link != null) {
        builder.link(field.name(), link);
      }
      if ("true".equals(field.attributes().get("notFilterable"))) {
        builder.notFilterable(field.name());
      }
    }
    return builder.build();
  }

  private static int languageId(Node language, String field) {
    String id = language.attributes().get("id");
    int languageId;
    try {
      languageId = Integer.parseInt(id == null ? "" : id.trim());
    } catch (NumberFormatException e) {
      throw new DecodeException(
          "field " + field + ": <language> without a numeric id (got " + id + ")", e);
    }
    if (languageId < 1) {
      throw new DecodeException(
          "field " + field + ": <language> id must be 1 or more (got " + id + ")", null);
    }
    return languageId;
  }

  private static Node readElement(XMLStreamReader reader, int depth) throws XMLStreamException {
    if (depth > JsonMappers.MAX_NESTING_DEPTH) {
      throw new DecodeException(
          "XML document is nested deeper than " + JsonMappers.MAX_NESTING_DEPTH + " elements",
          null);
    }
    String name = reader.getLocalName();
    // Most elements have no attribute: no map is allocated for them.
    Map<String, String> attributes =
        reader.getAttributeCount() == 0 ? Map.of() : new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String local = reader.getAttributeLocalName(i);
      String key = XLINK.equals(reader.getAttributeNamespace(i)) ? "xlink:" + local : local;
      attributes.put(key, reader.getAttributeValue(i));
    }
    StringBuilder text = new StringBuilder();
    List<Node> children = new ArrayList<>();
    while (true) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          children.add(readElement(reader, depth + 1));
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (!children.isEmpty()) {
            // Text after a child element is layout between elements: not kept, not counted.
            break;
          }
          if (text.length() + reader.getTextLength() > JsonMappers.MAX_STRING_LENGTH) {
            throw new DecodeException(
                "XML element <"
                    + name
                    + "> holds more than "
                    + JsonMappers.MAX_STRING_LENGTH
                    + " characters",
                null);
          }
          text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          break;
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw new DecodeException(
              "XML document uses an entity reference, which is refused", null);
        case XMLStreamConstants.DTD:
          throw new DecodeException("XML document declares a DTD, which is refused", null);
        case XMLStreamConstants.END_ELEMENT:
          // Whitespace between child elements is layout, not a value.
          String value = children.isEmpty() ? text.toString() : "";
          return new Node(name, attributes, value, List.copyOf(children));
        default:
          break;
      }
    }
  }
}
