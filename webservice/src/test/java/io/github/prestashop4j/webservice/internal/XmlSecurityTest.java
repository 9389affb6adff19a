package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.DecodeException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML is refused before it costs time or memory. */
class XmlSecurityTest {
  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesADocumentTypeDeclaration() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE prestashop [<!ELEMENT prestashop ANY>]>"
            + "<prestashop><a><v>1</v></a></prestashop>";

    assertThatThrownBy(() -> XmlReader.read(utf8(xml), 0))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("DTD");
  }

  @Test
  void neverReadsAnExternalEntity(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE prestashop [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><prestashop><a><v>&x;</v></a></prestashop>";

    assertThatThrownBy(() -> XmlReader.read(utf8(xml), 0))
        .isInstanceOf(DecodeException.class)
        .hasMessageNotContaining("TOP-SECRET-CONTENT");
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    xml.append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      xml.append("\">");
    }
    xml.append("]><prestashop><a><v>&lol9;</v></a></prestashop>");

    assertThatThrownBy(() -> XmlReader.read(utf8(xml.toString()), 0))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void refusesAHugeTextNodeWithoutReadingItAll() {
    long huge = 100L * 1024 * 1024;
    CountingStream text = new CountingStream(huge, 'x');
    InputStream xml =
        new SequenceInputStream(
            new SequenceInputStream(utf8("<prestashop><a><v>"), text),
            utf8("</v></a></prestashop>"));

    assertThatThrownBy(() -> XmlReader.read(xml, 0))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("more than");
    // Stopped near the 8 Mi-character limit: memory is bounded by the limit, not the document.
    assertThat(text.served).isLessThan(16L * 1024 * 1024);
  }

  @Test
  void refusesADocumentLongerThanTheLimitAsADecodeFailureNotARetryableOne() {
    long longer = io.github.prestashop4j.core.json.JsonMappers.MAX_DOCUMENT_LENGTH + 1;
    // Layout after an element is neither kept nor a value: only the length limit can stop this.
    InputStream xml =
        new SequenceInputStream(
            utf8("<prestashop><products><p/>"), new CountingStream(longer, ' '));

    assertThatThrownBy(() -> XmlReader.read(xml, 0))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void refusesDeepNesting() {
    String xml = "<prestashop>" + "<a>".repeat(200) + "</a>".repeat(200) + "</prestashop>";

    assertThatThrownBy(() -> XmlReader.read(utf8(xml), 0))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("nested deeper");
  }

  /** Serves {@code size} copies of one byte without holding them. */
  private static final class CountingStream extends InputStream {
    private final long size;
    private final byte fill;
    private long served;

    CountingStream(long size, char fill) {
      this.size = size;
      this.fill = (byte) fill;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      served++;
      return fill;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - served);
      java.util.Arrays.fill(buffer, offset, offset + n, fill);
      served += n;
      return n;
    }
  }
}
