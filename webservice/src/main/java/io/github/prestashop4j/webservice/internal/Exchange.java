package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpResponse;
import io.github.prestashop4j.core.http.RequestBody;
import io.github.prestashop4j.core.http.ResponseHandler;
import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.QueryParameter;
import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.StoreVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends Webservice requests and decodes their answers: the one place that knows which format to ask
 * for, which parameters each operation adds, and how the store's quirks look on the wire.
 */
public final class Exchange implements AutoCloseable {
  private static final String XML_TYPE = "text/xml; charset=UTF-8";

  private final HttpPipeline pipeline;
  private final ResponseFormat format;
  private final boolean methodOverride;
  private final AtomicReference<StoreVersion> storeVersion = new AtomicReference<>();

  /**
   * Creates the exchange.
   *
   * @param pipeline the HTTP pipeline, with the key and the Webservice error decoder
   * @param format the format reads are asked in
   * @param methodOverride whether PUT, PATCH and DELETE travel as POST with {@code ps_method}
   */
  public Exchange(HttpPipeline pipeline, ResponseFormat format, boolean methodOverride) {
    this.pipeline = pipeline;
    this.format = format;
    this.methodOverride = methodOverride;
  }

  /**
   * A decoded answer.
   *
   * @param document the document, empty for 304 and bodiless answers
   * @param contentSha1 the store's {@code Content-Sha1}
   * @param notModified whether the store answered 304
   */
  public record Reply(Document document, Optional<String> contentSha1, boolean notModified) {}

  /**
   * An answer read as raw XML trees (root listing).
   *
   * @param nodes the root's children
   */
  public record Raw(List<XmlReader.Node> nodes) {}

  /**
   * Reads a list.
   *
   * @param resource the resource
   * @param query the parameters
   * @param localSha1 a known {@code Content-Sha1} to send as {@code Local-Content-Sha1}, or null
   * @param options the call options
   * @return the answer
   */
  public Reply list(String resource, Query query, String localSha1, RequestOptions options) {
    List<QueryParameter> extra = new ArrayList<>();
    if (format != ResponseFormat.XML) {
      extra.add(new QueryParameter("output_format", "JSON"));
    }
    return read("GET", resource, query, extra, localSha1, options);
  }

  /**
   * Reads one object.
   *
   * @param resource the resource
   * @param id the id
   * @param query the parameters
   * @param localSha1 a known {@code Content-Sha1} to send as {@code Local-Content-Sha1}, or null
   * @param options the call options
   * @return the answer
   */
  public Reply get(
      String resource, long id, Query query, String localSha1, RequestOptions options) {
    List<QueryParameter> extra = new ArrayList<>();
    if (format == ResponseFormat.AUTO && !query.hasDisplay()) {
      // Without display, JSON drops every empty, zero and false field of a single object.
      extra.add(new QueryParameter("display", "full"));
    }
    if (format != ResponseFormat.XML) {
      extra.add(new QueryParameter("output_format", "JSON"));
    }
    return read("GET", resource + "/" + id, query, extra, localSha1, options);
  }

  /**
   * Searches products.
   *
   * @param query {@code query} and {@code language}
   * @param options the call options
   * @return the document: a products list and a categories list
   */
  public Document search(Query query, RequestOptions options) {
    List<QueryParameter> extra = new ArrayList<>();
    if (format != ResponseFormat.XML) {
      extra.add(new QueryParameter("output_format", "JSON"));
    }
    return read("GET", "search", query, extra, null, options).document();
  }

  /**
   * Reads a schema, in XML (JSON schemas are broken on real stores).
   *
   * @param resource the resource
   * @param type {@code blank} or {@code synopsis}
   * @param options the call options
   * @return the document
   */
  public Document schema(String resource, String type, RequestOptions options) {
    return read(
            "GET",
            resource,
            Query.all(),
            List.of(new QueryParameter("schema", type)),
            null,
            options)
        .document();
  }

