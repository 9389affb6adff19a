package io.github.prestashop4j.core.http;

import java.io.InputStream;

/**
 * A response whose headers have arrived and whose body is read as a stream. Close it when done:
 * that releases the connection.
 *
 * <p>Reading the body is bounded by the call's deadline: a read that would pass it fails with
 * {@link java.net.http.HttpTimeoutException}.
 */
public interface HttpResponse extends AutoCloseable {
  /**
   * Returns the status code.
   *
   * @return the HTTP status, for example 200
   */
  int statusCode();

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  HttpHeaders headers();

  /**
   * Returns the body stream. The same stream is returned on every call.
   *
   * @return the body; empty for a response without one
   */
  InputStream body();

  /**
   * Closes the body. {@link JdkHttpTransport} first reads a short unread tail (at most 64 KiB,
   * waiting at most 100 ms) so that the connection can serve another request; a longer or slower
   * tail ends the connection.
   */
  @Override
  void close();
}
