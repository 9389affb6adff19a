package io.github.prestashop4j.webservice.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The image media types PrestaShop accepts for upload, and how a file's type is found when the
 * caller gives none: from its first bytes, then from its file name.
 */
public final class ImageMediaTypes {
  /**
   * The types the store accepts ({@code upload_allowed_mimetypes} of {@code /api/images}); {@code
   * image/webp} only from PrestaShop 8.
   */
  public static final List<String> ALLOWED =
      List.of(
          "image/gif",
          "image/jpg",
          "image/jpeg",
          "image/pjpeg",
          "image/png",
          "image/webp",
          "image/x-png");

  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "jpe", "image/jpeg",
          "png", "image/png",
          "gif", "image/gif",
          "webp", "image/webp");

  private ImageMediaTypes() {}

  /**
   * Normalises a media type given by the caller and checks it is one the store accepts.
   *
   * @param contentType the type, parameters allowed (they are dropped)
   * @return the type in lower case without parameters
   * @throws IllegalArgumentException naming the accepted types otherwise
   */
  public static String requireAllowed(String contentType) {
    String type = contentType;
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon);
    }
    type = type.strip().toLowerCase(Locale.ROOT);
    if (!ALLOWED.contains(type)) {
      throw new IllegalArgumentException(
          "contentType \""
              + printable(contentType)
              + "\": PrestaShop accepts only "
              + String.join(", ", ALLOWED)
              + " for images");
    }
    return type;
  }

  /**
   * Finds a type from the file's first bytes (JPEG, PNG, GIF, WebP signatures).
   *
   * @param content the file
   * @return the type, empty if none of the signatures matches
   */
  public static Optional<String> sniff(byte[] content) {
    if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(content, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
      return Optional.of("image/png");
    }
    if (startsWith(content, 0, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  /**
   * Finds a type from a file name's extension.
   *
   * @param filename the name
   * @return the type, empty for an unknown or missing extension
   */
  public static Optional<String> fromFilename(String filename) {
    int dot = filename.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        BY_EXTENSION.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * Tells whether a response's {@code Content-Type} announces an image.
   *
   * @param contentType the header value, empty when absent
   * @return {@code true} for {@code image/...}
   */
  public static boolean isImage(String contentType) {
    return contentType.strip().toLowerCase(Locale.ROOT).startsWith("image/");
  }

  private static boolean startsWith(byte[] data, int offset, int... signature) {
    if (data.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((data[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  // A refused value is echoed in the message: keep it short and on one line.
  private static String printable(String value) {
    String oneLine = value.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() > 64 ? oneLine.substring(0, 64) + "..." : oneLine;
  }
}
