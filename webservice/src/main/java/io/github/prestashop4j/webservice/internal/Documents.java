package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.DecodeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Locale;

/** Chooses the decoder for a Webservice body: the one place that knows XML from JSON. */
final class Documents {
  private Documents() {}

  /**
   * Decodes a body as XML or JSON. The {@code Content-Type} decides; anything else ({@code
   * application/javascript} when PHP printed notices first, {@code text/html} on some errors) is
   * sniffed from the first character.
   *
   * @param contentType the response's {@code Content-Type}, empty when absent
   * @param body the body
   * @param languageHint the single language the request selected, 0 if none
   * @return the document; empty for an empty or blank body
   * @throws IOException if reading fails
   */
  static Document read(String contentType, InputStream body, int languageHint) throws IOException {
    PushbackInputStream in = content(body);
    if (in == null) {
      return new Document(List.of(), List.of());
    }
    int first = in.read();
    in.unread(first);
    String type = contentType.toLowerCase(Locale.ROOT);
    boolean json =
        type.contains("json") || (!type.contains("xml") && (first == '{' || first == '['));
    return json ? JsonReader.read(in, languageHint) : XmlReader.read(in, languageHint);
  }

  /**
   * Skips the whitespace a store may send before a body, or instead of one.
   *
   * @param body the body
   * @return the body from its first other byte; {@code null} when there is none
   * @throws IOException if reading fails
   */
  static PushbackInputStream content(InputStream body) throws IOException {
    PushbackInputStream in = new PushbackInputStream(body, 1);
    int first;
    do {
      first = in.read();
    } while (first == ' ' || first == '\n' || first == '\r' || first == '\t');
    if (first < 0) {
      return null;
    }
    in.unread(first);
    return in;
  }

  /**
   * Reads the id of one language value, as both formats carry it (XML attribute, JSON field).
   *
   * @param id the id's text, {@code null} when absent
   * @param field the multilingual field, for the message
   * @return the id
   * @throws io.github.prestashop4j.core.DecodeException if it is not a number of 1 or more
   */
  static int languageId(String id, String field) {
    int languageId;
    try {
      languageId = Integer.parseInt(id == null ? "" : id.trim());
    } catch (NumberFormatException e) {
      throw new DecodeException(
          "field " + field + ": language value without a numeric id (got " + id + ")", e);
    }
    if (languageId < 1) {
      throw new DecodeException(
          "field " + field + ": language id must be 1 or more (got " + id + ")", null);
    }
    return languageId;
  }
}
