package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FakePrestaShopTest {
  private static final String READER = "READONLYKEY000000000000000000000";
  private static FakePrestaShop store;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store =
        FakePrestaShop.builder()
            .version("8")
            .key(FakePrestaShop.DEFAULT_KEY, Permissions.all())
            .key(READER, Permissions.builder().allow("products", Permissions.Method.GET).build())
            .clock(Clock.fixed(Instant.parse("2030-01-02T03:04:05Z"), ZoneOffset.UTC))
            .start();
  }

  @AfterAll
  static void stop() {
    store.close();
  }

  private static WebserviceClient client(String key) {
    return WebserviceClient.builder()
        .baseUrl(store.baseUrl())
        .apiKey(key)
        .httpConfig(ClientConfig.builder().allowInsecureHttp(true).build())
        .build();
  }

  private static HttpResponse<String> get(String pathAndQuery, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(store.baseUrl() + pathAndQuery));
    if (key != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_sdk_reads_the_demo_catalogue() {
    try (WebserviceClient ws = client(store.apiKey())) {
      assertThat(ws.resource("products").list().items()).hasSize(19);
      Entity product = ws.resource("products").get(1);
      assertThat(product.text("reference")).contains("demo_1");
      assertThat(product.localized("name")).isPresent();
    }
  }

  @Test
  void the_sdk_creates_an_entity_with_dates_from_the_clock() {
    try (WebserviceClient ws = client(store.apiKey())) {
      Entity created =
          ws.resource("customers")
              .create(
                  Entity.builder("customer")
                      .set("lastname", "Doe")
                      .set("firstname", "Jane")
                      .set("email", "jane.doe@example.com")
                      .set("passwd", "secret123")
                      .build());
      long id = created.id().orElseThrow();
      assertThat(ws.resource("customers").get(id).text("date_upd")).contains("2030-01-02 04:04:05");
      assertThat(ws.resource("customers").exists(id)).isTrue();
    }
  }

  @Test
  void a_key_without_the_permission_is_refused() {
    try (WebserviceClient ws = client(READER)) {
      assertThat(ws.resource("products").get(1).id()).hasValue(1);
      assertThatThrownBy(() -> ws.resource("customers").get(1))
          .isInstanceOf(PrestaShopException.class);
    }
  }

  @Test
  void answers_json_filters_sorts_and_limits() throws Exception {
    HttpResponse<String> r =
        get(
            "/api/products?display=%5Bid%2Cprice%5D&filter%5Bprice%5D=%3E%5B30%5D&sort=%5Bprice_DESC%5D&limit=2&output_format=JSON",
            store.apiKey());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("PSWS-Version")).hasValue("8.1.2");
    assertThat(r.body()).startsWith("{\"products\":[{\"id\":");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
  }

  @Test
  void without_credentials_answers_401_plain_text() throws Exception {
    HttpResponse<String> r = get("/api/products", null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).isEqualTo("401 Unauthorized");
    assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void unknown_id_is_404_with_an_empty_body_and_errors_carry_codes() throws Exception {
    HttpResponse<String> missing = get("/api/products/999999", store.apiKey());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEmpty();
    HttpResponse<String> badFilter = get("/api/products?filter%5Bfoo%5D=%5B1%5D", store.apiKey());
    assertThat(badFilter.statusCode()).isEqualTo(500);
    assertThat(badFilter.body()).contains("<code><![CDATA[32]]></code>");
    HttpResponse<String> schema = get("/api/products?schema=synopsis", store.apiKey());
    assertThat(schema.body()).contains("read_only=\"true\"").doesNotContain("127.0.0.1:8899");
  }

  @Test
  void generated_orders_are_listed_and_filtered() throws Exception {
    try (FakePrestaShop big = FakePrestaShop.start()) {
      long[] ids = big.generate("orders", 100_000);
      assertThat(ids[1] - ids[0]).isEqualTo(99_999);
      assertThat(big.count("orders")).isEqualTo(100_005);
      HttpRequest req =
          HttpRequest.newBuilder(
                  URI.create(
                      big.baseUrl()
                          + "/api/orders?display=%5Bid%2Creference%5D&filter%5Bid%5D=%5B"
                          + ids[1]
                          + "%5D&output_format=JSON"))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString((big.apiKey() + ":").getBytes(StandardCharsets.UTF_8)))
              .build();
      String body = HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body();
      assertThat(body).contains("\"id\":" + ids[1]).contains("GEN");
    }
    assertThatThrownBy(() -> store.generate("foobars", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_builder_names_the_wrong_setting() {
    assertThatThrownBy(() -> FakePrestaShop.builder().version("7.1"))
        .hasMessageContaining("version");
    assertThatThrownBy(() -> FakePrestaShop.builder().key("short", Permissions.all()))
        .hasMessageContaining("key");
    assertThatThrownBy(() -> FakePrestaShop.builder().port(70000)).hasMessageContaining("port");
    assertThatThrownBy(() -> Permissions.builder().allow("products"))
        .hasMessageContaining("methods");
  }

  @Test
  void version_9_says_so() throws Exception {
    try (FakePrestaShop nine = FakePrestaShop.builder().version("9.1.4").start()) {
      assertThat(nine.version()).isEqualTo("9.1.4");
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(nine.baseUrl() + "/api/?ws_key=" + nine.apiKey()))
              .build();
      HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
      assertThat(r.headers().firstValue("PSWS-Version")).hasValue("9.1.4");
      assertThat(r.body()).contains("<api shopName=\"TestShop\">");
    }
  }
}
