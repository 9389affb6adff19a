package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.webservice.ImageFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Fetches the images a {@link CatalogItem} gives by address. The import calls it only when it
 * uploads, never in a dry run. Implementations must be thread-safe: the import calls it from
 * several threads. Tests inject their own, so that nothing reaches the network.
 */
@FunctionalInterface
public interface ImageFetcher {
  /** Default size limit of {@link #http()}: 10 MiB. */
  long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Default time limit of {@link #http()} per image: 30 seconds. */
  Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Fetches one image.
   *
   * @param url the address, {@code http} or {@code https}
   * @return the image, with its media type when known
   * @throws IOException if it cannot be fetched, is too large or is not an image PrestaShop accepts
   */
  ImageFile fetch(URI url) throws IOException;

  /**
   * The JDK's HTTP client, at most {@value #DEFAULT_MAX_BYTES} bytes and {@link #DEFAULT_TIMEOUT}
   * per image.
   *
   * @return the fetcher
   */
  static ImageFetcher http() {
    return http(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
  }

  /**
   * The JDK's HTTP client with limits. Redirects are followed except from {@code https} to {@code
   * http}; a status other than 200, a {@code Content-Type} that is not an image type PrestaShop
   * accepts ({@code image/jpeg}, {@code image/png}, {@code image/gif}, {@code image/webp}...) or a
   * body over the limit fails the image, before anything is sent to the store.
   *
   * @param maxBytes the largest image accepted, 1 or more
   * @param timeout the time limit of one image, connection included
   * @return the fetcher
   */
  static ImageFetcher http(long maxBytes, Duration timeout) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes: must be 1 or more (got " + maxBytes + ")");
    }
    io.github.prestashop4j.core.internal.Checks.positive(timeout, "timeout");
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return new HttpImageFetcher(client, maxBytes, timeout);
  }
}
