package io.github.prestashop4j.core.http;

import java.io.IOException;

/**
 * Sends one HTTP request and returns the response once its headers have arrived. The default is
 * {@link JdkHttpTransport}; supply another through {@link
 * io.github.prestashop4j.core.ClientConfig.Builder#transport} to use a different HTTP library or to
 * share one connection pool between clients.
 *
 * <p>A transport does one exchange only: retries, authentication, logging and error mapping happen
 * around it. Implementations must be thread-safe.
 */
public interface HttpTransport extends AutoCloseable {
  /**
   * Sends a request.
   *
   * @param request the request, with every header it must carry
   * @param deadline when the whole exchange, reading the body included, must be over; the returned
   *     body stream must fail a read that would pass it with {@link
   *     java.net.http.HttpTimeoutException}
   * @return the response; the caller closes it
   * @throws java.net.ConnectException if no connection could be made (the request was not sent)
   * @throws java.net.http.HttpConnectTimeoutException if connecting took too long (not sent)
   * @throws java.net.http.HttpTimeoutException if the deadline passed before the headers arrived
   * @throws IOException for any other I/O failure (the request may have been sent)
   */
  HttpResponse send(HttpRequest request, Deadline deadline) throws IOException;

  /** Releases the transport's connections and threads. */
  @Override
  void close();
}
