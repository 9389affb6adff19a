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
 *
 * <p>Two readings: {@link #read} decodes entities in one pass over the parser's events (lists of
 * thousands of objects are its hot path); {@link #readRootChildren} builds small element trees,
 * attributes kept, for the documents read by structure (schemas, image listings, the API root).
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
    return parse(
        in,
        events -> {
          List<Node> children = new ArrayList<>();
          while (events.nextSibling()) {
            children.add(events.readTree());
          }
          return children;
        });
  }

  /**
   * Reads a Webservice document: entities, lists and errors.
   *
   * @param in the body
   * @param languageHint the single language the request selected, 0 if none
   * @return the document
   * @throws IOException if reading the stream fails
   * @throws DecodeException if the document is not well-formed, not a Webservice document, or
   *     breaks a limit
   */
  public static Document read(InputStream in, int languageHint) throws IOException {
    return parse(
        in,
        events -> {
          List<Document.Section> sections = new ArrayList<>();
          List<ApiError> errors = new ArrayList<>();
          EntityDecoder decoder = new EntityDecoder(events, languageHint);
          while (events.nextSibling()) {
            if (events.name().equals("errors")) {
              decoder.readErrors(errors);
            } else {
              sections.add(decoder.readSection());
            }
          }
          return new Document(sections, errors);
        });
  }

  /**
   * Reads the {@code <error>} elements of an {@code <errors>} tree.
   *
   * @param errors the {@code <errors>} element
   * @return its errors: code trimmed, message as sent (the element's own text when it has no {@code
   *     <message>})
   */
  public static List<ApiError> errors(Node errors) {
    List<ApiError> result = new ArrayList<>();
    for (Node error : errors.children()) {
      Node code = error.child("code");
      Node message = error.child("message");
      result.add(
          ApiError.of(
              code == null ? null : code.text().trim(),
              message == null ? error.text().trim() : message.text()));
    }
    return result;
  }

  private interface RootReader<T> {
    T read(Events events) throws XMLStreamException;
  }

  // Positions the events inside <prestashop>, runs the reader, and turns the parser's failures
  // into DecodeException (a bad body) or IOException (a broken stream).
  private static <T> T parse(InputStream in, RootReader<T> rootReader) throws IOException {
    InputStream source =
        BoundedInput.skipLeadingJunk(BoundedInput.limit(in, JsonMappers.MAX_DOCUMENT_LENGTH));
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.createXMLStreamReader(source);
      Events events = new Events(reader);
      if (!events.toRoot()) {
        throw new DecodeException("XML document is empty", null);
      }
      if (!events.name().equals("prestashop")) {
        throw new DecodeException(
            "XML document's root is <" + events.name() + ">, not <prestashop>", null);
      }
      return rootReader.read(events);
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
   * The parser's events as element steps, with the limits checked once for both readings: depth,
   * text per element, no DTD, no entity reference.
   */
  private static final class Events {
    private final XMLStreamReader reader;
    private final StringBuilder text = new StringBuilder();
    private int depth;

    Events(XMLStreamReader reader) {
      this.reader = reader;
    }

    private int next() throws XMLStreamException {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          if (++depth > JsonMappers.MAX_NESTING_DEPTH) {
            throw new DecodeException(
                "XML document is nested deeper than " + JsonMappers.MAX_NESTING_DEPTH + " elements",
                null);
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          depth--;
          break;
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw new DecodeException(
              "XML document uses an entity reference, which is refused", null);
        case XMLStreamConstants.DTD:
          throw new DecodeException("XML document declares a DTD, which is refused", null);
        default:
          break;
      }
      return event;
    }

    /** Moves to the root's start; false if the document has no element. */
    boolean toRoot() throws XMLStreamException {
      while (reader.hasNext()) {
        if (next() == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
      }
      return false;
    }

    /** The current element's local name. */
    String name() {
      return reader.getLocalName();
    }

    /**
     * The current element's attribute of a local name, in the xlink namespace or in any other; the
     * last one wins when several match.
     */
    String attribute(String localName, boolean xlink) {
      for (int i = reader.getAttributeCount() - 1; i >= 0; i--) {
        if (reader.getAttributeLocalName(i).equals(localName)
            && XLINK.equals(reader.getAttributeNamespace(i)) == xlink) {
          return reader.getAttributeValue(i);
        }
      }
      return null;
    }

    /**
     * On an element's start: moves to its first child's start (true) or past its end (false, its
     * text then in {@link #text()}). Text before a first child is layout and is dropped.
     */
    boolean firstChild() throws XMLStreamException {
      String name = reader.getLocalName();
      text.setLength(0);
      while (true) {
        switch (next()) {
          case XMLStreamConstants.START_ELEMENT:
            return true;
          case XMLStreamConstants.END_ELEMENT:
            return false;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
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
          default:
            break;
        }
      }
    }

    /** The text of the element that {@link #firstChild()} found without children. */
    String text() {
      return text.toString();
    }

    /**
     * After a child's end (or on the root's start): moves to the next child's start (true) or past
     * the parent's end (false). Text between elements is layout.
     */
    boolean nextSibling() throws XMLStreamException {
      while (true) {
        int event = next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          return false;
        }
      }
    }

    /** On an element's start: moves past its end, whatever it holds. */
    void skipRest() throws XMLStreamException {
      int open = 1;
      while (open > 0) {
        int event = next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          open++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          open--;
        }
      }
    }

    /** After {@link #firstChild()} found a child: moves past the parent's end. */
    void skipSiblings() throws XMLStreamException {
      skipRest();
      while (nextSibling()) {
        skipRest();
      }
    }

    /** On an element's start: reads it as a tree, and moves past its end. */
    Node readTree() throws XMLStreamException {
      String name = reader.getLocalName();
      // Most elements have no attribute: no map is allocated for them.
      Map<String, String> attributes =
          reader.getAttributeCount() == 0 ? Map.of() : new LinkedHashMap<>();
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        String local = reader.getAttributeLocalName(i);
        String key = XLINK.equals(reader.getAttributeNamespace(i)) ? "xlink:" + local : local;
        attributes.put(key, reader.getAttributeValue(i));
      }
      if (!firstChild()) {
        return new Node(name, attributes, text(), List.of());
      }
      List<Node> children = new ArrayList<>();
      do {
        children.add(readTree());
      } while (nextSibling());
      return new Node(name, attributes, "", List.copyOf(children));
    }
  }

  /**
   * Decodes entities straight from the events. Every method starts on an element's start and
   * returns past its end.
   */
  private static final class EntityDecoder {
    private final Events events;
    private final int languageHint;
    // Reused for every multilingual field: LocalizedText.of copies what it keeps.
    private final Map<Integer, String> languages = new LinkedHashMap<>();

    EntityDecoder(Events events, int languageHint) {
      this.events = events;
      this.languageHint = languageHint;
    }

    // A root child is a list when its first child is a minimal item (an id attribute) or an
    // object (children that are neither <language> values nor the <associations> block);
    // otherwise it is one object whose children are fields. The first child's own first child
    // decides, so it is read once, in the role it turns out to have.
    Document.Section readSection() throws XMLStreamException {
      String name = events.name();
      Entity.Builder section = newEntity(name, 0);
      if (!events.firstChild()) {
        boolean emptyList = events.text().isBlank();
        return new Document.Section(
            name, emptyList, emptyList ? List.of() : List.of(section.build()));
      }
      if (events.attribute("id", false) != null) {
        return new Document.Section(name, true, readItems(0));
      }
      if (events.name().equals("associations")) {
        return single(name, section);
      }
      String first = events.name();
      String link = events.attribute("href", true);
      String notFilterable = events.attribute("notFilterable", false);
      if (!events.firstChild()) {
        setScalar(section, first, events.text(), link, notFilterable);
        return continueSingle(name, section);
      }
      if (events.name().equals("language")) {
        section.set(first, readLanguages(first));
        return continueSingle(name, section);
      }
      Entity.Builder item = Entity.builder(first, 0).languageHint(languageHint);
      if (link != null) {
        item.href(link);
      }
      do {
        readField(item);
      } while (events.nextSibling());
      return new Document.Section(name, true, itemsFrom(item.build()));
    }

    // On the section's first field.
    private Document.Section single(String name, Entity.Builder section) throws XMLStreamException {
      readField(section);
      return continueSingle(name, section);
    }

    // Past the section's first field.
    private Document.Section continueSingle(String name, Entity.Builder section)
        throws XMLStreamException {
      while (events.nextSibling()) {
        readField(section);
      }
      return new Document.Section(name, false, List.of(section.build()));
    }

    private Entity.Builder newEntity(String type, int expectedFields) {
      Entity.Builder builder = Entity.builder(type, expectedFields).languageHint(languageHint);
      String id = events.attribute("id", false);
      if (id != null) {
        builder.set("id", id);
      }
      String href = events.attribute("href", true);
      if (href != null) {
        builder.href(href);
      }
      return builder;
    }

    private Entity readEntity(int expectedFields) throws XMLStreamException {
      Entity.Builder builder = newEntity(events.name(), expectedFields);
      if (events.firstChild()) {
        do {
          readField(builder);
        } while (events.nextSibling());
      }
      return builder.build();
    }

    // A field is a text, <language> values, the <associations> block, or inline objects (depth=N,
    // image declinations), kept like an association.
    private void readField(Entity.Builder builder) throws XMLStreamException {
      String field = events.name();
      if (field.equals("associations")) {
        readAssociations(builder);
        return;
      }
      String link = events.attribute("href", true);
      String notFilterable = events.attribute("notFilterable", false);
      if (!events.firstChild()) {
        setScalar(builder, field, events.text(), link, notFilterable);
      } else if (events.name().equals("language")) {
        builder.set(field, readLanguages(field));
      } else {
        builder.association(field, readItems(0));
      }
    }

    // On the first item: reads it and its siblings, past the parent's end.
    private List<Entity> readItems(int expectedFields) throws XMLStreamException {
      return itemsFrom(readEntity(expectedFields));
    }

    // Past the first item: reads its siblings, each sized like the one before it.
    private List<Entity> itemsFrom(Entity first) throws XMLStreamException {
      List<Entity> items = new ArrayList<>();
      Entity item = first;
      items.add(item);
      while (events.nextSibling()) {
        item = readEntity(item.fieldNames().size());
        items.add(item);
      }
      return items;
    }

    private static void setScalar(
        Entity.Builder builder, String field, String text, String link, String notFilterable) {
      builder.set(field, text);
      if (link != null) {
        builder.link(field, link);
      }
      if ("true".equals(notFilterable)) {
        builder.notFilterable(field);
      }
    }

    private void readAssociations(Entity.Builder builder) throws XMLStreamException {
      while (events.nextSibling()) {
        String association = events.name();
        // Association items are mostly one or two ids: the first one gets room for two.
        builder.association(association, events.firstChild() ? readItems(2) : List.of());
      }
    }

    // On the first <language>: every child of the field is read as one, whatever its name.
    private LocalizedText readLanguages(String field) throws XMLStreamException {
      languages.clear();
      do {
        int languageId = Documents.languageId(events.attribute("id", false), field);
        languages.put(languageId, elementText());
      } while (events.nextSibling());
      return LocalizedText.of(languages);
    }

    // An element's text; "" when it holds elements (which are skipped).
    private String elementText() throws XMLStreamException {
      if (events.firstChild()) {
        events.skipSiblings();
        return "";
      }
      return events.text();
    }

    void readErrors(List<ApiError> errors) throws XMLStreamException {
      if (!events.firstChild()) {
        return;
      }
      do {
        String code = null;
        String message = null;
        String ownText = "";
        if (events.firstChild()) {
          do {
            String name = events.name();
            String value = elementText();
            // The first <code> and <message> count, as the store writes one of each.
            if (name.equals("code") && code == null) {
              code = value.trim();
            } else if (name.equals("message") && message == null) {
              message = value;
            }
          } while (events.nextSibling());
        } else {
          ownText = events.text();
        }
        errors.add(ApiError.of(code, message == null ? ownText.trim() : message));
      } while (events.nextSibling());
    }
  }
}
