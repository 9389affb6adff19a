package io.github.prestashop4j.core.http;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.internal.DeadlineBodySubscriber;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * The default {@link HttpTransport}, on the JDK's {@code java.net.http.HttpClient}.
 *
 * <p>Connections are pooled and reused; HTTPS negotiates HTTP/2 when the server offers it and falls
 * back to HTTP/1.1. Plain {@code http://} always uses HTTP/1.1, because an {@code h2c} upgrade
 * attempt confuses some servers. Redirects are never followed, so credentials never reach another
 * host. The deadline covers the wait for the headers and every read of the body.
 *
 * <p>Thread-safe; share one instance between clients to share its connection pool.
 */
public final class JdkHttpTransport implements HttpTransport {
  private final HttpClient client;
  private final HttpClient.Version version;

  private JdkHttpTransport(Builder builder) {
    HttpClient.Builder client =
        HttpClient.newBuilder()
            .version(builder.version)
            .connectTimeout(builder.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (builder.proxy != null) {
      client.proxy(builder.proxy);
    }
    if (builder.executor != null) {
      client.executor(builder.executor);
    }
    if (builder.sslContext != null) {
      client.sslContext(builder.sslContext);
    }
    this.client = client.build();
    this.version = builder.version;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with the defaults: HTTP/2 preferred, connect timeout 10 seconds, the system's
   *     proxy selector and SSL context, an executor created by the JDK
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the transport a configuration describes: its connect timeout, proxy and executor. A
   * client that sends to several base URLs builds one and shares it with {@link
   * ClientConfig#withTransport(HttpTransport)}, so that all its calls share one connection pool.
   *
   * @param config the configuration
   * @return a new transport, which the caller closes
   */
  public static JdkHttpTransport from(ClientConfig config) {
    Builder jdk = builder().connectTimeout(config.connectTimeout());
    config.proxy().ifPresent(jdk::proxy);
    config.executor().ifPresent(jdk::executor);
    return jdk.build();
  }

  @Override
  public HttpResponse send(HttpRequest request, Deadline deadline) throws IOException {
    java.net.http.HttpRequest jdkRequest = toJdkRequest(request, deadline);
    // The blocking send completes in the calling thread: sendAsync would hand every answer to a
    // pool thread first, a wake-up that costs more than the rest of a small call.
    try {
      java.net.http.HttpResponse<InputStream> response =
          client.send(jdkRequest, info -> new DeadlineBodySubscriber(deadline));
      return new JdkResponse(
          response.statusCode(), HttpHeaders.received(response.headers().map()), response.body());
    } catch (HttpConnectTimeoutException e) {
      throw e;
    } catch (HttpTimeoutException e) {
      // The request's timeout is the deadline's remainder: say which deadline passed.
      HttpTimeoutException timeout =
          new HttpTimeoutException(deadline.passed("while waiting for the response"));
      timeout.initCause(e);
      throw timeout;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the response");
    }
  }

  private java.net.http.HttpRequest toJdkRequest(HttpRequest request, Deadline deadline)
      throws HttpTimeoutException {
    // Read once: a second read could find zero, which the JDK's timeout refuses.
    Duration remaining = deadline.remaining();
    if (remaining.isZero()) {
      throw new HttpTimeoutException(deadline.passed("before the request was sent"));
    }
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(request.uri())
            // The JDK's timeout stops at the headers; the body subscriber enforces the rest.
            .timeout(remaining)
            .method(
                request.method(),
                request
                    .body()
                    .map(body -> BodyPublishers.ofByteArray(body.bytes()))
                    .orElseGet(BodyPublishers::noBody));
    request.body().ifPresent(body -> builder.setHeader("Content-Type", body.contentType()));
    request
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              // The body's own media type wins over a Content-Type header.
              if (request.body().isEmpty() || !name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    if (version == HttpClient.Version.HTTP_2
        && "http".equals(request.uri().getScheme().toLowerCase(Locale.ROOT))) {
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    return builder.build();
  }

  /**
   * Releases the client: on Java 21 and later its threads and connections are closed now; on Java
   * 17 they are released once the client is no longer reachable.
   */
  @Override
  public void close() {
    // HttpClient is AutoCloseable from Java 21 on; the check keeps Java 17 bytecode.
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing only releases resources; nothing is left to report to the caller.
      }
    }
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[version=" + version + "]";
  }

  private record JdkResponse(int statusCode, HttpHeaders headers, InputStream body)
      implements HttpResponse {
    @Override
    public void close() {
      try {
        body.close();
      } catch (IOException e) {
        // The stream only cancels the exchange on close; nothing can fail that matters here.
      }
    }
  }

  /** Builds a {@link JdkHttpTransport}. */
  public static final class Builder {
    private HttpClient.Version version = HttpClient.Version.HTTP_2;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private ProxySelector proxy;
    private Executor executor;
    private SSLContext sslContext;

    private Builder() {}

    /**
     * Sets the preferred HTTP version.
     *
     * @param version {@code HTTP_2} (default: negotiated over TLS, HTTP/1.1 otherwise) or {@code
     *     HTTP_1_1}
     * @return this builder
     */
    public Builder version(HttpClient.Version version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets how long establishing a connection may take.
     *
     * @param connectTimeout a positive duration; default 10 seconds
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the proxy selector.
     *
     * @param proxy the selector, or {@code null} for the JDK default (direct unless system
     *     properties say otherwise)
     * @return this builder
     */
    public Builder proxy(ProxySelector proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Sets the executor for the client's asynchronous work.
     *
     * @param executor the executor, or {@code null} (default) to let the JDK create one per client
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Sets the TLS context, for example to trust a private certificate authority.
     *
     * @param sslContext the context, or {@code null} (default) for the JDK's default context
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return a new transport with its own connection pool
     */
    public JdkHttpTransport build() {
      return new JdkHttpTransport(this);
    }
  }
}
