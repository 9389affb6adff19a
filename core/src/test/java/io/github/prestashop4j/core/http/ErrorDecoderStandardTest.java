package io.github.prestashop4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorDecoderStandardTest {
  private static final String URL = "https://shop.example/api/products/1";

  @Test
  void maps401ToAuthenticationException() {
    assertThat(ErrorDecoder.standardException(response(401)))
        .isExactlyInstanceOf(AuthenticationException.class);
  }

  @Test
  void maps403ToPermissionException() {
    assertThat(ErrorDecoder.standardException(response(403)))
        .isExactlyInstanceOf(PermissionException.class);
  }

  @Test
  void maps404ToNotFoundException() {
    assertThat(ErrorDecoder.standardException(response(404)))
        .isExactlyInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 405, 409, 413, 422})
  void mapsRequestErrorsToInvalidRequestException(int status) {
    assertThat(ErrorDecoder.standardException(response(status)))
        .isExactlyInstanceOf(InvalidRequestException.class);
  }

  @Test
  void maps429ToRateLimitExceptionWithTheRetryAfter() {
    ErrorResponse response = response(429, List.of(), "", Duration.ofSeconds(30));

    ApiException exception = ErrorDecoder.standardException(response);

    assertThat(exception).isExactlyInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) exception).retryAfter()).contains(Duration.ofSeconds(30));
  }

  @Test
  void maps429WithoutRetryAfterToRateLimitExceptionWithoutOne() {
    ApiException exception = ErrorDecoder.standardException(response(429));

    assertThat(exception).isExactlyInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) exception).retryAfter()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 501, 502, 503, 504, 599})
  void mapsServerErrorsToServerException(int status) {
    assertThat(ErrorDecoder.standardException(response(status)))
        .isExactlyInstanceOf(ServerException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {402, 406, 410, 418, 451})
  void mapsOtherStatusesToAPlainApiException(int status) {
    assertThat(ErrorDecoder.standardException(response(status)))
        .isExactlyInstanceOf(ApiException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void mapsRedirectsToAPlainApiExceptionNamingTheLocation(int status) {
    ErrorResponse response =
        new ErrorResponse(
            "POST",
            URL,
            status,
            HttpHeaders.of(Map.of("Location", List.of("https://other.example/x?key=s3cr3t"))),
            List.of(),
            "",
            null);

    assertThat(ErrorDecoder.standardException(response))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessage(
            "POST "
                + URL
                + " returned HTTP "
                + status
                + ", a redirect to https://other.example/x?key=REDACTED"
                + " (redirects are never followed)");
  }

  @Test
  void aRedirectWithoutALocationOrWithAnInvalidOneSaysSo() {
    assertThat(ErrorDecoder.standardException(response(302)))
        .hasMessage(
            "GET "
                + URL
                + " returned HTTP 302, a redirect without a Location (redirects are never"
                + " followed)");
    ErrorResponse invalid =
        new ErrorResponse(
            "GET",
            URL,
            301,
            HttpHeaders.of(Map.of("Location", List.of("http://bad host/ pa th"))),
            List.of(),
            "",
            null);
    assertThat(ErrorDecoder.standardException(invalid))
        .hasMessageContaining("a redirect to an invalid URL");
  }

  @Test
  void a304IsNotDescribedAsARedirect() {
    assertThat(ErrorDecoder.standardException(response(304)))
        .hasMessage("GET " + URL + " returned HTTP 304");
  }

  @Test
  void theStandardDecoderReadsNoErrorsAndMapsTheStandardWay() {
    ErrorDecoder decoder = ErrorDecoder.standard();

    assertThat(decoder.parseErrors(HttpHeaders.empty(), "<errors/>".getBytes())).isEmpty();
    PrestaShopException exception = decoder.toException(response(404));
    assertThat(exception).isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void theExceptionCarriesTheResponse() {
    List<ApiError> errors = List.of(ApiError.of("85", "Validation error"));
    ErrorResponse response =
        new ErrorResponse("PUT", URL, 400, HttpHeaders.empty(), errors, "<body/>", null);

    ApiException exception = ErrorDecoder.standardException(response);

    assertThat(exception.statusCode()).isEqualTo(400);
    assertThat(exception.method()).isEqualTo("PUT");
    assertThat(exception.url()).isEqualTo(URL);
    assertThat(exception.errors()).isEqualTo(errors);
    assertThat(exception.bodyExcerpt()).isEqualTo("<body/>");
  }

  @Test
  void theMessageListsEveryError() {
    ErrorResponse response =
        response(
            400,
            List.of(
                ApiError.of("85", "Validation error: \"name\" is empty"),
                ApiError.of("86", "Validation error: \"price\" is not a number"),
                ApiError.of(null, "No code")),
            "<prestashop><errors>...</errors></prestashop>",
            null);

    assertThat(ErrorDecoder.standardException(response))
        .hasMessage(
            "GET "
                + URL
                + " returned HTTP 400: [85] Validation error: \"name\" is empty;"
                + " [86] Validation error: \"price\" is not a number; No code");
  }

  @Test
  void theMessageQuotesTheStrippedBodyWhenThereIsNoError() {
    ErrorResponse response = response(502, List.of(), "  <html>Bad gateway</html>\n", null);

    assertThat(ErrorDecoder.standardException(response))
        .hasMessage("GET " + URL + " returned HTTP 502: <html>Bad gateway</html>");
  }

  @Test
  void theMessageEndsAtTheStatusWhenThereIsNeitherErrorNorBody() {
    assertThat(ErrorDecoder.standardException(response(404)))
        .hasMessage("GET " + URL + " returned HTTP 404");
    assertThat(ErrorDecoder.standardException(response(404, List.of(), " \n ", null)))
        .hasMessage("GET " + URL + " returned HTTP 404");
  }

  @Test
  void hasErrorCodeFindsANumericCode() {
    ApiException exception =
        ErrorDecoder.standardException(
            response(
                400,
                List.of(ApiError.of("invalid_client", "x"), ApiError.of(" 85 ", "y")),
                "",
                null));

    assertThat(exception.hasErrorCode(85)).isTrue();
    assertThat(exception.hasErrorCode(86)).isFalse();
  }

  @Test
  void hasErrorCodeIsFalseWhenNoErrorHasANumericCode() {
    ApiException exception =
        ErrorDecoder.standardException(
            response(
                401,
                List.of(ApiError.of("invalid_client", "x"), ApiError.of(null, "y")),
                "",
                null));

    assertThat(exception.hasErrorCode(0)).isFalse();
    assertThat(exception.hasErrorCode(401)).isFalse();
    assertThat(exception.hasErrorCode(Integer.MIN_VALUE)).isFalse();
    assertThat(exception.hasErrorCode(Integer.MAX_VALUE)).isFalse();
  }

  @Test
  void hasErrorCodeIsFalseWithoutErrors() {
    assertThat(ErrorDecoder.standardException(response(400)).hasErrorCode(85)).isFalse();
  }

  @Test
  void errorResponseCutsTheExcerptTo512Characters() {
    String longBody = "x".repeat(600);
    String exact = "y".repeat(ErrorResponse.MAX_EXCERPT_CHARS);

    assertThat(ErrorResponse.MAX_EXCERPT_CHARS).isEqualTo(512);
    assertThat(response(500, List.of(), longBody, null).bodyExcerpt())
        .hasSize(512)
        .isEqualTo(longBody.substring(0, 512));
    assertThat(response(500, List.of(), exact, null).bodyExcerpt()).isEqualTo(exact);
    assertThat(response(500, List.of(), "short", null).bodyExcerpt()).isEqualTo("short");
  }

  @Test
  void errorResponseTurnsANullExcerptIntoAnEmptyOne() {
    assertThat(response(500, List.of(), null, null).bodyExcerpt()).isEmpty();
  }

  @Test
  void errorResponseCopiesTheErrors() {
    List<ApiError> errors = new ArrayList<>(List.of(ApiError.of("85", "first")));
    ErrorResponse response = response(400, errors, "", null);

    errors.add(ApiError.of("86", "second"));

    assertThat(response.errors()).containsExactly(ApiError.of("85", "first"));
    assertThatThrownBy(() -> response.errors().add(ApiError.of("1", "x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void errorResponseRequiresMethodUrlAndHeaders() {
    assertThatThrownBy(
            () -> new ErrorResponse(null, URL, 400, HttpHeaders.empty(), List.of(), "", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new ErrorResponse("GET", null, 400, HttpHeaders.empty(), List.of(), "", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ErrorResponse("GET", URL, 400, null, List.of(), "", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void numericCodeReadsANumberWithSurroundingWhitespace() {
    assertThat(ApiError.of("85", "m").numericCode()).hasValue(85);
    assertThat(ApiError.of(" 85 ", "m").numericCode()).hasValue(85);
    assertThat(ApiError.of("-1", "m").numericCode()).hasValue(-1);
  }

  @Test
  void numericCodeIsEmptyForAWordNothingOrTooLargeANumber() {
    assertThat(ApiError.of("invalid_client", "m").numericCode()).isEmpty();
    assertThat(ApiError.of(null, "m").numericCode()).isEmpty();
    assertThat(ApiError.of("", "m").numericCode()).isEmpty();
    assertThat(ApiError.of("85a", "m").numericCode()).isEmpty();
    assertThat(ApiError.of("99999999999", "m").numericCode()).isEmpty();
  }

  @Test
  void apiErrorKeepsCodeAndMessage() {
    ApiError error = ApiError.of("85", "Validation error");

    assertThat(error.code()).isEqualTo("85");
    assertThat(error.message()).isEqualTo("Validation error");
    assertThat(error).hasToString("[85] Validation error");
    assertThat(ApiError.of(null, "Only a message")).hasToString("Only a message");
    assertThat(ApiError.of("85", null).message()).isEmpty();
  }

  @Test
  void apiErrorEqualityComparesCodeAndMessage() {
    assertThat(ApiError.of("85", "m"))
        .isEqualTo(ApiError.of("85", "m"))
        .hasSameHashCodeAs(ApiError.of("85", "m"))
        .isNotEqualTo(ApiError.of("86", "m"))
        .isNotEqualTo(ApiError.of("85", "n"))
        .isNotEqualTo(ApiError.of(null, "m"));
    assertThat(ApiError.of(null, null)).isEqualTo(ApiError.of(null, ""));
  }

  private static ErrorResponse response(int status) {
    return response(status, List.of(), "", null);
  }

  private static ErrorResponse response(
      int status, List<ApiError> errors, String body, Duration retryAfter) {
    return new ErrorResponse("GET", URL, status, HttpHeaders.empty(), errors, body, retryAfter);
  }
}
