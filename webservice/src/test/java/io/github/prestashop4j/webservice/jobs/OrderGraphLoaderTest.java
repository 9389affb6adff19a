package io.github.prestashop4j.webservice.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Order;
import java.util.List;
import org.junit.jupiter.api.Test;

@WireMockTest
class OrderGraphLoaderTest {
  private static WebserviceClient client(WireMockRuntimeInfo wm) {
    return WebserviceClient.builder()
        .baseUrl(wm.getHttpBaseUrl())
        .apiKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
        .responseFormat(ResponseFormat.XML)
        .httpConfig(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build())
        .build();
  }

  private static void object(String resource, long id, String element, String fields) {
    stubFor(
        get(urlPathEqualTo("/api/" + resource + "/" + id))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        "<prestashop><"
                            + element
                            + "><id>"
                            + id
                            + "</id>"
                            + fields
                            + "</"
                            + element
                            + "></prestashop>")));
  }

  private static Order order(long id, long customer, long delivery, long invoice, long state) {
    return Order.TYPE.decode(
        Entity.builder("order")
            .set("id", Long.toString(id))
            .set("id_customer", Long.toString(customer))
            .set("id_address_delivery", Long.toString(delivery))
            .set("id_address_invoice", Long.toString(invoice))
            .set("current_state", Long.toString(state))
            .association(
                "order_rows",
                List.of(
                    Entity.builder("order_row")
                        .set("id", "9")
                        .set("product_id", "1")
                        .set("product_quantity", "2")
                        .set("unit_price_tax_incl", "19.120000")
                        .build()))
            .build());
  }

  @Test
  void load_completesOrders_fetchingEachRelatedObjectOnce(WireMockRuntimeInfo wm) {
    object("customers", 2, "customer", "<email>pub@prestashop.com</email>");
    object("addresses", 5, "address", "<city>Paris</city>");
    object("addresses", 6, "address", "<city>Lyon</city>");
    object("order_states", 3, "order_state", "<name><language id=\"1\">Shipped</language></name>");
    stubFor(get(urlPathEqualTo("/api/addresses/7")).willReturn(aResponse().withStatus(404)));

    List<OrderGraphLoader.OrderGraph> graphs;
    try (WebserviceClient client = client(wm);
        OrderGraphLoader loader = OrderGraphLoader.create(client, 2)) {
      graphs =
          loader.load(List.of(order(10, 2, 5, 5, 3), order(11, 2, 6, 7, 3), order(12, 2, 5, 6, 3)));
      loader.load(order(13, 2, 5, 5, 3));
    }

    assertThat(graphs).extracting(g -> g.order().id().orElseThrow()).containsExactly(10L, 11L, 12L);
    OrderGraphLoader.OrderGraph first = graphs.get(0);
    assertThat(first.customer().flatMap(c -> c.email())).contains("pub@prestashop.com");
    assertThat(first.deliveryAddress().flatMap(a -> a.city())).contains("Paris");
    assertThat(first.invoiceAddress().flatMap(a -> a.city())).contains("Paris");
    assertThat(first.state().flatMap(s -> s.name()).flatMap(n -> n.get(1))).contains("Shipped");
    assertThat(first.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.productQuantity()).isEqualTo(2L));
    assertThat(graphs.get(1).invoiceAddress()).isEmpty();
    verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/customers/2")));
    verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/addresses/5")));
    verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/addresses/6")));
    verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/order_states/3")));
  }

  @Test
  void aFailedRelatedRead_failsTheLoadWithTheStoresException(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/api/customers/2")).willReturn(aResponse().withStatus(500)));
    object("addresses", 5, "address", "");
    object("order_states", 3, "order_state", "");

    try (WebserviceClient client = client(wm);
        OrderGraphLoader loader = OrderGraphLoader.create(client)) {
      assertThatThrownBy(() -> loader.load(order(10, 2, 5, 5, 3)))
          .isInstanceOf(ServerException.class);
      assertThatThrownBy(() -> OrderGraphLoader.create(client, 0))
          .hasMessage("concurrency: must be between 1 and 16 (got 0)");
    }
  }
}
