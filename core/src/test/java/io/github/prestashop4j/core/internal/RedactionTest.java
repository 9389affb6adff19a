package io.github.prestashop4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.http.HttpHeaders;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

  @Test
  void uriDropsUserInformation() {
    String printed = Redaction.uri(URI.create("https://user:pw@shop.example/api"));

    assertThat(printed)
        .isEqualTo("https://shop.example/api")
        .doesNotContain("user")
        .doesNotContain("pw");
  }

  @Test
  void uriDropsUserInformationFromARegistryBasedAuthority() {
    // The underscore makes java.net.URI give up on a host: only the raw authority is known.
    URI uri = URI.create("http://admin:hunter2@shop_example.test/api");

    assertThat(Redaction.uri(uri))
        .isEqualTo("http://shop_example.test/api")
        .doesNotContain("admin")
        .doesNotContain("hunter2");
  }

  @Test
  void uriDropsTheFragment() {
    assertThat(Redaction.uri(URI.create("https://shop.example/api/products#access_token=abc")))
        .isEqualTo("https://shop.example/api/products");
  }

  @Test
  void uriRedactsTheValuesOfSecretQueryParametersAndKeepsTheOthersVerbatim() {
    URI uri =
        URI.create(
            "https://shop.example/api/products?ws_key=K3YVALUE&access_token=AT0KEN"
                + "&client_secret=CSECRET&token=T0KEN&signature=S1GNATURE&code=AUTHC0DE"
                + "&display=full&filter%5Bid%5D=%5B1%5D");

    String printed = Redaction.uri(uri);

    assertThat(printed)
        .isEqualTo(
            "https://shop.example/api/products?ws_key=REDACTED&access_token=REDACTED"
                + "&client_secret=REDACTED&token=REDACTED&signature=REDACTED&code=REDACTED"
                + "&display=full&filter%5Bid%5D=%5B1%5D");
    assertThat(printed)
        .doesNotContain("K3YVALUE", "AT0KEN", "CSECRET", "T0KEN", "S1GNATURE", "AUTHC0DE");
  }

  @Test
  void uriRedactsSecretParametersWhateverTheirCaseOrEncoding() {
    URI uri = URI.create("https://shop.example/api?WS_KEY=ONE&ws%5Fkey=TWO&Access_Token=THREE");

    assertThat(Redaction.uri(uri))
        .isEqualTo(
            "https://shop.example/api?WS_KEY=REDACTED&ws%5Fkey=REDACTED&Access_Token=REDACTED");
  }

  @Test
  void uriKeepsThePort() {
    assertThat(Redaction.uri(URI.create("https://shop.example:8443/api?ws_key=SECRET")))
        .isEqualTo("https://shop.example:8443/api?ws_key=REDACTED");
  }

  @Test
  void uriKeepsAnIpv6HostInBrackets() {
    assertThat(Redaction.uri(URI.create("http://[::1]:8080/api?token=SECRET")))
        .isEqualTo("http://[::1]:8080/api?token=REDACTED");
    assertThat(Redaction.uri(URI.create("https://u:p@[2001:db8::7]/api")))
        .isEqualTo("https://[2001:db8::7]/api");
  }

  @Test
  void uriKeepsAPlainUriUnchanged() {
    String plain = "https://shop.example/api/products/12?display=full&limit=0,50";

    assertThat(Redaction.uri(URI.create(plain))).isEqualTo(plain);
  }

  @Test
  void uriOfNullIsTheWordNull() {
    assertThat(Redaction.uri(null)).isEqualTo("null");
  }

  @Test
  void headersRedactsSecretHeadersWhateverTheirCaseAndKeepsTheOthers() {
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("authorization", "Basic QUJDOg==")
            .add("Cookie", "PHPSESSID=cookie-one")
            .add("SET-COOKIE", "PHPSESSID=cookie-two")
            .add("X-Api-Key", "api-key-value")
            .add("svix-signature", "v1,signature-value")
            .add("Content-Type", "application/json")
            .build();

    String printed = Redaction.headers(headers);

    assertThat(printed)
        .isEqualTo(
            "{authorization: REDACTED, Content-Type: application/json, Cookie: REDACTED,"
                + " SET-COOKIE: REDACTED, svix-signature: REDACTED, X-Api-Key: REDACTED}")
        .doesNotContain("QUJDOg", "cookie-one", "cookie-two", "api-key-value", "signature-value");
  }

  @Test
  void headersJoinsTheValuesOfAHeader() {
    HttpHeaders headers = HttpHeaders.builder().add("Accept", "a/b").add("Accept", "c/d").build();

    assertThat(Redaction.headers(headers)).isEqualTo("{Accept: a/b, c/d}");
  }

  @Test
  void headersOfNoHeaderIsEmptyBraces() {
    assertThat(Redaction.headers(HttpHeaders.empty())).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "AUTHORIZATION",
        "Proxy-Authorization",
        "Cookie",
        "set-cookie",
        "X-Api-Key",
        "Svix-Signature",
        "X-Auth-Token",
        "X-Client-Secret"
      })
  void secretHeaders(String name) {
    assertThat(Redaction.isSecretHeader(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Keep-Alive", "Content-Type", "Accept", "Retry-After", "Location"})
  void ordinaryHeaders(String name) {
    assertThat(Redaction.isSecretHeader(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ws_key", "WS_KEY", "code", "access_token", "client_secret", "sig"})
  void secretParameters(String name) {
    assertThat(Redaction.isSecretParameter(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"display", "filter[id]", "limit", "sort", "output_format"})
  void ordinaryParameters(String name) {
    assertThat(Redaction.isSecretParameter(name)).isFalse();
  }
}
