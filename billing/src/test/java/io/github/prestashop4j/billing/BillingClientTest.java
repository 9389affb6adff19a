package io.github.prestashop4j.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.billing.model.BillingAddress;
import io.github.prestashop4j.billing.model.ComponentList;
import io.github.prestashop4j.billing.model.Customer;
import io.github.prestashop4j.billing.model.CustomerRelationship;
import io.github.prestashop4j.billing.model.ItemType;
import io.github.prestashop4j.billing.model.Money;
import io.github.prestashop4j.billing.model.PeriodUnit;
import io.github.prestashop4j.billing.model.ProductComponent;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.billing.model.SubscriptionItem;
import io.github.prestashop4j.billing.model.SubscriptionStatus;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.AuthenticationException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.InsecureTransportException;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.PermissionException;
import io.github.prestashop4j.core.RequestValidationException;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.http.Deadline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpResponse;
import io.github.prestashop4j.core.http.HttpTransport;
import io.github.prestashop4j.core.http.JdkHttpTransport;
import io.github.prestashop4j.core.testing.MutableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class BillingClientTest {
  static final String SHOP = "b2581e4b-0030-4fc8-9bf2-7f01c550a946";
  static final String CLIENT_SECRET = "vendor-S3cret+/=";
  static final String TOKEN_PATH = "/oauth/oauth2/token";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
  }

  static void stubToken(String token, long expiresIn) {
    stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + token
                        + "\",\"expires_in\":"
                        + expiresIn
                        + ",\"scope\":\"openid\",\"token_type\":\"bearer\"}")));
  }

  BillingClient.Builder builder(WireMockRuntimeInfo wm) {
    String base = wm.getHttpBaseUrl();
    return BillingClient.builder()
        .environment(
            CloudEnvironment.custom(URI.create(base + "/oauth"), URI.create(base + "/accounts")))
        .gatewayBaseUrl(base + "/gateway")
        .billingApiBaseUrl(base + "/billing-api")
        .credentials(VendorCredentials.of("vendor-id", CLIENT_SECRET))
        .httpConfig(ClientConfig.builder().clock(clock).sleeper(duration -> {}).build());
  }

  BillingClient client(WireMockRuntimeInfo wm) {
    return track(builder(wm).build());
  }

  private BillingClient track(BillingClient client) {
    closeables.add(client);
    return client;
  }

  @Test
  void customer_isReadFromBillingApiWithTheVendorToken(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/" + SHOP))
            .willReturn(okJson(Fixtures.read("customer.json"))));

    Customer customer = client(wm).customer(SHOP);

    assertThat(customer.id()).isEqualTo(SHOP);
    assertThat(customer.email()).contains("merchant@example.com");
    assertThat(customer.locale()).contains("fr");
    assertThat(customer.createdAt()).contains(Instant.ofEpochSecond(1646931900));
    CustomerRelationship relationship = customer.relationship().orElseThrow();
    assertThat(relationship.parentId()).contains("Cpnr7otANbbqcliaHCbco");
    assertThat(relationship.paymentOwnerId()).contains(SHOP);
    assertThat(relationship.invoiceOwnerId()).contains(SHOP);
    assertThat(relationship.rootId()).contains("Cpnr7otANbbqcliaHCbco");
    BillingAddress address = customer.billingAddress().orElseThrow();
    assertThat(address.city()).contains("Paris");
    assertThat(address.country()).contains("FR");
    assertThat(address.line2()).isEmpty();
    assertThat(address.unknownFields()).containsEntry("validation_status", "not_validated");
    assertThat(customer.paymentMethod().orElseThrow().gateway()).contains("stripe");
    assertThat(customer.paymentMethod().orElseThrow().status()).contains("valid");
    assertThat(customer.metaData()).containsEntry("shop_url", "https://shop.example.com");
    assertThat(customer.resourceVersion()).hasValue(1646931900123L);
    assertThat(customer.unknownFields())
        .containsEntry("taxability", "taxable")
        .containsEntry("cf_consent", "true");
    assertThat(customer.toString()).contains(SHOP).doesNotContain("merchant@example.com");

    verify(
        getRequestedFor(urlEqualTo("/billing-api/v1/customers/" + SHOP))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withHeader("Accept", equalTo("application/json")));
    verify(
        postRequestedFor(urlEqualTo(TOKEN_PATH))
            .withRequestBody(containing("grant_type=client_credentials"))
            .withRequestBody(containing("audience=distribution.prestashop.net"))
            .withRequestBody(containing("scope=openid")));
  }

  @Test
  void subscription_isTypedWithExactMoneyAndInstants(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/" + SHOP + "/subscriptions/rbm_example"))
            .willReturn(okJson(Fixtures.read("subscription.json"))));

    Subscription subscription = client(wm).subscription(SHOP, "rbm_example").orElseThrow();

    assertThat(subscription.id()).isEqualTo("169lnASzhOWay1EQN");
    assertThat(subscription.planId()).contains("rbm-advanced");
    assertThat(subscription.customerId()).contains(SHOP);
    assertThat(subscription.status()).contains(SubscriptionStatus.IN_TRIAL);
    assertThat(subscription.status().orElseThrow().grantsAccess()).isTrue();
    assertThat(subscription.billingPeriod()).hasValue(1);
    assertThat(subscription.billingPeriodUnit()).contains(PeriodUnit.MONTH);
    Money planAmount = subscription.planAmount().orElseThrow();
    assertThat(planAmount.amount()).isEqualTo(new BigDecimal("20.00"));
    assertThat(planAmount.amount().scale()).isEqualTo(2);
    assertThat(planAmount.currency()).isEqualTo("EUR");
    assertThat(planAmount.cents()).isEqualTo(2000);
    assertThat(subscription.planAmountCents()).hasValue(2000);
    assertThat(subscription.planUnitPrice()).contains(Money.ofCents(2000, "EUR"));
    assertThat(subscription.planQuantity()).hasValue(1);
    assertThat(subscription.mrr()).contains(Money.ofCents(0, "EUR"));
    assertThat(subscription.totalDues()).isEmpty();
    assertThat(subscription.pricingModel()).contains("flat_fee");
    assertThat(subscription.createdAt()).contains(Instant.ofEpochSecond(1646931926));
    assertThat(subscription.trialStart()).contains(Instant.ofEpochSecond(1646931926));
    assertThat(subscription.trialEnd()).contains(Instant.parse("2022-03-26T22:59:59Z"));
    assertThat(subscription.currentTermStart()).contains(Instant.ofEpochSecond(1646931926));
    assertThat(subscription.currentTermEnd()).contains(Instant.ofEpochSecond(1648335599));
    assertThat(subscription.nextBillingAt()).contains(Instant.ofEpochSecond(1648335599));
    assertThat(subscription.cancelledAt()).isEmpty();
    assertThat(subscription.freeTrialUsed()).isTrue();
    assertThat(subscription.resourceVersion()).hasValue(1646931926517L);
    assertThat(subscription.metaData()).containsEntry("module", "rbm_example");
    assertThat(subscription.unknownFields())
        .containsEntry("object", "subscription")
        .containsEntry("channel", "web");

    assertThat(subscription.items()).hasSize(2);
    SubscriptionItem plan = subscription.items().get(0);
    assertThat(plan.itemPriceId()).isEqualTo("rbm-advanced");
    assertThat(plan.itemType()).contains(ItemType.PLAN);
    assertThat(plan.quantity()).hasValue(1);
    assertThat(plan.unitPrice()).contains(Money.ofCents(2000, "EUR"));
    assertThat(plan.unknownFields()).containsEntry("free_quantity", 0);
    SubscriptionItem addon = subscription.items().get(1);
    assertThat(addon.itemType()).contains(ItemType.ADDON);
    assertThat(addon.amount().orElseThrow().amount()).isEqualTo(new BigDecimal("19.99"));
  }

  @Test
  void subscription_keepsAStatusItDoesNotKnow(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/" + SHOP + "/subscriptions/rbm_example"))
            .willReturn(
                okJson(
                    "{\"id\":\"s1\",\"status\":\"dunning\",\"billing_period_unit\":\"fortnight\"}")));

    Subscription subscription = client(wm).subscription(SHOP, "rbm_example").orElseThrow();

    SubscriptionStatus status = subscription.status().orElseThrow();
    assertThat(status.value()).isEqualTo("dunning");
    assertThat(status.isKnown()).isFalse();
    assertThat(status.grantsAccess()).isFalse();
    assertThat(subscription.billingPeriodUnit().orElseThrow().isKnown()).isFalse();
    assertThat(subscription.items()).isEmpty();
    assertThat(subscription.planAmount()).isEmpty();
  }

  @Test
  void subscription_404IsNoSubscription(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/" + SHOP + "/subscriptions/rbm_example"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"statusCode\":404,\"message\":\"Subscription not found\",\"error\":\"Not Found\"}")));

    assertThat(client(wm).subscription(SHOP, "rbm_example")).isEmpty();
  }

  @Test
  void subscription_otherErrorsThrow(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/" + SHOP + "/subscriptions/rbm_example"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody("{\"statusCode\":500,\"message\":\"Internal server error\"}")));

    ServerException error =
        catchThrowableOfType(
            ServerException.class, () -> client(wm).subscription(SHOP, "rbm_example"));
    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(error.errors())
        .extracting(ApiError::message)
        .containsExactly("Internal server error");
  }

  @Test
  void components_sendTheFiltersToTheGateway(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlPathEqualTo("/gateway/v1/products/rbm_example/components"))
            .willReturn(okJson(Fixtures.read("components.json"))));

    ComponentList list =
        client(wm)
            .components(
                "rbm_example",
                ComponentQuery.builder()
                    .status("active")
                    .componentType("plan")
                    .language("fr")
                    .build());

    verify(
        getRequestedFor(
            urlEqualTo(
                "/gateway/v1/products/rbm_example/components"
                    + "?filter_status=active&filter_component_type=plan&lang_iso_code=fr")));
    assertThat(list.total()).hasValue(2);
    assertThat(list.items()).hasSize(2);
    ProductComponent plan = list.items().get(0);
    assertThat(plan.id()).isEqualTo("rbm-advanced-EUR-Monthly");
    assertThat(plan.productId()).contains("rbm_example");
    assertThat(plan.componentType()).contains(ItemType.PLAN);
    assertThat(plan.componentGroupId()).contains("rbm-advanced");
    assertThat(plan.status()).contains("active");
    assertThat(plan.usageBased()).isFalse();
    assertThat(plan.price()).contains(Money.ofCents(1000, "EUR"));
    assertThat(plan.price().orElseThrow().amount()).isEqualTo(new BigDecimal("10.00"));
    assertThat(plan.billingPeriodUnit()).contains(PeriodUnit.MONTH);
    assertThat(plan.trialPeriodValue()).hasValue(14);
    assertThat(plan.trialPeriodUnit()).contains(PeriodUnit.DAY);
    assertThat(plan.unknownFields()).containsEntry("externalName", "Advanced");
    ProductComponent seats = list.items().get(1);
    assertThat(seats.componentType()).contains(ItemType.ADDON);
    assertThat(seats.pricingModel()).contains("stairstep");
    assertThat(seats.tiers()).hasSize(2);
    assertThat(seats.tiers().get(0)).containsEntry("price", 500);
    assertThat(seats.mandatoryComponentIds()).containsExactly("rbm-advanced-EUR-Monthly");
    assertThat(seats.freeQuantity()).hasValue(1);
  }

  @Test
  void components_withoutFiltersSendNoQuery(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/gateway/v1/products/rbm_example/components"))
            .willReturn(okJson("{\"items\":[],\"total\":0}")));

    ComponentList list = client(wm).components("rbm_example");

    assertThat(list.items()).isEmpty();
    assertThat(list.total()).hasValue(0);
    assertThat(ComponentQuery.active().status()).contains("active");
  }

  @Test
  @SuppressWarnings("deprecation")
  void plans_legacyListingIsTyped(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlPathEqualTo("/billing-api/v1/products/rbm_example/plans"))
            .willReturn(okJson(Fixtures.read("plans.json"))));

    io.github.prestashop4j.billing.model.PlanList page =
        client(wm)
            .plans(
                "rbm_example",
                PlanQuery.builder().language("fr").status("active").limit(10).offset(20).build());

    verify(
        getRequestedFor(
            urlEqualTo(
                "/billing-api/v1/products/rbm_example/plans"
                    + "?lang_iso_code=fr&status=active&limit=10&offset=20")));
    assertThat(page.limit()).hasValue(10);
    assertThat(page.offset()).hasValue(0);
    io.github.prestashop4j.billing.model.Plan plan = page.results().get(0);
    assertThat(plan.id()).isEqualTo("rbm-advanced");
    assertThat(plan.name()).contains("Advanced");
    assertThat(plan.details().orElseThrow().features())
        .containsExactly("Unlimited reports", "Priority support");
    assertThat(plan.price().orElseThrow().amount()).isEqualTo(new BigDecimal("29.99"));
    assertThat(plan.periodUnit()).contains(PeriodUnit.MONTH);
    assertThat(plan.trialPeriod()).hasValue(14);
    assertThat(plan.unknownFields()).containsEntry("status", "active");
  }

  @Test
  void updateQuantity_putsTheQuantityToTheGateway(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        put(urlEqualTo("/gateway/v1/subscriptions/169lnASzhOWay1EQN/items/rbm-seats/quantity"))
            .willReturn(okJson("{\"item\":{\"quantity\":10,\"unit_price\":900}}")));

    SubscriptionItem item = client(wm).updateQuantity("169lnASzhOWay1EQN", "rbm-seats", 10);

    assertThat(item.quantity()).hasValue(10);
    assertThat(item.unitPrice()).contains(Money.ofCents(900, "EUR"));
    verify(
        putRequestedFor(
                urlEqualTo("/gateway/v1/subscriptions/169lnASzhOWay1EQN/items/rbm-seats/quantity"))
            .withHeader("Content-Type", containing("application/json"))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withRequestBody(equalToJson("{\"quantity\":10}")));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void updateQuantity_belowOneIsRefusedBeforeSending(long quantity, WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    BillingClient client = client(wm);

    RequestValidationException error =
        catchThrowableOfType(
            RequestValidationException.class,
            () -> client.updateQuantity("169lnASzhOWay1EQN", "rbm-seats", quantity));

    assertThat(error.violations())
        .extracting(RequestValidationException.Violation::field)
        .containsExactly("quantity");
    assertThat(error).hasMessageContaining("quantity").hasMessageContaining("at least 1");
    verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void pathSegmentsAreEncodedAndBlankIdsRefused(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/a%2Fb%20c"))
            .willReturn(okJson("{\"id\":\"a/b c\"}")));
    BillingClient client = client(wm);

    assertThat(client.customer("a/b c").id()).isEqualTo("a/b c");
    assertThatThrownBy(() -> client.customer(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shopUuid: must not be blank");
    assertThatThrownBy(() -> client.subscription(SHOP, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("productId: must not be blank");
  }

  @Test
  void sandboxHeaderIsSentOnlyWhenEnabled(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP)).willReturn(okJson("{}")));
    stubFor(
        get(urlPathEqualTo("/gateway/v1/products/p/components"))
            .willReturn(okJson("{\"items\":[]}")));

    client(wm).customer(SHOP);
    verify(
        getRequestedFor(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .withHeader("sandbox", absent()));

    BillingClient sandbox = track(builder(wm).sandbox(true).build());
    assertThat(sandbox.isSandbox()).isTrue();
    sandbox.customer(SHOP);
    sandbox.components("p");
    verify(
        getRequestedFor(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .withHeader("sandbox", equalTo("true")));
    verify(
        getRequestedFor(urlPathEqualTo("/gateway/v1/products/p/components"))
            .withHeader("sandbox", equalTo("true")));
    // The token endpoint is not a Billing API: it gets no sandbox header.
    verify(
        exactly(0), postRequestedFor(urlEqualTo(TOKEN_PATH)).withHeader("sandbox", matching(".*")));
  }

  @Test
  void tokenGatewayAndBillingApiShareOneTransport(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP)).willReturn(okJson("{}")));
    stubFor(
        get(urlPathEqualTo("/gateway/v1/products/p/components"))
            .willReturn(okJson("{\"items\":[]}")));
    List<String> paths = new ArrayList<>();
    AtomicBoolean closed = new AtomicBoolean();
    try (JdkHttpTransport jdk = JdkHttpTransport.builder().build()) {
      HttpTransport counting =
          new HttpTransport() {
            @Override
            public HttpResponse send(HttpRequest request, Deadline deadline) throws IOException {
              synchronized (paths) {
                paths.add(request.uri().getPath());
              }
              return jdk.send(request, deadline);
            }

            @Override
            public void close() {
              closed.set(true);
            }
          };
      BillingClient client =
          builder(wm)
              .httpConfig(
                  ClientConfig.builder()
                      .clock(clock)
                      .sleeper(duration -> {})
                      .transport(counting)
                      .build())
              .build();
      client.customer(SHOP);
      client.components("p");
      client.close();
    }

    assertThat(paths)
        .containsExactly(
            TOKEN_PATH, "/billing-api/v1/customers/" + SHOP, "/gateway/v1/products/p/components");
    assertThat(closed).as("the caller's transport stays open").isFalse();
  }

  @Test
  void tokenIsCachedThenRefreshedWhenItExpires(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .inScenario("tokens")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                okJson(
                    "{\"access_token\":\"token-1\",\"expires_in\":3600,\"token_type\":\"bearer\"}"))
            .willSetStateTo("second"));
    stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .inScenario("tokens")
            .whenScenarioStateIs("second")
            .willReturn(
                okJson(
                    "{\"access_token\":\"token-2\",\"expires_in\":3600,\"token_type\":\"bearer\"}")));
    stubFor(get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP)).willReturn(okJson("{}")));
    BillingClient client =
        track(builder(wm).scopes("subscription.write", "subscription.write.quantity").build());

    client.customer(SHOP);
    clock.advance(Duration.ofMinutes(30));
    client.customer(SHOP);
    verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(
        exactly(2),
        getRequestedFor(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .withHeader("Authorization", equalTo("Bearer token-1")));

    clock.advance(Duration.ofMinutes(30));
    client.customer(SHOP);

    verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN_PATH)));
    verify(
        postRequestedFor(urlEqualTo(TOKEN_PATH))
            .withRequestBody(containing("scope=subscription.write+subscription.write.quantity")));
    verify(
        exactly(1),
        getRequestedFor(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .withHeader("Authorization", equalTo("Bearer token-2")));
  }

  @Test
  void anyAuthProviderCanBeUsed(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP)).willReturn(okJson("{}")));
    BillingClient client =
        track(builder(wm).credentials(null).auth(() -> "Bearer from-elsewhere").build());

    client.customer(SHOP);

    verify(
        getRequestedFor(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .withHeader("Authorization", equalTo("Bearer from-elsewhere")));
    verify(exactly(0), postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void nestJsErrorListBecomesInvalidRequestWithEveryMessage(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        put(urlPathEqualTo("/gateway/v1/subscriptions/s1/items/i1/quantity"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"statusCode\":400,\"internalError\":{\"statusCode\":400,"
                            + "\"message\":[\"quantity must not be greater than 100\"],\"error\":\"Bad Request\"},"
                            + "\"message\":[\"quantity must not be greater than 100\","
                            + "\"quantity must be an integer number\"],\"error\":\"Bad Request\"}")));

    InvalidRequestException error =
        catchThrowableOfType(
            InvalidRequestException.class, () -> client(wm).updateQuantity("s1", "i1", 1000));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.method()).isEqualTo("PUT");
    assertThat(error.errors())
        .containsExactly(
            ApiError.of("Bad Request", "quantity must not be greater than 100"),
            ApiError.of("Bad Request", "quantity must be an integer number"));
    assertThat(error).hasMessageContaining("quantity must be an integer number");
  }

  @Test
  void nestJsErrorsOnlyInsideInternalErrorAreRead(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody(
                        "{\"statusCode\":403,\"internalError\":{\"statusCode\":403,"
                            + "\"message\":\"Forbidden resource\",\"error\":\"Forbidden\"}}")));

    PermissionException error =
        catchThrowableOfType(PermissionException.class, () -> client(wm).customer(SHOP));

    assertThat(error.errors()).containsExactly(ApiError.of("Forbidden", "Forbidden resource"));
  }

  @Test
  void customer404IsNotFound(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        "{\"statusCode\":404,\"message\":\"Customer not found\",\"error\":\"Not Found\"}")));

    NotFoundException error =
        catchThrowableOfType(NotFoundException.class, () -> client(wm).customer(SHOP));

    assertThat(error.errors()).containsExactly(ApiError.of("Not Found", "Customer not found"));
  }

  @Test
  void nonJsonErrorBodyKeepsTheStatusAndExcerpt(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP))
            .willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
    BillingClient client =
        track(
            builder(wm)
                .httpConfig(
                    ClientConfig.builder()
                        .clock(clock)
                        .sleeper(d -> {})
                        .retryPolicy(io.github.prestashop4j.core.RetryPolicy.none())
                        .build())
                .build());

    ServerException error =
        catchThrowableOfType(ServerException.class, () -> client.customer(SHOP));

    assertThat(error.errors()).isEmpty();
    assertThat(error.bodyExcerpt()).contains("Bad gateway");
  }

  @Test
  void refusedVendorCredentialsAreAnAuthenticationErrorWithoutTheSecret(WireMockRuntimeInfo wm) {
    stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));

    AuthenticationException error =
        catchThrowableOfType(AuthenticationException.class, () -> client(wm).customer(SHOP));

    assertThat(error.errors()).extracting(ApiError::code).contains("invalid_client");
    assertThat(error).hasMessageNotContaining(CLIENT_SECRET);
  }

  @Test
  void malformedBodyIsADecodeException(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(get(urlPathEqualTo("/billing-api/v1/customers/" + SHOP)).willReturn(okJson("[1,")));

    assertThatThrownBy(() -> client(wm).customer(SHOP)).isInstanceOf(DecodeException.class);
  }

  @Test
  @SuppressWarnings("deprecation")
  void perCallOptionsReachEveryEndpoint(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(get(anyUrl()).willReturn(okJson("{}")));
    stubFor(put(anyUrl()).willReturn(okJson("{\"item\":{\"quantity\":2}}")));
    BillingClient client = client(wm);
    io.github.prestashop4j.core.RequestOptions options =
        io.github.prestashop4j.core.RequestOptions.builder().header("X-Request-Id", "r-42").build();

    client.customer(SHOP, options);
    client.subscription(SHOP, "m", options);
    client.components("m", ComponentQuery.all(), options);
    client.plans("m", PlanQuery.builder().build(), options);
    client.updateQuantity("s", "i", 2, options);

    verify(exactly(4), getRequestedFor(anyUrl()).withHeader("X-Request-Id", equalTo("r-42")));
    verify(exactly(1), putRequestedFor(anyUrl()).withHeader("X-Request-Id", equalTo("r-42")));
  }

  @Test
  @SuppressWarnings("deprecation")
  void queriesNameTheWrongParameter() {
    assertThatThrownBy(() -> PlanQuery.builder().limit(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("limit: must be at least 1 (got 0)");
    assertThatThrownBy(() -> PlanQuery.builder().offset(-1).build())
        .hasMessage("offset: must be at least 0 (got -1)");
    assertThatThrownBy(() -> PlanQuery.builder().language(" ").build())
        .hasMessage("language: must not be blank when set");
    assertThatThrownBy(() -> ComponentQuery.builder().componentType("").build())
        .hasMessage("componentType: must not be blank when set");
    assertThat(ComponentQuery.builder().status("active").build())
        .isEqualTo(ComponentQuery.active());
    assertThat(ComponentQuery.active().hashCode())
        .isEqualTo(ComponentQuery.builder().status("active").build().hashCode());
    assertThat(ComponentQuery.all().toString()).contains("status=null");
    PlanQuery query = PlanQuery.builder().limit(5).build();
    assertThat(query.limit()).hasValue(5);
    assertThat(query.offset()).isEmpty();
    assertThat(query.toString()).contains("limit=5");
  }

  @Test
  void fractionalCentsAreRefusedRatherThanTruncated(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/" + SHOP + "/subscriptions/rbm_example"))
            .willReturn(okJson("{\"id\":\"s1\",\"plan_amount\":1999.5}")));

    assertThatThrownBy(() -> client(wm).subscription(SHOP, "rbm_example"))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void blankCurrencyFallsBackToEuros(WireMockRuntimeInfo wm) {
    stubToken("token-1", 3600);
    stubFor(
        get(urlEqualTo("/billing-api/v1/customers/" + SHOP + "/subscriptions/rbm_example"))
            .willReturn(
                okJson(
                    "{\"id\":\"s1\",\"currency_code\":\"\",\"plan_amount\":100,"
                        + "\"subscription_items\":[{\"item_price_id\":\"p\",\"amount\":100}]}")));

    Subscription subscription = client(wm).subscription(SHOP, "rbm_example").orElseThrow();

    assertThat(subscription.planAmount()).contains(Money.ofCents(100, "EUR"));
    assertThat(subscription.items().get(0).amount()).contains(Money.ofCents(100, "EUR"));
  }

  @Test
  void defaultBaseUrlsFollowTheEnvironment() {
    BillingClient production = track(BillingClient.builder().auth(() -> "Bearer x").build());
    assertThat(production.gatewayBaseUrl()).hasToString("https://api.billing.prestashop.com");
    assertThat(production.billingApiBaseUrl())
        .hasToString("https://billing-api.distribution.prestashop.net");

    BillingClient preproduction =
        track(
            BillingClient.builder()
                .environment(CloudEnvironment.PREPRODUCTION)
                .auth(() -> "Bearer x")
                .build());
    assertThat(preproduction.gatewayBaseUrl())
        .hasToString("https://api.billing.preproduction.prestashop.com");
    assertThat(preproduction.billingApiBaseUrl())
        .hasToString("https://billing-api.distribution-preprod.prestashop.net");

    BillingClient integration =
        track(
            BillingClient.builder()
                .environment(CloudEnvironment.INTEGRATION)
                .auth(() -> "Bearer x")
                .gatewayBaseUrl("https://api-prestabulle3.billing.integration.prestashop.com")
                .build());
    assertThat(integration.gatewayBaseUrl())
        .hasToString("https://api-prestabulle3.billing.integration.prestashop.com");
    assertThat(integration.billingApiBaseUrl())
        .hasToString("https://billing-api.distribution-integration.prestashop.net");
    assertThat(BillingClient.defaultGatewayUrl(CloudEnvironment.INTEGRATION))
        .hasToString("https://api-prestabulle1.billing.integration.prestashop.com");
  }

  @Test
  void buildNamesTheWrongSetting() {
    CloudEnvironment custom =
        CloudEnvironment.custom(URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:2"));
    assertThatThrownBy(
            () -> BillingClient.builder().environment(custom).auth(() -> "Bearer x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("gatewayBaseUrl: is required with a custom environment");
    assertThatThrownBy(
            () ->
                BillingClient.builder()
                    .environment(custom)
                    .gatewayBaseUrl("http://127.0.0.1:3")
                    .auth(() -> "Bearer x")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("billingApiBaseUrl: is required with a custom environment");
    assertThatThrownBy(() -> BillingClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("credentials:");
    assertThatThrownBy(
            () ->
                BillingClient.builder()
                    .auth(() -> "Bearer x")
                    .credentials(VendorCredentials.of("id", CLIENT_SECRET))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("auth:");
    assertThatThrownBy(
            () -> BillingClient.builder().auth(() -> "Bearer x").scopes("openid").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("scopes:");
    assertThatThrownBy(
            () ->
                BillingClient.builder()
                    .credentials(VendorCredentials.of("id", CLIENT_SECRET))
                    .scopes("a b")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("scopes:");
    assertThatThrownBy(
            () ->
                BillingClient.builder()
                    .auth(() -> "Bearer x")
                    .gatewayBaseUrl("ftp://example.com")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("gatewayBaseUrl:");
    assertThatThrownBy(
            () ->
                BillingClient.builder()
                    .auth(() -> "Bearer x")
                    .billingApiBaseUrl("http://billing.example.com")
                    .build())
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageStartingWith("billingApiBaseUrl:");
    assertThatThrownBy(
            () ->
                BillingClient.builder()
                    .auth(() -> "Bearer x")
                    .gatewayBaseUrl("http://gateway.example.com")
                    .build())
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageStartingWith("gatewayBaseUrl:");
    assertThatThrownBy(() -> BillingClient.defaultBillingApiUrl(custom))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringShowsNoSecret(WireMockRuntimeInfo wm) {
    BillingClient client = client(wm);

    assertThat(client.toString())
        .contains("CUSTOM")
        .contains("/gateway")
        .doesNotContain(CLIENT_SECRET);
  }

  @Test
  void moneyIsExactAndComparable() {
    Money money = Money.ofCents(-1, "EUR");
    assertThat(money.amount()).isEqualTo(new BigDecimal("-0.01"));
    assertThat(money).hasToString("-0.01 EUR").isEqualTo(Money.ofCents(-1, "EUR"));
    assertThat(money.hashCode()).isEqualTo(Money.ofCents(-1, "EUR").hashCode());
    assertThat(money).isNotEqualTo(Money.ofCents(-1, "USD"));
    assertThat(Money.ofCents(123456789012L, "EUR").amount())
        .isEqualTo(new BigDecimal("1234567890.12"));
    assertThatThrownBy(() -> Money.ofCents(1, " ")).hasMessage("currency: must not be blank");
  }

  @Test
  void onlyPaidStatusesGrantAccess() {
    assertThat(SubscriptionStatus.ACTIVE.grantsAccess()).isTrue();
    assertThat(SubscriptionStatus.IN_TRIAL.grantsAccess()).isTrue();
    assertThat(SubscriptionStatus.NON_RENEWING.grantsAccess()).isTrue();
    assertThat(SubscriptionStatus.CANCELLED.grantsAccess()).isFalse();
    assertThat(SubscriptionStatus.FUTURE.grantsAccess()).isFalse();
    assertThat(SubscriptionStatus.PAUSED.grantsAccess()).isFalse();
    assertThat(SubscriptionStatus.of("archived").grantsAccess()).isFalse();
  }

  @Test
  void billingConstantsAreFoundByValue() {
    assertThat(SubscriptionStatus.of("non_renewing")).isSameAs(SubscriptionStatus.NON_RENEWING);
    assertThat(SubscriptionStatus.of("in_trial")).isSameAs(SubscriptionStatus.IN_TRIAL);
    assertThat(ItemType.of("plan")).isSameAs(ItemType.PLAN);
    assertThat(ItemType.of("addon")).isSameAs(ItemType.ADDON);
    assertThat(ItemType.of("charge")).isSameAs(ItemType.CHARGE);
    assertThat(PeriodUnit.of("day")).isSameAs(PeriodUnit.DAY);
    assertThat(PeriodUnit.of("week")).isSameAs(PeriodUnit.WEEK);
    assertThat(PeriodUnit.of("month")).isSameAs(PeriodUnit.MONTH);
    assertThat(PeriodUnit.of("year")).isSameAs(PeriodUnit.YEAR);
  }
}
