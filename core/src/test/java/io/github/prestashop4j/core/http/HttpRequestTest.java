package io.github.prestashop4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRequestTest {
  private static final URI PRODUCTS = URI.create("https://shop.example/api/products");

  @Test
  void upperCasesTheMethod() {
    assertThat(HttpRequest.builder("get", PRODUCTS).build().method()).isEqualTo("GET");
    assertThat(HttpRequest.builder("Patch", PRODUCTS).build().method()).isEqualTo("PATCH");
  }

  @Test
  void getStartsAGetRequestWithoutHeadersOrBody() {
    HttpRequest request = HttpRequest.get(PRODUCTS).build();

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.uri()).isEqualTo(PRODUCTS);
    assertThat(request.headers().isEmpty()).isTrue();
    assertThat(request.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "get", "put"})
  void safeAndIdempotentMethodsAreIdempotent(String method) {
    assertThat(HttpRequest.builder(method, PRODUCTS).build().idempotent()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH", "post", "patch"})
  void otherMethodsAreNotIdempotent(String method) {
    assertThat(HttpRequest.builder(method, PRODUCTS).build().idempotent()).isFalse();
  }

  @Test
  void idempotenceCanBeOverriddenEitherWay() {
    assertThat(HttpRequest.builder("POST", PRODUCTS).idempotent(true).build().idempotent())
        .isTrue();
    assertThat(HttpRequest.get(PRODUCTS).idempotent(false).build().idempotent()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/products",
        "shop.example/api",
        "ftp://shop.example/api",
        "file:///etc/passwd",
        "mailto:shop@example.com",
        "ws://shop.example/api"
      })
  void refusesAUriThatIsNotAbsoluteHttp(String uri) {
    assertThatThrownBy(() -> HttpRequest.builder("GET", URI.create(uri)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("uri:");
  }

  @Test
  void acceptsHttpAndHttpsInAnyCase() {
    assertThat(HttpRequest.get(URI.create("HTTPS://shop.example/api")).build().uri().getScheme())
        .isEqualTo("HTTPS");
    assertThat(HttpRequest.get(URI.create("http://127.0.0.1:8080/api")).build().uri().getPort())
        .isEqualTo(8080);
  }

  @Test
  void theUriRefusalDoesNotRepeatCredentials() {
    URI uri = URI.create("ftp://admin:hunter2@shop.example/api?ws_key=SECRETKEY");

    assertThatThrownBy(() -> HttpRequest.builder("GET", uri))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("hunter2")
        .doesNotContain("admin")
        .doesNotContain("SECRETKEY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void refusesABlankMethod(String method) {
    assertThatThrownBy(() -> HttpRequest.builder(method, PRODUCTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("method:");
  }

  @Test
  void refusesNullMethodOrUri() {
    assertThatThrownBy(() -> HttpRequest.builder(null, PRODUCTS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> HttpRequest.builder("GET", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringShowsTheMethodAndTheRedactedUriOnly() {
    HttpRequest request =
        HttpRequest.builder(
                "post",
                URI.create("https://shop.example/api/products?ws_key=SECRETKEY&display=full"))
            .header("X-Api-Key", "header-secret")
            .body(RequestBody.ofUtf8("<prestashop>body-secret</prestashop>", "text/xml"))
            .build();

    assertThat(request.toString())
        .isEqualTo("POST https://shop.example/api/products?ws_key=REDACTED&display=full")
        .doesNotContain("SECRETKEY", "header-secret", "body-secret");
  }

  @Test
  void headerAddsValuesAndHeadersSetsThem() {
    HttpRequest request =
        HttpRequest.get(PRODUCTS)
            .header("Accept", "text/xml")
            .header("accept", "application/json")
            .header("X-Kept", "1")
            .headers(HttpHeaders.builder().add("X-Replaced", "new").build())
            .build();

    assertThat(request.headers().allValues("Accept"))
        .containsExactly("text/xml", "application/json");
    assertThat(request.headers().allValues("X-Kept")).containsExactly("1");
    assertThat(request.headers().allValues("X-Replaced")).containsExactly("new");
  }

  @Test
  void headerChecksTheValue() {
    HttpRequest.Builder builder = HttpRequest.get(PRODUCTS);

    assertThatThrownBy(() -> builder.header("X-Test", "a\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBuilderDoesNotChangeARequestItAlreadyBuilt() {
    HttpRequest.Builder builder = HttpRequest.get(PRODUCTS).header("Accept", "text/xml");
    HttpRequest built = builder.build();

    builder.header("X-Later", "1").body(RequestBody.ofUtf8("x", "text/plain"));

    assertThat(built.headers().contains("X-Later")).isFalse();
    assertThat(built.body()).isEmpty();
  }

  @Test
  void toBuilderKeepsEverything() {
    RequestBody body =
        RequestBody.ofUtf8("grant_type=client_credentials", "application/x-www-form-urlencoded");
    HttpRequest original =
        HttpRequest.builder("POST", PRODUCTS)
            .header("Accept", "application/json")
            .header("X-Multi", "1")
            .header("X-Multi", "2")
            .body(body)
            .idempotent(true)
            .build();

    HttpRequest copy = original.toBuilder().build();

    assertThat(copy.method()).isEqualTo("POST");
    assertThat(copy.uri()).isEqualTo(PRODUCTS);
    assertThat(copy.headers()).isEqualTo(original.headers());
    assertThat(copy.headers().allValues("X-Multi")).containsExactly("1", "2");
    assertThat(copy.body()).containsSame(body);
    assertThat(copy.idempotent()).isTrue();
  }

  @Test
  void toBuilderKeepsTheDefaultIdempotence() {
    assertThat(HttpRequest.get(PRODUCTS).build().toBuilder().build().idempotent()).isTrue();
    assertThat(HttpRequest.builder("PATCH", PRODUCTS).build().toBuilder().build().idempotent())
        .isFalse();
  }

  @Test
  void changingTheBuilderFromToBuilderLeavesTheOriginalAlone() {
    HttpRequest original = HttpRequest.get(PRODUCTS).header("Accept", "text/xml").build();

    HttpRequest derived =
        original.toBuilder().header("Accept", "application/json").idempotent(false).build();

    assertThat(original.headers().allValues("Accept")).containsExactly("text/xml");
    assertThat(original.idempotent()).isTrue();
    assertThat(derived.headers().allValues("Accept"))
        .containsExactly("text/xml", "application/json");
    assertThat(derived.idempotent()).isFalse();
  }

  @Test
  void requestBodyCopiesItsInput() {
    byte[] source = {1, 2, 3};
    RequestBody body = RequestBody.of(source, "application/octet-stream");

    source[0] = 9;

    assertThat(body.bytes()).containsExactly(1, 2, 3);
    assertThat(body.length()).isEqualTo(3);
  }

  @Test
  void requestBodyHandsOutACopy() {
    RequestBody body = RequestBody.of(new byte[] {1, 2, 3}, "application/octet-stream");

    body.bytes()[0] = 9;

    assertThat(body.bytes()).containsExactly(1, 2, 3);
  }

  @Test
  void requestBodyEncodesTextAsUtf8() {
    RequestBody body = RequestBody.ofUtf8("caf\u00e9", "text/plain; charset=utf-8");

    assertThat(body.bytes()).isEqualTo("caf\u00e9".getBytes(StandardCharsets.UTF_8));
    assertThat(body.length()).isEqualTo(5);
    assertThat(body.contentType()).isEqualTo("text/plain; charset=utf-8");
  }

  @Test
  void requestBodyToStringShowsTypeAndLengthOnly() {
    RequestBody body =
        RequestBody.ofUtf8(
            "<customer><passwd>hunter2</passwd></customer>", "text/xml; charset=utf-8");

    assertThat(body.toString())
        .isEqualTo("RequestBody[text/xml; charset=utf-8, 45 bytes]")
        .doesNotContain("hunter2")
        .doesNotContain("customer");
  }

  @Test
  void requestBodyRefusesNulls() {
    assertThatThrownBy(() -> RequestBody.of(null, "text/plain"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RequestBody.of(new byte[0], null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RequestBody.ofUtf8(null, "text/plain"))
        .isInstanceOf(NullPointerException.class);
  }
}
