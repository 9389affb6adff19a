package io.github.prestashop4j.core.http;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.PermissionException;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.RateLimitException;
import io.github.prestashop4j.core.ServerException;
import java.util.List;

/**
 * Turns an error response (status 400 or more, or a redirect: 3xx other than 304, which is never
 * followed) into an exception: reads the server's errors from the body, then chooses the exception
 * type. Each service has its own error body format; the default reads none and maps statuses with
 * {@link #standardException(ErrorResponse)}.
 */
public interface ErrorDecoder {
  /**
   * Reads the errors a server listed in an error body.
   *
   * @param headers the response headers, for the media type
   * @param body the start of the body (at most 64 KiB), possibly empty or not in the expected
   *     format
   * @return the errors, empty if there are none or the body cannot be read; must not throw
   */
  List<ApiError> parseErrors(HttpHeaders headers, byte[] body);

  /**
   * Chooses the exception for an error response.
   *
   * @param response the response, with the errors {@link #parseErrors} found
   * @return the exception to throw; by default {@link #standardException(ErrorResponse)}
   */
  default PrestaShopException toException(ErrorResponse response) {
    return standardException(response);
  }

  /**
   * Tells whether an error response may be retried at all; not asked for a redirect, which is never
   * retried. The retry policy still decides (status, method, attempts, deadline); this only lets a
   * service veto retries of errors that its body proves permanent, such as a 503 that says the API
   * is switched off.
   *
   * @param response the response, with the errors {@link #parseErrors} found
   * @return {@code true} by default
   */
  default boolean retryable(ErrorResponse response) {
    return true;
  }

  /**
   * Returns the decoder that reads no errors from bodies and maps statuses the standard way.
   *
   * @return the standard decoder
   */
  static ErrorDecoder standard() {
    return (headers, body) -> List.of();
  }

  /**
   * Maps a status to the exception type, as the README's table shows: 401 {@link
   * AuthenticationException}, 403 {@link PermissionException}, 404 {@link NotFoundException}, 400,
   * 405, 409, 413 and 422 {@link InvalidRequestException}, 429 {@link RateLimitException}, 5xx
   * {@link ServerException}, anything else (redirects included) {@link ApiException}.
   *
   * @param response the error response
   * @return the exception
   */
  static ApiException standardException(ErrorResponse response) {
    int status = response.statusCode();
    switch (status) {
      case 401:
        return new AuthenticationException(response);
      case 403:
        return new PermissionException(response);
      case 404:
        return new NotFoundException(response);
      case 400:
      case 405:
      case 409:
      case 413:
      case 422:
        return new InvalidRequestException(response);
      case 429:
        return new RateLimitException(response, response.retryAfter());
      default:
        return status >= 500 ? new ServerException(response) : new ApiException(response);
    }
  }
}
