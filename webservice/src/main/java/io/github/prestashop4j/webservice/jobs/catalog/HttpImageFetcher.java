package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.webservice.ImageFile;
import io.github.prestashop4j.webservice.internal.ImageMediaTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@link ImageFetcher#http(long, Duration)}: a GET with a size cap and a media type check. */
final class HttpImageFetcher implements ImageFetcher {
  private final HttpClient client;
  private final long maxBytes;
  private final Duration timeout;

  HttpImageFetcher(HttpClient client, long maxBytes, Duration timeout) {
    this.client = client;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  @Override
  public ImageFile fetch(URI url) throws IOException {
    String shown = Redaction.uri(url);
    HttpRequest request =
        HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "image/*").GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("image " + shown + ": interrupted");
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("image " + shown + ": HTTP " + response.statusCode());
      }
      String header = response.headers().firstValue("Content-Type").orElse("");
      String type;
      try {
        type = ImageMediaTypes.requireAllowed(header);
      } catch (IllegalArgumentException e) {
        throw new IOException(
            "image "
                + shown
                + ": Content-Type \""
                + header.split(";", 2)[0].strip()
                + "\" is not an image type PrestaShop accepts",
            e);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        throw new IOException(tooLarge(shown));
      }
      byte[] bytes = read(body, shown);
      if (bytes.length == 0) {
        throw new IOException("image " + shown + ": empty body");
      }
      return ImageFile.of(bytes, filename(url), type);
    }
  }

  private byte[] read(InputStream body, String shown) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = body.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        throw new IOException(tooLarge(shown));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private String tooLarge(String shown) {
    return "image " + shown + ": larger than " + maxBytes + " bytes";
  }

  // The last path segment, the name the store keeps for the upload; "image" when there is none.
  static String filename(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isBlank() ? "image" : last;
  }
}
