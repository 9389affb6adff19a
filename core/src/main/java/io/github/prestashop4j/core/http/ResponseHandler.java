package io.github.prestashop4j.core.http;

import java.io.IOException;

/**
 * Turns a successful response into a value, typically by decoding its body as it streams in.
 *
 * @param <T> the value produced
 */
@FunctionalInterface
public interface ResponseHandler<T> {
  /**
   * Reads the response.
   *
   * <p>An {@link IOException} from the body stream is a transport failure: the call is retried when
   * the request is idempotent. A body that is complete but cannot be decoded must be reported as a
   * {@link io.github.prestashop4j.core.DecodeException} (Jackson's parse exceptions are mapped to
   * it), which is never retried.
   *
   * @param response the response, status below 300 or 304; the pipeline closes it afterwards
   * @return the value
   * @throws IOException if reading the body fails
   */
  T handle(HttpResponse response) throws IOException;
}
