package io.github.prestashop4j.webservice.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RequestValidationException;
import io.github.prestashop4j.core.RequestValidationException.Violation;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.UnsupportedFeatureException;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.internal.XmlReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class ModelResourceTest {
  private static final String KEY = "ZYXWVUTSRQPONMLKJIHGFEDCBA987654";
  private WebserviceClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private WebserviceClient client(WireMockRuntimeInfo wm) {
    client =
        WebserviceClient.builder()
            .baseUrl(wm.getHttpBaseUrl())
            .apiKey(KEY)
            .httpConfig(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build())
            .build();
    return client;
  }

  // Answers GET /api/ with the given PSWS-Version, so the client knows the store's version.
  private static void storeVersion(WebserviceClient client, String version) {
    stubFor(
        get(urlPathEqualTo("/api/"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withHeader("PSWS-Version", version)
                    .withBody(
                        "<?xml version=\"1.0\"?><prestashop><api shopName=\"s\"/></prestashop>")));
    client.capabilities();
    WireMock.resetAllRequests();
  }

  private static Customer validCustomer() {
    return Customer.builder()
        .lastname("Doe")
        .firstname("Jane")
        .email("jane@example.com")
        .passwd("$2y$10$abcdefghijklmnopqrstuv")
        .build();
  }

  @Test
  void invalidEmail_failsBeforeAnyRequest_namingTheFieldAndRule(WireMockRuntimeInfo wm) {
    Customer customer = validCustomer().toBuilder().email("not-an-email").build();

    assertThatThrownBy(() -> client(wm).customers().create(customer))
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("email", "Format", "must be a valid isEmail value")))
        .hasMessageContaining("customers")
        .hasMessageNotContaining("not-an-email");
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void productNameLongerThanItsMaxSize_failsBeforeAnyRequest(WireMockRuntimeInfo wm) {
    Product product =
        Product.builder().name(1, "x".repeat(129)).price(new BigDecimal("10.00")).build();

    assertThatThrownBy(() -> client(wm).products().create(product))
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::rule)
                    .contains(org.assertj.core.groups.Tuple.tuple("name", "MaxSize")));
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void missingRequiredFields_areAllReportedBeforeAnyRequest(WireMockRuntimeInfo wm) {
    Customer customer = Customer.builder().firstname("Jane").build();

    assertThatThrownBy(() -> client(wm).customers().create(customer))
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("email", "Required"),
                        org.assertj.core.groups.Tuple.tuple("lastname", "Required"),
                        org.assertj.core.groups.Tuple.tuple("passwd", "Required")));
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void patch_checksAndSendsOnlyTheChangedFields(WireMockRuntimeInfo wm) throws Exception {
    WebserviceClient client = client(wm);
    Customer stored =
        Customer.TYPE.decode(
            Entity.builder("customer")
                .set("id", "4")
                .set("email", "old@example.com")
                .set("secure_key", "0123456789abcdef0123456789abcdef")
                .set("lastname", "Doe")
                .set("firstname", "1nvalid name kept by the store")
                .build());
    stubFor(
        patch(urlPathEqualTo("/api/customers/4"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        "<prestashop><customer><id>4</id><email>new@example.com</email>"
                            + "<newsletter>1</newsletter></customer></prestashop>")));

    Customer changed = stored.toBuilder().email("new@example.com").newsletter(true).build();
    Customer answer = client.customers().patch(changed);

    assertThat(changed.changedFields()).containsExactly("email", "newsletter");
    Entity sent =
        XmlReader.read(
                new ByteArrayInputStream(
                    wm.getWireMock().find(patchRequestedFor(anyUrl())).get(0).getBody()),
                0)
            .entities()
            .get(0);
    assertThat(sent.fields()).containsOnlyKeys("id", "email", "newsletter");
    assertThat(sent.text("newsletter")).contains("1");
    assertThat(answer.email()).contains("new@example.com");
    assertThat(answer.newsletter()).contains(true);
    assertThatThrownBy(() -> client.customers().patch(stored))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no field was changed");
  }

  @Test
  void aFieldRemovedIn9_isRefusedOn9BeforeAnyRequest_andLeftOutWhenOnlyCarried(
      WireMockRuntimeInfo wm) {
    WebserviceClient client = client(wm);
    storeVersion(client, "9.1.4");
    Category withKeywords =
        Category.builder()
            .active(true)
            .name(1, "Shoes")
            .linkRewrite(1, "shoes")
            .metaKeywords(1, "k")
            .build();

    assertThatThrownBy(() -> client.categories().create(withKeywords))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage(
            "categories.meta_keywords exists before PrestaShop 9.0; this store's version is 9.1.4");
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void aResourceRemovedIn9_isRefusedOn9BeforeAnyRequest(WireMockRuntimeInfo wm) {
    WebserviceClient client = client(wm);
    storeVersion(client, "9.1.4");

    assertThatThrownBy(() -> client.supplyOrders().create(SupplyOrder.builder().build()))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("supply_orders exists before PrestaShop 9.0; this store's version is 9.1.4");
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void versionSpecificSizes_applyOnceTheVersionIsKnown(WireMockRuntimeInfo wm) {
    WebserviceClient client = client(wm);
    Attachment attachment =
        Attachment.builder()
            .name(1, "n".repeat(100))
            .fileName("f")
            .file("abc")
            .mime("text/plain")
            .build();
    storeVersion(client, "8.1.2");

    assertThatThrownBy(() -> client.attachments().create(attachment))
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::message)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            "name", "must be at most 32 characters long")));
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void list_asksForEveryFieldUnlessTheQueryDisplaysSome(WireMockRuntimeInfo wm) {
    WebserviceClient client = client(wm);
    stubFor(
        get(urlPathEqualTo("/api/products"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        "<prestashop><products><product><id>3</id><price>12.500000</price>"
                            + "<active>1</active><date_add>2026-01-02 03:04:05</date_add>"
                            + "<available_date>0000-00-00</available_date>"
                            + "<name><language id=\"1\">Mug</language><language id=\"2\">Tasse</language></name>"
                            + "<associations><categories><category><id>2</id></category>"
                            + "<category><id>7</id></category></categories></associations>"
                            + "<custom_field>kept</custom_field>"
                            + "</product></products></prestashop>")));

    Product product = client.products().list().items().get(0);
    client
        .products()
        .list(
            Query.builder()
                .display(io.github.prestashop4j.webservice.Display.fields("id", "price"))
                .build());

    verify(
        getRequestedFor(urlPathEqualTo("/api/products"))
            .withQueryParam("display", equalTo("full")));
    verify(
        getRequestedFor(urlPathEqualTo("/api/products"))
            .withQueryParam("display", equalTo("[id,price]")));
    assertThat(product.id()).contains(3L);
    assertThat(product.price()).contains(new BigDecimal("12.500000"));
    assertThat(product.active()).contains(true);
    assertThat(product.dateAdd()).contains(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
    assertThat(product.availableDate()).isEmpty();
    assertThat(product.name().flatMap(n -> n.get(2))).contains("Tasse");
    assertThat(product.categories()).containsExactly(2L, 7L);
    assertThat(product.unknownFields()).containsEntry("custom_field", "kept");
    assertThat(product.toString()).contains("id=3").doesNotContain("Mug");
  }

  @Test
  void builders_writeTheStoresTextForms() {
    Customer customer =
        Customer.builder()
            .birthday(LocalDate.of(1990, 5, 6))
            .newsletter(false)
            .outstandingAllowAmount(new BigDecimal("1.50"))
            .dateAdd(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 999))
            .idDefaultGroup(3L)
            .groups(List.of(3L, 4L))
            .note(null)
            .build();
    Entity entity = customer.toEntity();

    assertThat(entity.text("birthday")).contains("1990-05-06");
    assertThat(entity.text("newsletter")).contains("0");
    assertThat(entity.text("outstanding_allow_amount")).contains("1.50");
    assertThat(entity.text("date_add")).contains("2026-01-02 03:04:05");
    assertThat(entity.text("id_default_group")).contains("3");
    assertThat(entity.text("note")).contains("");
    assertThat(entity.association("groups"))
        .extracting(item -> item.text("id").orElseThrow())
        .containsExactly("3", "4");
    assertThat(customer.groups()).containsExactly(3L, 4L);
    assertThat(customer.note()).isEmpty();
    assertThat(customer.changedFields())
        .containsExactly(
            "birthday",
            "newsletter",
            "outstanding_allow_amount",
            "date_add",
            "id_default_group",
            "associations.groups",
            "note");
  }

  @Test
  void aValueOfTheWrongType_isADecodeErrorNamingTheFieldNotTheValue() {
    Entity entity = Entity.builder("customer").set("newsletter", "maybe-secret").build();

    assertThatThrownBy(() -> Customer.TYPE.decode(entity))
        .isInstanceOf(io.github.prestashop4j.core.DecodeException.class)
        .hasMessage("customers.newsletter: expected a boolean (0 or 1)");
  }

  @Test
  void oneLanguageIsSetWithoutLosingTheOthers() {
    Product product = Product.builder().name(LocalizedText.of(1, "Mug")).name(2, "Tasse").build();

    assertThat(product.name().orElseThrow().asMap())
        .containsEntry(1, "Mug")
        .containsEntry(2, "Tasse");
  }

  @Test
  void aTextOfUnknownLanguage_isReplacedWhenOneLanguageIsSet() {
    Product fromJson =
        Product.TYPE.decode(
            Entity.builder("product").set("name", LocalizedText.unknownLanguage("Mug")).build());

    Product changed = fromJson.toBuilder().name(2, "Tasse").build();

    assertThat(changed.name().orElseThrow().asMap())
        .containsExactly(java.util.Map.entry(2, "Tasse"));
  }

  @Test
  void versionRanges_sayWhichStoresHaveAResourceOrField() {
    ModelType.Versions before9 = SupplyOrder.TYPE.versions();
    ModelType.Versions from9 = OrderReturn.TYPE.versions();
    ModelType.Versions from178 = Attachment.TYPE.versions();

    assertThat(before9.includes(new io.github.prestashop4j.webservice.StoreVersion("8.2.1")))
        .isTrue();
    assertThat(before9.includes(new io.github.prestashop4j.webservice.StoreVersion("9.0.0")))
        .isFalse();
    assertThat(from9.includes(new io.github.prestashop4j.webservice.StoreVersion("8.1.2")))
        .isFalse();
    assertThat(from178.includes(new io.github.prestashop4j.webservice.StoreVersion("1.7.7.8")))
        .isFalse();
    assertThat(from178.includes(new io.github.prestashop4j.webservice.StoreVersion("1.7.8.0")))
        .isTrue();
    assertThat(before9).hasToString("before PrestaShop 9.0");
    assertThat(from9).hasToString("from PrestaShop 9.0");
    assertThat(ModelType.Versions.ALL).hasToString("in every version");
    assertThat(
            new ModelType.Versions(
                new io.github.prestashop4j.webservice.StoreVersion("1.7.8"),
                new io.github.prestashop4j.webservice.StoreVersion("9.0")))
        .hasToString("from PrestaShop 1.7.8 before PrestaShop 9.0");
    assertThat(Product.TYPE.field("meta_keywords").orElseThrow().versions()).isEqualTo(before9);
    assertThat(Product.TYPE.field("quantity").orElseThrow().readOnly()).isTrue();
    assertThat(Product.TYPE.field("nope")).isEmpty();
    assertThat(Product.TYPE).hasToString("ModelType[products]");
    assertThat(Product.TYPE.elementName()).isEqualTo("product");
  }

  @Test
  void deletesAndExistenceChecks_takeAShopContext(WireMockRuntimeInfo wm) {
    WebserviceClient client = client(wm);
    stubFor(
        WireMock.head(urlPathEqualTo("/api/products/3")).willReturn(aResponse().withStatus(200)));
    stubFor(
        WireMock.delete(urlPathEqualTo("/api/products/3")).willReturn(aResponse().withStatus(200)));
    stubFor(
        WireMock.delete(urlPathEqualTo("/api/products")).willReturn(aResponse().withStatus(200)));
    Query shop2 = Query.builder().shop(2).build();

    assertThat(client.products().exists(3, shop2)).isTrue();
    assertThat(client.products().exists(3)).isTrue();
    client.products().delete(3, shop2);
    client.products().delete(3);
    client.products().deleteAll(List.of(3L, 4L), shop2);
    client.products().deleteAll(List.of(3L, 4L));

    verify(
        WireMock.headRequestedFor(urlPathEqualTo("/api/products/3"))
            .withQueryParam("id_shop", equalTo("2")));
    verify(
        WireMock.deleteRequestedFor(urlPathEqualTo("/api/products/3"))
            .withQueryParam("id_shop", equalTo("2")));
    verify(
        WireMock.deleteRequestedFor(urlPathEqualTo("/api/products"))
            .withQueryParam("id", equalTo("[3,4]"))
            .withQueryParam("id_shop", equalTo("2")));
    verify(exactly(6), anyRequestedFor(anyUrl()));
  }
}
