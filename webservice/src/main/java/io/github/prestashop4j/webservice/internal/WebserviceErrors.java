package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.PermissionException;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.http.ErrorDecoder;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.webservice.UnconfirmedWriteException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maps Webservice error responses to exceptions by PrestaShop's error code rather than by the HTTP
 * status alone: 8.x and 9.x answer most bad list parameters with HTTP 500, the real code first and
 * PHP warnings (codes 2 to 15) after it. Webservice errors are never retried; a bare 502/503/504
 * from a proxy may be. A redirect (core hands over every 3xx but 304, never followed) is an {@link
 * InvalidRequestException}: PrestaShop redirects for an unknown {@code id_shop}.
 */
public final class WebserviceErrors implements ErrorDecoder {
  private static final Set<Integer> UNAUTHORIZED = Set.of(16, 17, 18, 20, 21, 26);
  private static final Set<Integer> METHOD_NOT_ALLOWED =
      Set.of(23, 25, 49, 50, 51, 52, 55, 67, 77, 101);
  private static final Set<Integer> NOT_FOUND = Set.of(87, 92, 131);
  private static final Set<Integer> SERVER =
      Set.of(
          46, 47, 59, 61, 62, 63, 64, 66, 69, 70, 71, 82, 83, 88, 94, 95, 96, 97, 98, 99, 124, 126,
          127);
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  public List<ApiError> parseErrors(HttpHeaders headers, byte[] body) {
    try {
      Document document =
          Documents.read(
              headers.firstValue("Content-Type").orElse(""), new ByteArrayInputStream(body), 0);
      return document.errors();
    } catch (Exception e) {
      // Plain-text 401s, HTML error pages and cut-off bodies carry no readable error list.
      return List.of();
    }
  }

  @Override
  public boolean retryable(ErrorResponse response) {
    return response.errors().isEmpty();
  }

  @Override
  public PrestaShopException toException(ErrorResponse response) {
    if (response.isRedirect()) {
      // A redirect, which core never follows; whatever the body holds, the request was refused.
      return new InvalidRequestException(withRedirectHint(response));
    }
    int status = effectiveStatus(response);
    ApiException exception;
    if (status == 401) {
      exception = new AuthenticationException(response);
    } else if (status == 403) {
      exception = new PermissionException(response);
    } else if (status == 404) {
      exception = new NotFoundException(response);
    } else if (status >= 500) {
      exception =
          WRITES.contains(response.method())
              ? new UnconfirmedWriteException(response)
              : new ServerException(response);
    } else if (status == 429) {
      exception = ErrorDecoder.standardException(response);
    } else {
      exception = new InvalidRequestException(response);
    }
    return exception;
  }

  // The core message names the status and the Location; this says why a store redirects.
  private static ErrorResponse withRedirectHint(ErrorResponse response) {
    List<ApiError> errors = new ArrayList<>(response.errors());
    errors.add(
        ApiError.of(
            "redirect",
            "the store redirected instead of answering (PrestaShop does this for an unknown or"
                + " inactive id_shop and for a shop URL that is not the canonical one)"));
    return new ErrorResponse(
        response.method(),
        response.url(),
        response.statusCode(),
        response.headers(),
        errors,
        response.bodyExcerpt(),
        response.retryAfter());
  }

  /**
   * The status the error's code stands for: the first error that is not a PHP notice decides; with
   * no code, the HTTP status.
   */
  static int effectiveStatus(ErrorResponse response) {
    Integer code = null;
    for (ApiError error : response.errors()) {
      if (error.numericCode().isPresent()) {
        int value = error.numericCode().getAsInt();
        if (value < 2 || value > 15) {
          code = value;
          break;
        }
        if (code == null) {
          code = value;
        }
      }
    }
    int status = response.statusCode();
    if (code == null) {
      return status;
    }
    if (code >= 2 && code <= 15) {
      return 500;
    }
    if (UNAUTHORIZED.contains(code)) {
      return 401;
    }
    if (code == 22) {
      return 503;
    }
    if (METHOD_NOT_ALLOWED.contains(code)) {
      return 405;
    }
    if (NOT_FOUND.contains(code)) {
      return 404;
    }
    if (code == 132) {
      return 403;
    }
    if (SERVER.contains(code)) {
      return 500;
    }
    if (code == 999) {
      // Shop errors: 404 for an unknown shop, 500 for a group without shops (a bad parameter).
      return status == 404 ? 404 : 400;
    }
    if (code == 85 && status >= 500) {
      return 500;
    }
    return 400;
  }
}
