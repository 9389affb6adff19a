package io.github.prestashop4j.webservice;

import io.github.prestashop4j.webservice.internal.ImageMediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An image to upload: its bytes, a file name and a media type. The media type is the one given, or
 * else found from the file's first bytes (JPEG, PNG, GIF, WebP), or else from the file name's
 * extension; it must be one PrestaShop accepts ({@code image/gif}, {@code image/jpg}, {@code
 * image/jpeg}, {@code image/pjpeg}, {@code image/png}, {@code image/webp} from PrestaShop 8, {@code
 * image/x-png}), checked before anything is sent.
 *
 * <p>The content is read when the upload is sent, at most {@link
 * WebserviceImages#withMaxUploadBytes(long) maxUploadBytes}, and held in memory for the request. A
 * file from an {@link InputStream} can be sent once; from bytes or a {@link Path}, any number of
 * times. Immutable apart from that stream.
 */
public final class ImageFile {
  private final byte[] bytes;
  private final Path path;
  private final InputStream stream;
  private final AtomicBoolean streamRead = new AtomicBoolean();
  private final String filename;
  private final String contentType;

  private ImageFile(
      byte[] bytes, Path path, InputStream stream, String filename, String contentType) {
    this.bytes = bytes;
    this.path = path;
    this.stream = stream;
    this.filename = filename;
    this.contentType = contentType == null ? null : ImageMediaTypes.requireAllowed(contentType);
  }

  /**
   * An image from bytes, its type found from them or from the name.
   *
   * @param content the file (copied)
   * @param filename the name sent with it, for example {@code shoe.jpg}
   * @return the file
   */
  public static ImageFile of(byte[] content, String filename) {
    return new ImageFile(
        Objects.requireNonNull(content, "content").clone(),
        null,
        null,
        Objects.requireNonNull(filename, "filename"),
        null);
  }

  /**
   * An image from bytes with a given type, sent as given (the store checks it again).
   *
   * @param content the file (copied)
   * @param filename the name sent with it
   * @param contentType the media type, for example {@code image/png}
   * @return the file
   * @throws IllegalArgumentException if the type is not one PrestaShop accepts
   */
  public static ImageFile of(byte[] content, String filename, String contentType) {
    return new ImageFile(
        Objects.requireNonNull(content, "content").clone(),
        null,
        null,
        Objects.requireNonNull(filename, "filename"),
        Objects.requireNonNull(contentType, "contentType"));
  }

  /**
   * An image file, read when the upload is sent; its name is sent as the file name.
   *
   * @param file the file
   * @return the image
   */
  public static ImageFile of(Path file) {
    Objects.requireNonNull(file, "file");
    return new ImageFile(null, file, null, fileName(file), null);
  }

  /**
   * An image file with a given type.
   *
   * @param file the file
   * @param contentType the media type
   * @return the image
   * @throws IllegalArgumentException if the type is not one PrestaShop accepts
   */
  public static ImageFile of(Path file, String contentType) {
    Objects.requireNonNull(file, "file");
    return new ImageFile(
        null, file, null, fileName(file), Objects.requireNonNull(contentType, "contentType"));
  }

  /**
   * An image read from a stream when the upload is sent (then closed); usable for one upload.
   *
   * @param content the stream
   * @param filename the name sent with it
   * @param contentType the media type, or {@code null} to find it from the bytes or the name
   * @return the image
   * @throws IllegalArgumentException if the type is given and is not one PrestaShop accepts
   */
  public static ImageFile of(InputStream content, String filename, String contentType) {
    return new ImageFile(
        null,
        null,
        Objects.requireNonNull(content, "content"),
        Objects.requireNonNull(filename, "filename"),
        contentType);
  }

  /**
   * Returns the file name sent.
   *
   * @return the name as given (the encoder drops directories and escapes quotes)
   */
  public String filename() {
    return filename;
  }

  /** Shows the name and type only. */
  @Override
  public String toString() {
    return "ImageFile["
        + filename
        + (contentType == null ? "" : ", " + contentType)
        + (path != null ? ", from a file" : stream != null ? ", from a stream" : "")
        + "]";
  }

  /** The bytes and media type, read and checked. */
  record Content(byte[] bytes, String contentType) {}

  /**
   * Reads the content and settles its type.
   *
   * @param maxBytes the largest file accepted
   * @return the content
   * @throws IllegalArgumentException if the file is empty, too large, or of no accepted type
   * @throws UncheckedIOException if reading the file or stream fails
   */
  Content read(long maxBytes) {
    byte[] data;
    try {
      if (bytes != null) {
        data = bytes;
      } else if (path != null) {
        long size = Files.size(path);
        if (size > maxBytes) {
          throw tooLarge(size + " bytes", maxBytes);
        }
        data = Files.readAllBytes(path);
      } else {
        if (!streamRead.compareAndSet(false, true)) {
          throw new IllegalStateException(
              "image " + filename + ": its stream was already read by an earlier upload");
        }
        try (InputStream in = stream) {
          data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("image " + filename + ": could not be read", e);
    }
    if (data.length > maxBytes) {
      throw tooLarge(
          (stream != null ? "more than " + maxBytes : String.valueOf(data.length)) + " bytes",
          maxBytes);
    }
    if (data.length == 0) {
      throw new IllegalArgumentException("image " + filename + ": is empty");
    }
    String type = contentType;
    if (type == null) {
      type =
          ImageMediaTypes.sniff(data)
              .or(() -> ImageMediaTypes.fromFilename(filename))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "image "
                              + filename
                              + ": contentType could not be found from the content or the name"
                              + " (PrestaShop accepts "
                              + String.join(", ", ImageMediaTypes.ALLOWED)
                              + "); give it"));
    }
    return new Content(data, type);
  }

  private IllegalArgumentException tooLarge(String size, long maxBytes) {
    return new IllegalArgumentException(
        "image "
            + filename
            + ": "
            + size
            + " is over maxUploadBytes ("
            + maxBytes
            + "; the store's own limit is its PS_LIMIT_UPLOAD_IMAGE_VALUE setting)");
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "image" : name.toString();
  }
}
