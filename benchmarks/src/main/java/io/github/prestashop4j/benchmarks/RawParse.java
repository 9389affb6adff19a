package io.github.prestashop4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The baseline's parsing: a hand-written streaming pass that keeps every scalar value as a string,
 * the least any client must do with a document. Jackson's {@code JsonParser} for JSON, the JDK's
 * StAX reader (the one the SDK uses) for XML.
 */
public final class RawParse {
  private static final JsonFactory JSON = new JsonFactory();
  private static final XMLInputFactory XML = xmlFactory();

  private RawParse() {}

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /**
   * Every scalar of a JSON document, as text.
   *
   * @param in the document
   * @return the values in document order
   * @throws IOException if parsing fails
   */
  public static List<String> jsonScalars(InputStream in) throws IOException {
    List<String> values = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(in)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token.isScalarValue()) {
          values.add(parser.getText());
        }
      }
    }
    return values;
  }

  /**
   * Every JSON token of a document, counted: Jackson's streaming parse with nothing kept, the
   * ceiling for a JSON decoder.
   *
   * @param in the document
   * @return how many tokens
   * @throws IOException if parsing fails
   */
  public static long jsonTokens(InputStream in) throws IOException {
    long tokens = 0;
    try (JsonParser parser = JSON.createParser(in)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token.isScalarValue()) {
          // Decode the value as a decoder must, without keeping it.
          tokens += parser.getTextLength();
        }
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Every element's text of an XML document (text and CDATA joined), as text.
   *
   * @param in the document
   * @return the non-blank texts in document order
   * @throws IOException if parsing fails
   */
  public static List<String> xmlTexts(InputStream in) throws IOException {
    List<String> values = new ArrayList<>();
    XMLStreamReader reader = null;
    try {
      reader = XML.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        } else if (event == XMLStreamConstants.START_ELEMENT
            || event == XMLStreamConstants.END_ELEMENT) {
          if (!text.isEmpty()) {
            String value = text.toString();
            if (!value.isBlank()) {
              values.add(value);
            }
            text.setLength(0);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      close(reader);
    }
    return values;
  }

  /**
   * Every StAX event of a document, counted, text decoded but not kept: the ceiling for an XML
   * decoder on the same parser.
   *
   * @param in the document
   * @return how many events plus text characters
   * @throws IOException if parsing fails
   */
  public static long xmlEvents(InputStream in) throws IOException {
    long events = 0;
    XMLStreamReader reader = null;
    try {
      reader = XML.createXMLStreamReader(in);
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          events += reader.getTextLength();
        }
        events++;
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      close(reader);
    }
    return events;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // Nothing to release: the stream is the caller's.
      }
    }
  }
}
