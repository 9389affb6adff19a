package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.DeadlineExceededException;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.TransportException;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpResponse;
import io.github.prestashop4j.core.http.RequestBody;
import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.webservice.ImageDownload;
import io.github.prestashop4j.webservice.QueryParameter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire side of {@code /api/images}: XML listings, binary downloads streamed to the caller,
 * multipart uploads and deletes. Listings are always read in XML: their JSON form is broken on
 * every recorded store.
 */
public final class ImageTransfers {
  private static final int BUFFER = 8192;
  private static final int MAX_UNEXPECTED_BODY = 64 * 1024;

  private final Exchange exchange;

  /**
   * Creates the transfers.
   *
   * @param exchange the client's exchange (pipeline, version tracking)
   */
  public ImageTransfers(Exchange exchange) {
    this.exchange = exchange;
  }

  /**
   * Reads an XML listing under {@code /api/}.
   *
   * @param path for example {@code images/products}
   * @param options the call options
   * @return the root's children
   */
  public List<XmlReader.Node> read(String path, RequestOptions options) {
    HttpRequest request = HttpRequest.get(exchange.imageUri(path, List.of())).build();
    return exchange.execute(
        request,
        options,
        response -> {
          List<XmlReader.Node> nodes = nodes(response.body());
          throwErrors(request, response, nodes);
          return nodes;
        });
  }

  /**
   * Streams an image to a caller's stream. A failure before the first byte is retried as any GET;
   * once bytes were written, it is reported and never retried (the stream cannot be rewound).
   *
   * @param path the image path
   * @param out where the bytes go; not closed
   * @param options the call options
   * @return the type and length written
   */
  public ImageDownload download(String path, OutputStream out, RequestOptions options) {
    HttpRequest request = HttpRequest.get(exchange.imageUri(path, List.of())).build();
    return exchange.execute(
        request,
        options,
        response -> {
          String type = imageType(request, response);
          long written = copy(request, response.body(), out, false);
          return new ImageDownload(type, written);
        });
  }

