package io.github.prestashop4j.webservice.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.internal.XmlReader;
import io.github.prestashop4j.webservice.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stock and order-state changes, against the recorded answers of the 8.1.2 store. */
@WireMockTest
class StoreOperationsTest {
  private static final String KEY = "ZYXWVUTSRQPONMLKJIHGFEDCBA987654";
  private WebserviceClient client;

  @AfterEach
  void close() {
    client.close();
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

  private static void answer(
      com.github.tomakehurst.wiremock.client.MappingBuilder request,
      int status,
      String body,
      String version) {
    stubFor(
        request.willReturn(
            aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "text/xml;charset=utf-8")
                .withHeader("PSWS-Version", version)
                .withBody(Fixtures.bytes(Fixtures.PS8, "bodies/" + body))));
  }

  private static Entity sent(WireMockRuntimeInfo wm, String method) throws Exception {
    var requests =
        wm.getWireMock().getServeEvents().stream()
            .filter(e -> e.getRequest().getMethod().getName().equals(method))
            .toList();
    return XmlReader.read(new ByteArrayInputStream(requests.get(0).getRequest().getBody()), 0)
        .entities()
        .get(0);
  }

  @Test
  void setStockQuantity_findsTheRowThenPatchesOnlyTheQuantity(WireMockRuntimeInfo wm)
      throws Exception {
    answer(
        get(urlPathEqualTo("/api/stock_availables")),
        200,
        "get-stock-availables-of-product.response.xml",
        "8.1.2");
    answer(
        patch(urlPathEqualTo("/api/stock_availables/59")),
        200,
        "patch-stock-available-quantity.response.xml",
        "8.1.2");

    StockAvailable stored = client(wm).setStockQuantity(20, 0, 42, Query.all());

    verify(
        getRequestedFor(urlPathEqualTo("/api/stock_availables"))
            .withQueryParam("filter[id_product]", equalTo("[20]"))
            .withQueryParam("filter[id_product_attribute]", equalTo("[0]"))
            .withQueryParam("display", equalTo("full")));
    Entity patch = sent(wm, "PATCH");
    Entity recorded =
        XmlReader.read(
                new ByteArrayInputStream(
                    Fixtures.bytes(
                        Fixtures.PS8, "bodies/patch-stock-available-quantity.request.xml")),
                0)
            .entities()
            .get(0);
    assertThat(patch.fields()).isEqualTo(recorded.fields());
    assertThat(stored.quantity()).contains(42L);
  }

  @Test
  void setStockQuantity_replacesTheWholeRowWhereThereIsNoPatch(WireMockRuntimeInfo wm)
      throws Exception {
    answer(
        get(urlPathEqualTo("/api/stock_availables")),
        200,
        "get-stock-availables-of-product.response.xml",
        "1.7.8.11");
    answer(
        put(urlPathEqualTo("/api/stock_availables/59")),
        200,
        "put-stock-available-full.response.xml",
        "1.7.8.11");

    client(wm).setStockQuantity(20, 0, 7, Query.builder().shop(1).build());

    verify(
        putRequestedFor(urlPathEqualTo("/api/stock_availables/59"))
            .withQueryParam("id_shop", equalTo("1")));
    Entity put = sent(wm, "PUT");
    assertThat(put.text("quantity")).contains("7");
    assertThat(put.fieldNames())
        .contains("id_product", "id_product_attribute", "id_shop", "out_of_stock");
  }

  @Test
  void setStockQuantity_withoutARow_sendsNoWrite(WireMockRuntimeInfo wm) {
    stubFor(
        get(urlPathEqualTo("/api/stock_availables"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody("<prestashop><stock_availables></stock_availables></prestashop>")));

    assertThatThrownBy(() -> client(wm).setStockQuantity(99, 3, 1, Query.all()))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("product 99 combination 3");
    verify(exactly(1), anyRequestedFor(anyUrl()));
  }

  @Test
  void changeOrderState_postsAHistoryEntryAsTheStoreAcceptedIt(WireMockRuntimeInfo wm)
      throws Exception {
    answer(
        post(urlPathEqualTo("/api/order_histories")),
        201,
        "post-order-history.response.xml",
        "8.1.2");

    OrderHistory entry = client(wm).changeOrderState(2, 2, false);

    verify(
        postRequestedFor(urlPathEqualTo("/api/order_histories"))
            .withQueryParam("sendemail", equalTo("0")));
    Entity recorded =
        XmlReader.read(
                new ByteArrayInputStream(
                    Fixtures.bytes(Fixtures.PS8, "bodies/post-order-history.request.xml")),
                0)
            .entities()
            .get(0);
    assertThat(sent(wm, "POST").fields()).isEqualTo(recorded.fields());
    assertThat(entry.idOrder()).contains(2L);
    assertThat(entry.id()).isPresent();
  }

  @Test
  void changeOrderState_canNotifyTheCustomer(WireMockRuntimeInfo wm) {
    answer(
        post(urlPathEqualTo("/api/order_histories")),
        201,
        "post-order-history.response.xml",
        "8.1.2");

    client(wm).changeOrderState(2, 2, true);

    verify(
        postRequestedFor(urlPathEqualTo("/api/order_histories"))
            .withQueryParam("sendemail", equalTo("1")));
    assertThatThrownBy(() -> client.changeOrderState(0, 2, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderId");
  }
}
