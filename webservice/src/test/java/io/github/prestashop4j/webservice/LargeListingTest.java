package io.github.prestashop4j.webservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages through 100,000 list entries served from loopback. Surefire runs this class alone in a JVM
 * limited to a 64 MB heap (execution {@code bounded-heap} of the module's POM): if the client kept
 * what it had read, it would run out of memory.
 */
class LargeListingTest {
  private static final int TOTAL = 100_000;

  /** Answers {@code limit=offset,count} with generated products, as the store would. */
  static final class GeneratedProducts implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent event) {
      String[] limit = event.getRequest().queryParameter("limit").firstValue().split(",");
      long offset = limit.length == 2 ? Long.parseLong(limit[0]) : 0;
      int count = Integer.parseInt(limit[limit.length - 1]);
      StringBuilder json = new StringBuilder("{\"products\":[");
      for (long id = offset + 1; id <= Math.min(offset + count, TOTAL); id++) {
        if (id > offset + 1) {
          json.append(',');
        }
        json.append("{\"id\":").append(id).append(",\"reference\":\"REF-").append(id).append("\"}");
      }
      String body = json.append("]}").toString();
      return aResponse()
          .withHeader("Content-Type", "application/json")
          .withBody(offset >= TOTAL ? "[]" : body)
          .build();
    }

    @Override
    public String getName() {
      return "generated-products";
    }
  }

  @Test
  void pagesThroughAHundredThousandEntriesInConstantMemory() {
    WireMockServer server =
        new WireMockServer(
            options().dynamicPort().bindAddress("127.0.0.1").extensions(new GeneratedProducts()));
    server.start();
    server.stubFor(
        get(urlPathEqualTo("/api/products"))
            .willReturn(aResponse().withTransformers("generated-products")));
    LongAdder seen = new LongAdder();
    AtomicLong last = new AtomicLong();
    try (WebserviceClient client =
            WebserviceClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")
                .build();
        Stream<Entity> products =
            client.resource("products").stream(
                Query.builder()
                    .display(Display.fields("id", "reference"))
                    .pageSize(1000)
                    .build())) {
      products.forEach(
          product -> {
            seen.increment();
            last.set(product.id().getAsLong());
          });
    } finally {
      server.stop();
    }

    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(seen.sum()).isEqualTo(TOTAL);
    assertThat(last.get()).isEqualTo(TOTAL);
  }
}