  /**
   * Tells whether an object exists, with {@code HEAD}.
   *
   * @param resource the resource
   * @param id the id
   * @param options the call options
   * @return whether the store answered 200
   */
  public boolean exists(String resource, long id, RequestOptions options) {
    HttpRequest request =
        HttpRequest.builder("HEAD", uri(resource + "/" + id, Query.all(), List.of())).build();
    try {
      return pipeline.execute(
          request,
          options,
          response -> {
            checkRedirect(request, response);
            track(response.headers());
            return true;
          });
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * Reads the root listing as XML trees.
   *
   * @param path the path below {@code /api/}, empty for the root
   * @param options the call options
   * @return the trees
   */
  public Raw getXmlTree(String path, RequestOptions options) {
    HttpRequest request = HttpRequest.get(uri(path, Query.all(), List.of())).build();
    return pipeline.execute(
        request,
        options,
        response -> {
          checkRedirect(request, response);
          track(response.headers());
          return new Raw(XmlReader.readRootChildren(response.body()));
        });
  }

  /**
   * Sends a write.
   *
   * @param resource the resource
   * @param method POST, PUT or PATCH
   * @param id the id for the URL, or null to write to the resource (several objects)
   * @param entities the objects
   * @param query extra parameters
   * @param options the call options
   * @return the stored objects
   */
  public Document write(
      String resource,
      String method,
      Long id,
      List<Entity> entities,
      Query query,
      RequestOptions options) {
    byte[] body = XmlWriter.write(entities, XmlWriter.singular(resource));
    List<QueryParameter> extra = new ArrayList<>();
    if (format == ResponseFormat.JSON) {
      extra.add(new QueryParameter("output_format", "JSON"));
    }
    String path = id == null ? resource : resource + "/" + id;
    return send(method, path, query, extra, RequestBody.of(body, XML_TYPE), options).document();
  }

  /**
   * Deletes one object, or several by id list.
   *
   * @param resource the resource
   * @param id the id, or null with {@code idList}
   * @param idList {@code [1,2,3]}, or null with {@code id}
   * @param options the call options
   */
  public void delete(String resource, Long id, String idList, RequestOptions options) {
    List<QueryParameter> extra = new ArrayList<>();
    if (idList != null) {
      extra.add(new QueryParameter("id", idList));
    }
    if (format == ResponseFormat.JSON) {
      extra.add(new QueryParameter("output_format", "JSON"));
    }
    send("DELETE", id == null ? resource : resource + "/" + id, Query.all(), extra, null, options);
  }

  /**
   * Returns the version the last successful answer reported.
   *
   * @return the version, empty until known
   */
  public Optional<StoreVersion> storeVersion() {
    return Optional.ofNullable(storeVersion.get());
  }

  private Reply send(
      String method,
      String path,
      Query query,
      List<QueryParameter> extra,
      RequestBody body,
      RequestOptions options) {
    boolean idempotent = !method.equals("POST") && !method.equals("PATCH");
    String wireMethod = method;
    List<QueryParameter> parameters = new ArrayList<>(extra);
    if (methodOverride && !method.equals("POST")) {
      // ps_method is the Webservice's only override; the body is read only for a real POST.
      parameters.add(new QueryParameter("ps_method", method));
      wireMethod = "POST";
    }
    HttpRequest.Builder request =
        HttpRequest.builder(wireMethod, uri(path, query, parameters)).idempotent(idempotent);
    if (body != null) {
      request.body(body);
    }
    return execute(request.build(), options, languageHint(query));
  }

  private Reply read(
      String method,
      String path,
      Query query,
      List<QueryParameter> extra,
      String localSha1,
      RequestOptions options) {
    HttpRequest.Builder request = HttpRequest.builder(method, uri(path, query, extra));
    if (localSha1 != null) {
      request.header("Local-Content-Sha1", localSha1);
    }
    return execute(request.build(), options, languageHint(query));
  }

  private Reply execute(HttpRequest request, RequestOptions options, int languageHint) {
    ResponseHandler<Reply> handler =
        response -> {
          checkRedirect(request, response);
          track(response.headers());
          Optional<String> sha1 = response.headers().firstValue("Content-Sha1");
          if (response.statusCode() == 304) {
            return new Reply(new Document(List.of(), List.of()), sha1, true);
          }
          return new Reply(decode(request, response, languageHint), sha1, false);
        };
    return pipeline.execute(request, options, handler);
  }

  private static Document decode(HttpRequest request, HttpResponse response, int languageHint)
      throws IOException {
    PushbackInputStream body = new PushbackInputStream(response.body(), 1);
    int first;
    do {
      first = body.read();
    } while (first == ' ' || first == '\n' || first == '\r' || first == '\t');
    if (first < 0) {
      return new Document(List.of(), List.of());
    }
    body.unread(first);
    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    // The type decides; anything else (application/javascript when PHP printed notices first) is
    // sniffed.
    boolean json =
        type.contains("json") || (!type.contains("xml") && (first == '{' || first == '['));
    InputStream in = body;
    Document document = json ? JsonReader.read(in, languageHint) : XmlReader.read(in, languageHint);
    if (!document.errors().isEmpty()) {
      // A 2xx answer holding errors: report them like an error answer.
      throw new InvalidRequestException(
          new ErrorResponse(
              request.method(),
              Redaction.uri(request.uri()),
              response.statusCode(),
              response.headers(),
              document.errors(),
              "",
              null));
    }
    return document;
  }

  private static void checkRedirect(HttpRequest request, HttpResponse response) {
    int status = response.statusCode();
    if (status < 300 || status >= 400 || status == 304) {
      return;
    }
    String location = response.headers().firstValue("Location").map(Exchange::redact).orElse("?");
    throw new InvalidRequestException(
        new ErrorResponse(
            request.method(),
            Redaction.uri(request.uri()),
            status,
            response.headers(),
            List.of(
                ApiError.of(
                    "redirect",
                    "the store redirected to "
                        + location
                        + " instead of answering (PrestaShop does this for an unknown or inactive"
                        + " id_shop and for a shop URL that is not the canonical one); redirects"
                        + " are never followed")),
            "",
            null));
  }

  private static String redact(String location) {
    try {
      return Redaction.uri(URI.create(location));
    } catch (IllegalArgumentException e) {
      return "an invalid URL";
    }
  }

  private void track(HttpHeaders headers) {
    headers
        .firstValue("PSWS-Version")
        .filter(v -> v.matches("\\d+(\\.\\d+)*") && !v.equals("0"))
        .ifPresent(v -> storeVersion.set(new StoreVersion(v)));
  }

  private URI uri(String path, Query query, List<QueryParameter> extra) {
    String queryString = query.toQueryString();
    String more = QueryStrings.toQueryString(extra);
    String joined =
        queryString.isEmpty() ? more : more.isEmpty() ? queryString : queryString + "&" + more;
    return pipeline.resolve("api/" + path + (joined.isEmpty() ? "" : "?" + joined));
  }

  private static int languageHint(Query query) {
    for (QueryParameter parameter : query.parameters()) {
      if (parameter.name().equals("language") && parameter.value().matches("\\d+")) {
        return Integer.parseInt(parameter.value());
      }
    }
    return 0;
  }

  /** Closes the pipeline's transport if it owns it. */
  @Override
  public void close() {
    pipeline.close();
  }

  /** Shows the API URL. */
  @Override
  public String toString() {
    return Redaction.uri(pipeline.resolve("api/"));
  }
}
