package io.github.prestashop4j.core.http;

import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.internal.Redaction;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable HTTP request as the SDK sends it: method, absolute URI, headers and an optional
 * body.
 *
 * <p>Whether the request may be retried after it reached the server is decided by {@link
 * #idempotent()}: by default true for GET, HEAD, PUT, DELETE, OPTIONS and TRACE, false for POST and
 * PATCH.
 */
public final class HttpRequest {
  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  private final String method;
  private final URI uri;
  private final HttpHeaders headers;
  private final RequestBody body;
  private final boolean idempotent;

  private HttpRequest(Builder builder) {
    this.method = builder.method;
    this.uri = builder.uri;
    this.headers = builder.headers.build();
    this.body = builder.body;
    this.idempotent =
        builder.idempotent != null ? builder.idempotent : IDEMPOTENT_METHODS.contains(method);
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method, for example {@code GET}; upper-cased
   * @param uri the absolute {@code http} or {@code https} URI
   * @return a builder
   * @throws IllegalArgumentException if the method is empty or the URI is not absolute HTTP(S)
   */
  public static Builder builder(String method, URI uri) {
    return new Builder(method, uri);
  }

  /**
   * Starts a GET request.
   *
   * @param uri the absolute {@code http} or {@code https} URI
   * @return a builder
   */
  public static Builder get(URI uri) {
    return new Builder("GET", uri);
  }

  /**
   * Returns a builder holding this request's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(method, uri);
    builder.headers = headers.toBuilder();
    builder.body = body;
    builder.idempotent = idempotent;
    return builder;
  }

  /**
   * Returns the method.
   *
   * @return the upper-case HTTP method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the URI.
   *
   * @return the absolute URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the headers set on this request.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * Returns the body.
   *
   * @return the body, empty for a request without one
   */
  public Optional<RequestBody> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Tells whether sending this request twice has the same effect as sending it once, which allows a
   * retry after the request may have reached the server.
   *
   * @return {@code true} for GET, HEAD, PUT, DELETE, OPTIONS and TRACE unless set otherwise
   */
  public boolean idempotent() {
    return idempotent;
  }

  /** Shows method and redacted URI only. */
  @Override
  public String toString() {
    return method + " " + Redaction.uri(uri);
  }

  /** Builds an {@link HttpRequest}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private HttpHeaders.Builder headers = HttpHeaders.builder();
    private RequestBody body;
    private Boolean idempotent;

    private Builder(String method, URI uri) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(uri, "uri");
      if (method.isBlank()) {
        throw new IllegalArgumentException("method: must not be blank");
      }
      if (!Checks.isAbsoluteHttp(uri)) {
        throw new IllegalArgumentException(
            "uri: must be an absolute http:// or https:// URI (got " + Redaction.uri(uri) + ")");
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.uri = uri;
    }

    /**
     * Adds a header value.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    /**
     * Sets every header of a set, replacing the values of the headers it names.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder headers(HttpHeaders headers) {
      this.headers.setAll(headers);
      return this;
    }

    /**
     * Sets the body; its media type is sent as {@code Content-Type}.
     *
     * @param body the body, or {@code null} for none
     * @return this builder
     */
    public Builder body(RequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * Overrides whether the request may be repeated safely. Set it to {@code true} for a POST that
     * has no side effect (for example an OAuth2 token request), so that it can be retried.
     *
     * @param idempotent {@code true} if sending it twice is harmless
     * @return this builder
     */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public HttpRequest build() {
      return new HttpRequest(this);
    }
  }
}
