package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.core.internal.Redaction;
import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One product image of a {@link CatalogItem}: an address the import fetches with its {@link
 * ImageFetcher}, or bytes the caller already holds. Immutable.
 */
public final class CatalogImage {
  private final URI url;
  private final byte[] bytes;
  private final String filename;

  private CatalogImage(URI url, byte[] bytes, String filename) {
    this.url = url;
    this.bytes = bytes;
    this.filename = filename;
  }

  /**
   * An image fetched from an address when the product is written (never in a dry run).
   *
   * @param url an {@code http} or {@code https} address
   * @return the image
   * @throws IllegalArgumentException if the address is not absolute {@code http} or {@code https}
   */
  public static CatalogImage url(URI url) {
    Objects.requireNonNull(url, "url");
    if (!io.github.prestashop4j.core.internal.Checks.isAbsoluteHttp(url) || url.getHost() == null) {
      throw new IllegalArgumentException(
          "url: must be an absolute http or https address (got " + Redaction.uri(url) + ")");
    }
    return new CatalogImage(url, null, null);
  }

  /**
   * An image fetched from an address, given as text.
   *
   * @param url an {@code http} or {@code https} address
   * @return the image
   * @throws IllegalArgumentException if the text is not such an address
   */
  public static CatalogImage url(String url) {
    return url(URI.create(Objects.requireNonNull(url, "url")));
  }

  /**
   * An image from bytes; its type is found from them or from the name when uploaded.
   *
   * @param content the image (copied)
   * @param filename the name sent with it, for example {@code mug.jpg}
   * @return the image
   * @throws IllegalArgumentException if the content or the name is empty
   */
  public static CatalogImage bytes(byte[] content, String filename) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(filename, "filename");
    if (content.length == 0 || filename.isBlank()) {
      throw new IllegalArgumentException("image: content and filename must not be empty");
    }
    return new CatalogImage(null, content.clone(), filename);
  }

  /**
   * Returns the address of an image to fetch.
   *
   * @return the address, empty for an image given as bytes
   */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Returns the bytes of an image given as bytes.
   *
   * @return a copy of the bytes, empty for an image to fetch
   */
  public Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes).map(byte[]::clone);
  }

  /**
   * Returns the name sent with an image given as bytes.
   *
   * @return the name, empty for an image to fetch
   */
  public Optional<String> filename() {
    return Optional.ofNullable(filename);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CatalogImage image
        && Objects.equals(url, image.url)
        && Arrays.equals(bytes, image.bytes)
        && Objects.equals(filename, image.filename);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, Arrays.hashCode(bytes), filename);
  }

  /** Shows the address (secret query parameters redacted), or the name and size of the bytes. */
  @Override
  public String toString() {
    return url != null
        ? "CatalogImage[" + Redaction.uri(url) + "]"
        : "CatalogImage[" + filename + ", " + bytes.length + " bytes]";
  }
}
