package io.github.prestashop4j.core.http;

import com.fasterxml.jackson.core.JacksonException;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.ConnectionFailedException;
import io.github.prestashop4j.core.DeadlineExceededException;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InsecureTransportException;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.TransportException;
import io.github.prestashop4j.core.auth.AuthProvider;
import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.core.internal.RetryAfter;
import io.github.prestashop4j.core.internal.TransportSecurity;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests for a client: adds the default headers, the {@code User-Agent} and the
 * credentials, enforces the call's deadline, retries what {@link RetryPolicy} allows, logs at DEBUG
 * with secrets redacted, and turns error responses into exceptions through an {@link ErrorDecoder}.
 *
 * <p>Redirects are never followed: a 3xx answer other than 304 is handed to the {@link
 * ErrorDecoder} like a 4xx (by default an {@link io.github.prestashop4j.core.ApiException} with the
 * status, whose message names the {@code Location}) and is never retried. A 304 answers a
 * conditional request and is handed to the caller.
 *
 * <p>Every prestashop4j client is built on one; it is public so that callers can reach endpoints
 * the SDK does not cover yet with the same guarantees. Thread-safe.
 *
 * <p>Credentials are only ever sent to the origin (scheme, host, port) of the configured base URL,
 * and over plain {@code http://} only to loopback unless {@link ClientConfig#allowInsecureHttp()}
 * is set.
 */
public final class HttpPipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpPipeline.class);
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final ClientConfig config;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final AuthProvider auth;
  private final ErrorDecoder errorDecoder;

  private HttpPipeline(Builder builder) {
    this.config = builder.config;
    this.auth = builder.auth;
    this.errorDecoder = builder.errorDecoder;
    this.ownsTransport = config.transport().isEmpty();
    this.transport = config.transport().orElseGet(() -> JdkHttpTransport.from(config));
  }

  /**
   * Starts a pipeline for a configuration.
   *
   * @param config the client configuration
   * @return a builder
   */
  public static Builder builder(ClientConfig config) {
    return new Builder(config);
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration this pipeline was built with
   */
  public ClientConfig config() {
    return config;
  }

  /**
   * Resolves a path and query against the base URL.
   *
   * @param pathAndQuery a relative reference, already percent-encoded, for example {@code
   *     api/products?display=full}; a leading slash is resolved from the base URL's path, not the
   *     root
   * @return the absolute URI, always on the base URL's origin: the reference is appended after the
   *     base URL's path
   * @throws IllegalArgumentException if the result is not a valid URI
   */
  public URI resolve(String pathAndQuery) {
    String base = config.baseUrl().toString();
    String relative = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
    return URI.create(base.endsWith("/") ? base + relative : base + "/" + relative);
  }

  /**
   * Sends a request and hands the successful response to a handler, then closes it. Retries cover
   * failures while the handler reads the body, for idempotent requests.
   *
   * @param <T> the value the handler produces
   * @param request the request
   * @param options per-call overrides
   * @param handler reads the response (status below 300, or 304)
   * @return what the handler returned
   * @throws io.github.prestashop4j.core.ApiException (or what the error decoder chose) for a status
   *     of 400 or more, once retries are exhausted, and at once for a redirect (3xx but 304)
   * @throws TransportException if the exchange failed; {@link DeadlineExceededException} when the
   *     call's deadline passed
   * @throws DecodeException if the handler could not decode the body
   * @throws InsecureTransportException if credentials would leave the configured origin or travel
   *     over plain HTTP
   */
  public <T> T execute(HttpRequest request, RequestOptions options, ResponseHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    return run(request, options, handler);
  }

  /**
   * Sends a request and returns the successful response with its body still to read; the caller
   * must close it. The call's deadline keeps running while the body is read.
   *
   * @param request the request
   * @param options per-call overrides
   * @return the open response (status below 300, or 304)
   * @throws io.github.prestashop4j.core.ApiException (or what the error decoder chose) for a status
   *     of 400 or more, once retries are exhausted, and at once for a redirect (3xx but 304)
   * @throws TransportException if the exchange failed
   * @throws InsecureTransportException if credentials would leave the configured origin or travel
   *     over plain HTTP
   */
  public HttpResponse send(HttpRequest request, RequestOptions options) {
    return run(request, options, null);
  }

  /**
   * Closes the transport if this pipeline created it; a transport supplied in the configuration
   * stays open.
   */
  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  // handler == null: return the open response.
  @SuppressWarnings("unchecked")
  private <T> T run(HttpRequest request, RequestOptions options, ResponseHandler<T> handler) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    Deadline deadline = Deadline.after(options.callTimeout().orElse(config.callTimeout()));
    RetryPolicy policy = options.retryPolicy().orElse(config.retryPolicy());
    Target target = new Target(request);
    HttpHeaders baseHeaders = baseHeaders(request, options);
    if (auth != null) {
      requireBaseOrigin(request.uri());
    }
    boolean credentialRenewed = false;

    for (int attempt = 1; ; attempt++) {
      if (deadline.expired()) {
        throw deadlineExceeded(target, deadline, null);
      }
      HttpRequest prepared = withCredentials(request, baseHeaders);
      logRequest(prepared, attempt, policy);
      long started = System.nanoTime();
      HttpResponse response;
      try {
        response = transport.send(prepared, deadline);
      } catch (IOException e) {
        pauseOrThrow(e, request, target, policy, attempt, deadline);
        continue;
      }
      logResponse(prepared, response, started);

      int status = response.statusCode();
      // Everything but a success and a 304 is an error: redirects are never followed.
      if (status >= 300 && status != 304) {
        ErrorResponse error = readError(prepared, response);
        if (status == 401 && auth != null && !credentialRenewed && renewCredential(prepared)) {
          credentialRenewed = true;
          LOG.debug("Sending {} again with a renewed credential after HTTP 401", target);
          // A refused credential is not a failed attempt: the retry budget stays for the server.
          attempt--;
          continue;
        }
        // The same request would get the same redirect: only error statuses may be retried.
        Duration wait =
            error.isRedirect() ? null : waitAfterStatus(error, request, policy, attempt, deadline);
        if (wait == null) {
          throw errorDecoder.toException(error);
        }
        pause(wait, target, "HTTP " + status, attempt, policy, null);
        continue;
      }
      if (handler == null) {
        return (T) response;
      }
      try {
        return handler.handle(response);
      } catch (IOException e) {
        pauseOrThrow(e, request, target, policy, attempt, deadline);
      } finally {
        response.close();
      }
    }
  }

  /** Waits before the next attempt if the failure may be retried, else throws it. */
  private void pauseOrThrow(
      IOException e,
      HttpRequest request,
      Target target,
      RetryPolicy policy,
      int attempt,
      Deadline deadline) {
    PrestaShopException failure = classify(e, target, deadline);
    Duration wait = waitAfterFailure(failure, request, policy, attempt, deadline);
    if (wait == null) {
      throw failure;
    }
    pause(wait, target, failure.toString(), attempt, policy, failure);
  }

  private boolean renewCredential(HttpRequest refused) {
    return auth.renewAfterRefusal(refused.headers().firstValue("Authorization").orElse(""));
  }

  private HttpHeaders baseHeaders(HttpRequest request, RequestOptions options) {
    return config.defaultHeaders().toBuilder()
        .setAll(request.headers())
        .setAll(options.headers())
        .set("User-Agent", config.userAgent())
        .build();
  }

  // Same origin as the base URL, which build() checked for plain HTTP: no second check is needed.
  private void requireBaseOrigin(URI uri) {
    if (!sameOrigin(uri, config.baseUrl())) {
      throw new InsecureTransportException(
          "request URL: credentials are only sent to "
              + origin(config.baseUrl())
              + ", the configured base URL's origin; refused "
              + Redaction.uri(uri));
    }
  }

  // Asked for each attempt: a renewed credential must reach the next one.
  private HttpRequest withCredentials(HttpRequest request, HttpHeaders baseHeaders) {
    if (auth == null) {
      return request.toBuilder().headers(baseHeaders).build();
    }
    HttpHeaders headers =
        baseHeaders.toBuilder().set("Authorization", auth.authorizationHeader()).build();
    return request.toBuilder().headers(headers).build();
  }

  private Duration waitAfterFailure(
      PrestaShopException failure,
      HttpRequest request,
      RetryPolicy policy,
      int attempt,
      Deadline deadline) {
    // An interrupted caller asked to stop: trying again would ignore it.
    if (attempt >= policy.maxAttempts()
        || failure instanceof DeadlineExceededException
        || Thread.currentThread().isInterrupted()) {
      return null;
    }
    // A failed connection proves the request never left; anything else may have reached the server.
    // A certificate the JDK refused is refused again: retrying only delays the error.
    boolean retryable =
        !certificateRefused(failure)
            && (failure instanceof ConnectionFailedException
                || (failure instanceof TransportException && request.idempotent()));
    if (!retryable) {
      return null;
    }
    return fitsDeadline(
        policy.backoff(attempt, ThreadLocalRandom.current().nextDouble()), deadline);
  }

  private Duration waitAfterStatus(
      ErrorResponse error,
      HttpRequest request,
      RetryPolicy policy,
      int attempt,
      Deadline deadline) {
    if (attempt >= policy.maxAttempts()
        || !policy.retryableStatuses().contains(error.statusCode())
        || !request.idempotent()
        || !errorDecoder.retryable(error)) {
      return null;
    }
    Duration retryAfter = error.retryAfter();
    if (retryAfter != null) {
      return retryAfter.compareTo(policy.maxRetryAfter()) > 0
          ? null
          : fitsDeadline(retryAfter, deadline);
    }
    return fitsDeadline(
        policy.backoff(attempt, ThreadLocalRandom.current().nextDouble()), deadline);
  }

  private static Duration fitsDeadline(Duration wait, Deadline deadline) {
    return wait.compareTo(deadline.remaining()) < 0 ? wait : null;
  }

  private void pause(
      Duration wait,
      Target target,
      String reason,
      int attempt,
      RetryPolicy policy,
      PrestaShopException failure) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Retrying {} in {} ms after {} (attempt {}/{})",
          target,
          wait.toMillis(),
          reason,
          attempt + 1,
          policy.maxAttempts());
    }
    try {
      config.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      TransportException interrupted =
          new TransportException(target + ": interrupted while waiting to retry", e);
      if (failure != null) {
        interrupted.addSuppressed(failure);
      }
      throw interrupted;
    }
  }

  private static boolean certificateRefused(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CertificateException) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }

  private PrestaShopException classify(IOException e, Target target, Deadline deadline) {
    if (e instanceof HttpConnectTimeoutException) {
      return new ConnectionFailedException(target + ": connect timed out", e);
    }
    if (e instanceof HttpTimeoutException) {
      return deadlineExceeded(target, deadline, e);
    }
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return new ConnectionFailedException(target + ": could not connect: " + describe(e), e);
    }
    if (e instanceof JacksonException) {
      return new DecodeException(target + ": response could not be decoded: " + describe(e), e);
    }
    if (e instanceof InterruptedIOException) {
      return new TransportException(target + ": interrupted", e);
    }
    return new TransportException(target + " failed: " + describe(e), e);
  }

  private static DeadlineExceededException deadlineExceeded(
      Target target, Deadline deadline, Throwable cause) {
    return new DeadlineExceededException(target + ": " + deadline.passed(""), cause);
  }

  private static String describe(Throwable e) {
    String message =
        e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }

  private ErrorResponse readError(HttpRequest request, HttpResponse response) {
    byte[] body;
    try (response) {
      body = response.body().readNBytes(MAX_ERROR_BODY_BYTES);
    } catch (IOException e) {
      // An error body that cannot be read in full must not hide the status.
      body = new byte[0];
    }
    List<ApiError> errors;
    try {
      errors = errorDecoder.parseErrors(response.headers(), body);
    } catch (RuntimeException e) {
      LOG.debug("Error body of {} could not be parsed", request, e);
      errors = List.of();
    }
    return new ErrorResponse(
        request.method(),
        Redaction.uri(request.uri()),
        response.statusCode(),
        response.headers(),
        errors,
        excerpt(body),
        RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), config.clock())
            .orElse(null));
  }

  private static String excerpt(byte[] body) {
    int length = Math.min(body.length, ErrorResponse.MAX_EXCERPT_CHARS * 4);
    String text = new String(body, 0, length, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(Math.min(text.length(), ErrorResponse.MAX_EXCERPT_CHARS));
    for (int i = 0; i < text.length() && out.length() < ErrorResponse.MAX_EXCERPT_CHARS; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString().strip();
  }

  private void logRequest(HttpRequest request, int attempt, RetryPolicy policy) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "--> {} (attempt {}/{}) headers={}{}",
          request,
          attempt,
          policy.maxAttempts(),
          request.headers(),
          request.body().map(b -> " body=" + b).orElse(""));
    }
  }

  private static void logResponse(HttpRequest request, HttpResponse response, long startedNanos) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "<-- {} {} ({} ms) headers={}",
          response.statusCode(),
          request,
          (System.nanoTime() - startedNanos) / 1_000_000,
          response.headers());
    }
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
  }

  private static String origin(URI uri) {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  @Override
  public String toString() {
    return "HttpPipeline[" + config + ", auth=" + auth + "]";
  }

  /** Builds an {@link HttpPipeline}. */
  public static final class Builder {
    private final ClientConfig config;
    private AuthProvider auth;
    private ErrorDecoder errorDecoder = ErrorDecoder.standard();

    private Builder(ClientConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Sets the credentials added to every request.
     *
     * @param auth the provider, or {@code null} (default) for none
     * @return this builder
     */
    public Builder auth(AuthProvider auth) {
      this.auth = auth;
      return this;
    }

    /**
     * Sets how error responses become exceptions.
     *
     * @param errorDecoder the decoder; default {@link ErrorDecoder#standard()}
     * @return this builder
     */
    public Builder errorDecoder(ErrorDecoder errorDecoder) {
      this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @return the pipeline; it owns a transport it creates and closes it with itself
     * @throws InsecureTransportException if credentials are set and the base URL is plain {@code
     *     http://} to a non-loopback host without {@link ClientConfig#allowInsecureHttp()}
     */
    public HttpPipeline build() {
      config.baseUrl();
      if (auth != null) {
        TransportSecurity.requireSecure(config.baseUrl(), config.allowInsecureHttp(), "baseUrl");
      }
      return new HttpPipeline(this);
    }
  }

  /**
   * "METHOD url" with credentials redacted, for messages and logs: built on first use, since most
   * calls succeed without needing it.
   */
  private static final class Target {
    private final HttpRequest request;
    private String text;

    Target(HttpRequest request) {
      this.request = request;
    }

    @Override
    public String toString() {
      if (text == null) {
        text = request.method() + " " + Redaction.uri(request.uri());
      }
      return text;
    }
  }
}
