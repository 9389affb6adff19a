package io.github.prestashop4j.webservice.internal;

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
    PushbackInputStream in = new PushbackInputStream(body, 1);
    int first;
    do {
      first = in.read();
    } while (first == ' ' || first == '\n' || first == '\r' || first == '\t');
    if (first < 0) {
      return new Document(List.of(), List.of());
    }
    in.unread(first);
    String type = contentType.toLowerCase(Locale.ROOT);
    boolean json =
        type.contains("json") || (!type.contains("xml") && (first == '{' || first == '['));
    return json ? JsonReader.read(in, languageHint) : XmlReader.read(in, languageHint);
  }
}
