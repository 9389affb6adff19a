package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ErrorResponse;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.PermissionException;
import io.github.prestashop4j.core.RateLimitException;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.webservice.UnconfirmedWriteException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebserviceErrorsTest {
  private final WebserviceErrors decoder = new WebserviceErrors();

  private static ErrorResponse response(String method, int status, String codes) {
    List<ApiError> errors =
        codes.isEmpty()
            ? List.of()
            : Arrays.stream(codes.split(" ")).map(c -> ApiError.of(c, "m" + c)).toList();
    return new ErrorResponse(
        method, "https://shop/api/x", status, HttpHeaders.builder().build(), errors, "", null);
  }

  @ParameterizedTest(name = "{0} HTTP {1} codes [{2}] -> {3}")
  @CsvSource({
    "GET, 500, 32 3 3 3 3, InvalidRequestException",
    "GET, 500, 3 3, ServerException",
    "POST, 500, 3, UnconfirmedWriteException",
    "PUT, 500, 127, UnconfirmedWriteException",
    "DELETE, 404, 3 87, NotFoundException",
    "GET, 401, 20 21, AuthenticationException",
    "GET, 401, '', AuthenticationException",
    "GET, 403, 132, PermissionException",
    "GET, 404, 999, NotFoundException",
    "GET, 500, 999, InvalidRequestException",
    "POST, 500, 85, UnconfirmedWriteException",
    "POST, 400, 85, InvalidRequestException",
    "GET, 405, 23, InvalidRequestException",
    "GET, 503, 22, ServerException",
    "GET, 404, '', NotFoundException",
    "GET, 429, '', RateLimitException",
    "GET, 400, 27, InvalidRequestException",
  })
  void classifiesByTheFirstCodeThatIsNotAPhpNotice(
      String method, int status, String codes, String expected) {
    Class<?> type =
        switch (expected) {
          case "InvalidRequestException" -> InvalidRequestException.class;
          case "ServerException" -> ServerException.class;
          case "UnconfirmedWriteException" -> UnconfirmedWriteException.class;
          case "NotFoundException" -> NotFoundException.class;
          case "AuthenticationException" -> AuthenticationException.class;
          case "PermissionException" -> PermissionException.class;
          default -> RateLimitException.class;
        };

    Throwable exception = decoder.toException(response(method, status, codes));

    assertThat(exception).isExactlyInstanceOf(type);
  }

  @ParameterizedTest(name = "{0} HTTP {1}")
  @CsvSource({"GET, 301", "GET, 302", "GET, 307", "POST, 302", "DELETE, 308", "GET, 303"})
  void aRedirectIsAnInvalidRequestThatSaysWhyAStoreRedirects(String method, int status) {
    ErrorResponse redirect =
        new ErrorResponse(
            method,
            "https://shop/api/products?id_shop=99",
            status,
            HttpHeaders.builder().add("Location", "https://shop/?url=products").build(),
            List.of(),
            "",
            null);

    Throwable exception = decoder.toException(redirect);

    assertThat(exception)
        .isExactlyInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith(
            method
                + " https://shop/api/products?id_shop=99 returned HTTP "
                + status
                + ", a redirect to https://shop/?url=products (redirects are never followed): "
                + "[redirect] the store redirected instead of answering")
        .hasMessageContaining("unknown or inactive id_shop");
    assertThat(((InvalidRequestException) exception).statusCode()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({"'', true", "22, false", "32 3, false"})
  void retriesOnlyAnswersWithoutWebserviceErrors(String codes, boolean retryable) {
    assertThat(decoder.retryable(response("GET", 503, codes))).isEqualTo(retryable);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text/html; charset=utf-8|401 Unauthorized",
        "text/html|<html><body>Fatal error</body></html>",
        "text/xml|<prestashop><errors><error><code>",
        "application/json|{\"errors\":[{\"code\":3"
      })
  void readsNoErrorsFromBodiesThatCarryNone(String type, String body) {
    HttpHeaders headers = HttpHeaders.builder().add("Content-Type", type).build();

    assertThat(decoder.parseErrors(headers, body.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
