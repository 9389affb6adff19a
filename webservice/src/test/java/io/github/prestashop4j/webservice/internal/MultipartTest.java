package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.webservice.testing.MultipartParts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTest {
  private static final byte[] CONTENT = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, '\r', '\n', 0};

  @Test
  void writesOnePartWithCrlfLinesAndAClosingBoundary() {
    Multipart.Encoded encoded = Multipart.encode("image", "shoe.jpg", "image/jpeg", CONTENT);

    String boundary = encoded.contentType().substring("multipart/form-data; boundary=".length());
    String expectedHead =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"shoe.jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\n";
    String body = new String(encoded.body(), StandardCharsets.ISO_8859_1);
    assertThat(body).startsWith(expectedHead).endsWith("\r\n--" + boundary + "--\r\n");
    MultipartParts part = MultipartParts.parse(encoded.contentType(), encoded.body());
    assertThat(part.content()).isEqualTo(CONTENT);
    assertThat(part.field()).isEqualTo("image");
  }

  @Test
  void theBoundaryIsRandomAndLongEnough() {
    String first = Multipart.encode("image", "a.jpg", "image/jpeg", CONTENT).contentType();
    String second = Multipart.encode("image", "a.jpg", "image/jpeg", CONTENT).contentType();

    assertThat(first).isNotEqualTo(second);
    assertThat(first).matches("multipart/form-data; boundary=----prestashop4j-[0-9a-f]{32}");
  }

  @Test
  void aFileNameCannotAddHeadersOrLeaveItsQuotes() {
    Multipart.Encoded encoded =
        Multipart.encode(
            "image",
            "C:\\tmp\\x\"; name=\"other\r\nContent-Type: text-html\r\n\r\n<script>.jpg",
            "image/jpeg",
            CONTENT);

    MultipartParts part = MultipartParts.parse(encoded.contentType(), encoded.body());
    assertThat(part.headers()).containsOnlyKeys("content-disposition", "content-type");
    assertThat(part.contentType()).isEqualTo("image/jpeg");
    assertThat(part.field()).isEqualTo("image");
    assertThat(part.filename())
        .isEqualTo("x%22; name=%22other%0D%0AContent-Type: text-html%0D%0A%0D%0A<script>.jpg");
    assertThat(part.content()).isEqualTo(CONTENT);
  }

  @Test
  void fileNamesKeepUnicodeAndDropDirectoriesAndControls() {
    assertThat(Multipart.escapeFilename("photos/été\u0007.png")).isEqualTo("été.png");
    assertThat(Multipart.escapeFilename("../..")).isEqualTo("image");
    assertThat(Multipart.escapeFilename("")).isEqualTo("image");
    assertThat(Multipart.escapeFilename(null)).isEqualTo("image");
  }

  @Test
  void refusesAFieldOrTypeThatIsNotAToken() {
    for (String type : List.of("image/png\r\nX-Evil: 1", "image/png; x=1", "png", "")) {
      assertThatThrownBy(() -> Multipart.encode("image", "a.png", type, CONTENT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("contentType");
    }
    assertThatThrownBy(() -> Multipart.encode("im\"age", "a.png", "image/png", CONTENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field");
  }

  @Test
  void aBoundaryThatTheContentHolds_isReplaced() {
    byte[] content = "xx--BOUNDARY-A yy".getBytes(StandardCharsets.US_ASCII);
    java.util.Iterator<String> offered = List.of("BOUNDARY-A", "BOUNDARY-B").iterator();

    Multipart.Encoded encoded =
        Multipart.encode("image", "a.gif", "image/gif", content, offered::next);

    assertThat(encoded.contentType()).isEqualTo("multipart/form-data; boundary=BOUNDARY-B");
    assertThat(offered.hasNext()).isFalse();
  }

  @Test
  void mediaTypesAreFoundFromSignaturesAndNames() {
    assertThat(ImageMediaTypes.sniff(CONTENT)).hasValue("image/jpeg");
    assertThat(ImageMediaTypes.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
        .hasValue("image/gif");
    assertThat(ImageMediaTypes.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
        .hasValue("image/webp");
    assertThat(ImageMediaTypes.sniff("text".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(ImageMediaTypes.fromFilename("A.JPEG")).hasValue("image/jpeg");
    assertThat(ImageMediaTypes.fromFilename("a.svg")).isEmpty();
    assertThat(ImageMediaTypes.requireAllowed("Image/PNG; charset=binary")).isEqualTo("image/png");
    assertThatThrownBy(() -> ImageMediaTypes.requireAllowed("image/svg+xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("image/svg+xml")
        .hasMessageContaining("image/webp");
  }
}
