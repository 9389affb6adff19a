package io.github.prestashop4j.webservice.internal;

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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Sends Webservice requests and decodes their answers: the one place that knows which format to ask
 * for, which parameters each operation adds, and how the store's quirks look on the wire.
 */
public final class Exchange implements AutoCloseable {
  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

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
   * Reads a list (or the search resource, which answers two lists).
   *
   * @param resource the resource
   * @param query the parameters
   * @param localSha1 a known {@code Content-Sha1} to send as {@code Local-Content-Sha1}, or null
   * @param options the call options
   * @return the answer
   */
  public Reply list(String resource, Query query, String localSha1, RequestOptions options) {
    return send("GET", resource, query, jsonFor(true), null, localSha1, options);
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
    if (format == ResponseFormat.AUTO && query.display().isEmpty()) {
      // Without display, JSON drops every empty, zero and false field of a single object.
      extra.add(new QueryParameter("display", "full"));
    }
    extra.addAll(jsonFor(true));
    return send("GET", resource + "/" + id, query, extra, null, localSha1, options);
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
    List<QueryParameter> schema = List.of(new QueryParameter("schema", type));
    return send("GET", resource, Query.all(), schema, null, null, options).document();
  }

  /**
   * Reads a schema as XML trees, attributes kept (the synopsis' rules are attributes).
   *
   * @param resource the resource
   * @param type {@code blank} or {@code synopsis}
   * @param options the call options
   * @return the children of the root
   */
  public Raw schemaTree(String resource, String type, RequestOptions options) {
    List<QueryParameter> schema = List.of(new QueryParameter("schema", type));
    HttpRequest request = HttpRequest.get(uri(resource, Query.all(), schema)).build();
    return execute(
        request, options, response -> new Raw(XmlReader.readRootChildren(response.body())));
  }

  /**
   * Tells whether an object exists, with {@code HEAD}.
   *
   * @param resource the resource
   * @param id the id
   * @param query the parameters, such as a shop
   * @param options the call options
   * @return whether the store answered 200
   */
  public boolean exists(String resource, long id, Query query, RequestOptions options) {
    HttpRequest request =
        HttpRequest.builder("HEAD", uri(resource + "/" + id, query, List.of())).build();
    try {
      return execute(request, options, response -> true);
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * Reads the root listing as XML trees.
   *
   * @param options the call options
   * @return the trees
   */
  public Raw rootListing(RequestOptions options) {
    HttpRequest request = HttpRequest.get(uri("", Query.all(), List.of())).build();
    return execute(
        request, options, response -> new Raw(XmlReader.readRootChildren(response.body())));
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
    RequestBody body =
        RequestBody.of(XmlWriter.write(entities, XmlWriter.singular(resource)), XML_TYPE);
    String path = id == null ? resource : resource + "/" + id;
    return send(method, path, query, jsonFor(false), body, null, options).document();
  }

  /**
   * Deletes one object, or several by id list.
   *
   * @param resource the resource
   * @param id the id, or null with {@code idList}
   * @param idList {@code [1,2,3]}, or null with {@code id}
   * @param query the parameters, such as a shop
   * @param options the call options
   */
  public void delete(String resource, Long id, String idList, Query query, RequestOptions options) {
    List<QueryParameter> extra = new ArrayList<>();
    if (idList != null) {
      extra.add(new QueryParameter("id", idList));
    }
    extra.addAll(jsonFor(false));
    String path = id == null ? resource : resource + "/" + id;
    send("DELETE", path, query, extra, null, null, options);
  }

  /**
   * Returns the version the last successful answer reported.
   *
   * @return the version, empty until known
   */
  public Optional<StoreVersion> storeVersion() {
    return Optional.ofNullable(storeVersion.get());
  }

  // AUTO asks for JSON only for reads, where it is lossless; write answers stay XML.
  private List<QueryParameter> jsonFor(boolean read) {
    boolean json = format == ResponseFormat.JSON || (read && format == ResponseFormat.AUTO);
    return json ? List.of(new QueryParameter("output_format", "JSON")) : List.of();
  }

  private Reply send(
      String method,
      String path,
      Query query,
      List<QueryParameter> extra,
      RequestBody body,
      String localSha1,
      RequestOptions options) {
    boolean idempotent = !method.equals("POST") && !method.equals("PATCH");
    String wireMethod = method;
    List<QueryParameter> parameters = new ArrayList<>(extra);
    if (methodOverride && !method.equals("POST") && !method.equals("GET")) {
      // ps_method is the Webservice's only override; the body is read only for a real POST.
      parameters.add(new QueryParameter("ps_method", method));
      wireMethod = "POST";
    }
    HttpRequest.Builder request =
        HttpRequest.builder(wireMethod, uri(path, query, parameters)).idempotent(idempotent);
    if (body != null) {
      request.body(body);
    }
    if (localSha1 != null) {
      request.header("Local-Content-Sha1", localSha1);
    }
    HttpRequest built = request.build();
    int languageHint = query.singleLanguage().orElse(0);
    return execute(
        built,
        options,
        response -> {
          Optional<String> sha1 = response.headers().firstValue("Content-Sha1");
          if (response.statusCode() == 304) {
            return new Reply(new Document(List.of(), List.of()), sha1, true);
          }
          return new Reply(decode(built, response, languageHint), sha1, false);
        });
  }

  // Every answer notes the store's version (redirects never get here: core reports them).
  // Package-private for ImageTransfers, whose answers are tracked the same way.
  <T> T execute(HttpRequest request, RequestOptions options, ResponseHandler<T> handler) {
    return pipeline.execute(
        request,
        options,
        response -> {
          track(response.headers());
          return handler.handle(response);
        });
  }

  private static Document decode(HttpRequest request, HttpResponse response, int languageHint)
      throws IOException {
    Document document =
        Documents.read(
            response.headers().firstValue("Content-Type").orElse(""),
            response.body(),
            languageHint);
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

  private void track(HttpHeaders headers) {
    String version = headers.firstValue("PSWS-Version").orElse(null);
    if (version == null || version.equals("0")) {
      return;
    }
    StoreVersion known = storeVersion.get();
    // Every answer carries the header: parse it only when it changes.
    if ((known == null || !known.text().equals(version)) && VERSION.matcher(version).matches()) {
      storeVersion.set(new StoreVersion(version));
    }
  }

  private URI uri(String path, Query query, List<QueryParameter> extra) {
    String queryString = query.toQueryString();
    String more = QueryStrings.toQueryString(extra);
    String joined =
        queryString.isEmpty() ? more : more.isEmpty() ? queryString : queryString + "&" + more;
    return pipeline.resolve("api/" + path + (joined.isEmpty() ? "" : "?" + joined));
  }

  // ---- Images (binary downloads, multipart uploads): hooks for ImageTransfers ----

  /** Resolves {@code api/<path>} with parameters and no list query. */
  URI imageUri(String path, List<QueryParameter> parameters) {
    return uri(path, Query.all(), parameters);
  }

  /** Whether DELETE travels as POST with {@code ps_method}. */
  boolean methodOverride() {
    return methodOverride;
  }

  // ---- end of images hooks ----

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