  /**
   * Downloads an image to a file: written to a temporary file in the same directory, moved over the
   * target once complete, deleted on any failure. Each attempt starts a new temporary file, so a
   * failed read may be retried as any GET.
   *
   * @param path the image path
   * @param target the file to create or replace
   * @param options the call options
   * @return the type and length written
   */
  public ImageDownload download(String path, Path target, RequestOptions options) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    String name = absolute.getFileName().toString();
    HttpRequest request = HttpRequest.get(exchange.imageUri(path, List.of())).build();
    return exchange.execute(
        request,
        options,
        response -> {
          String type = imageType(request, response);
          Path temporary;
          try {
            temporary = Files.createTempFile(directory, "." + name + ".", ".part");
          } catch (IOException e) {
            throw new UncheckedIOException(
                "could not create a temporary file in " + directory + ": " + e.getMessage(), e);
          }
          boolean moved = false;
          try {
            long written;
            OutputStream out = openLocal(temporary);
            try {
              written = copy(request, response.body(), out, true);
            } catch (LocalWriteFailure e) {
              throw new UncheckedIOException(
                  "could not write " + temporary + ": " + e.getCause().getMessage(), e.getCause());
            } finally {
              closeLocal(out, temporary);
            }
            move(temporary, absolute);
            moved = true;
            return new ImageDownload(type, written);
          } finally {
            if (!moved) {
              deleteQuietly(temporary);
            }
          }
        });
  }

  /**
   * Uploads an image as {@code multipart/form-data}, field {@code image}. A POST: never retried
   * once it may have reached the store; a 5xx answer is reported as possibly applied.
   *
   * @param path the target path
   * @param replace {@code true} to replace ({@code POST ...?ps_method=PUT}, the only form PHP reads
   *     files from), {@code false} to create
   * @param content the file
   * @param filename the file name sent
   * @param contentType the file's media type, already checked
   * @param options the call options
   * @return the XML answer's root children (a product image's new id), empty when the store
   *     answered with the stored image's bytes
   */
  public List<XmlReader.Node> upload(
      String path,
      boolean replace,
      byte[] content,
      String filename,
      String contentType,
      RequestOptions options) {
    Multipart.Encoded encoded = Multipart.encode("image", filename, contentType, content);
    List<QueryParameter> parameters =
        replace ? List.of(new QueryParameter("ps_method", "PUT")) : List.of();
    HttpRequest request =
        HttpRequest.builder("POST", exchange.imageUri(path, parameters))
            .idempotent(false)
            .body(RequestBody.of(encoded.body(), encoded.contentType()))
            .build();
    return exchange.execute(request, options, response -> answer(request, response));
  }

  /**
   * Deletes an image; with method override, as {@code POST ...?ps_method=DELETE}.
   *
   * @param path the image path
   * @param options the call options
   */
  public void delete(String path, RequestOptions options) {
    boolean override = exchange.methodOverride();
    List<QueryParameter> parameters =
        override ? List.of(new QueryParameter("ps_method", "DELETE")) : List.of();
    HttpRequest request =
        HttpRequest.builder(override ? "POST" : "DELETE", exchange.imageUri(path, parameters))
            .idempotent(true)
            .build();
    exchange.execute(request, options, response -> answer(request, response));
  }

  // A write's answer: XML (maybe holding errors), the stored image's bytes, or nothing.
  private static List<XmlReader.Node> answer(HttpRequest request, HttpResponse response)
      throws IOException {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (ImageMediaTypes.isImage(type)) {
      // The stored image echoed back: nothing to learn from it; closing drops the rest.
      return List.of();
    }
    List<XmlReader.Node> nodes = nodes(response.body());
    throwErrors(request, response, nodes);
    return nodes;
  }

  private static String imageType(HttpRequest request, HttpResponse response) throws IOException {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (ImageMediaTypes.isImage(type)) {
      return type.strip();
    }
    // An error document (or an HTML page) sent with a success status: never written as an image.
    byte[] body = response.body().readNBytes(MAX_UNEXPECTED_BODY);
    List<ApiError> errors;
    try {
      errors = Documents.read(type, new ByteArrayInputStream(body), 0).errors();
    } catch (DecodeException e) {
      errors = List.of();
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(error(request, response, errors));
    }
    throw new DecodeException(
        target(request)
            + ": expected an image, the store answered "
            + (type.isEmpty() ? "without a Content-Type" : "with Content-Type " + type)
            + " ("
            + body.length
            + (body.length == MAX_UNEXPECTED_BODY ? "+" : "")
            + " bytes)",
        null);
  }

  /**
   * Copies the body. A failed body read before any byte was written is rethrown as is (the pipeline
   * may retry a GET); after, or always when {@code restartable} is false and bytes were written, it
   * becomes a non-retried exception. Write failures are the caller's, never retried.
   */
  private static long copy(
      HttpRequest request, InputStream in, OutputStream out, boolean restartable)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long written = 0;
    while (true) {
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        if (restartable || written == 0) {
          throw e;
        }
        throw midStream(request, e, written);
      }
      if (n < 0) {
        return written;
      }
      try {
        out.write(buffer, 0, n);
      } catch (IOException e) {
        if (restartable) {
          throw new LocalWriteFailure(e);
        }
        throw new UncheckedIOException(
            "writing the image to the output stream failed after " + written + " bytes", e);
      }
      written += n;
    }
  }

  private static PrestaShopException midStream(HttpRequest request, IOException e, long written) {
    String where = " after " + written + " bytes were written to the output stream";
    if (e instanceof HttpTimeoutException) {
      return new DeadlineExceededException(
          target(request) + ": call deadline passed while reading the image" + where, e);
    }
    return new TransportException(
        target(request) + " failed while reading the image" + where + ": " + e, e);
  }

  private static OutputStream openLocal(Path file) {
    try {
      return Files.newOutputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }

  // A failed close is the local disk's failure (buffers not flushed), not the transport's.
  private static void closeLocal(OutputStream out, Path file) {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void move(Path temporary, Path target) {
    try {
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not move the image to " + target, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Best effort: the failure being reported matters more than a leftover temporary file.
    }
  }

  private static List<XmlReader.Node> nodes(InputStream body) throws IOException {
    InputStream in = Documents.content(body);
    return in == null ? List.of() : XmlReader.readRootChildren(in);
  }

  private static void throwErrors(
      HttpRequest request, HttpResponse response, List<XmlReader.Node> nodes) {
    List<ApiError> errors = new ArrayList<>();
    for (XmlReader.Node node : nodes) {
      if (node.name().equals("errors")) {
        errors.addAll(XmlReader.errors(node));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(error(request, response, errors));
    }
  }

  private static ErrorResponse error(
      HttpRequest request, HttpResponse response, List<ApiError> errors) {
    return new ErrorResponse(
        request.method(),
        Redaction.uri(request.uri()),
        response.statusCode(),
        response.headers(),
        errors,
        "",
        null);
  }

  private static String target(HttpRequest request) {
    return request.method() + " " + Redaction.uri(request.uri());
  }

  /** A failed write to the temporary file: local, never retried. */
  private static final class LocalWriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LocalWriteFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
