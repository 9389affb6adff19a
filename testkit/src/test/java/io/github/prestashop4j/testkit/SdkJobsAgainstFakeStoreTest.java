package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.paging.Watermark;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.jobs.ChangeFeed;
import io.github.prestashop4j.webservice.model.Customer;
import io.github.prestashop4j.webservice.model.Product;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed models and the change feed work end to end against the fake store. */
class SdkJobsAgainstFakeStoreTest {
  private static final class SteppingClock extends Clock {
    private Instant now = Instant.parse("2030-01-02T03:04:05Z");

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void typedReadsAndTheChangeFeed_workAgainstTheFakeStore() {
    SteppingClock clock = new SteppingClock();
    try (FakePrestaShop store = FakePrestaShop.builder().clock(clock).start();
        WebserviceClient shop =
            WebserviceClient.builder()
                .baseUrl(store.baseUrl())
                .apiKey(store.apiKey())
                .httpConfig(ClientConfig.builder().allowInsecureHttp(true).build())
                .build()) {
      Product product = shop.products().get(1);
      assertThat(product.reference()).contains("demo_1");
      assertThat(product.name().flatMap(n -> n.get(1))).isPresent();

      ChangeFeed<Customer> feed = ChangeFeed.of(shop.customers(), Customer::dateUpd).pageSize(2);
      List<Long> first = new ArrayList<>();
      Watermark reached =
          feed.run(
              ChangeFeed.watermarkAt(LocalDateTime.of(2000, 1, 1, 0, 0)),
              c -> first.add(c.id().orElseThrow()));
      assertThat(first).isNotEmpty().doesNotHaveDuplicates();
      assertThat(first).hasSize(shop.customers().list(Query.all()).items().size());

      clock.advance(Duration.ofMinutes(5));
      Customer changed = shop.customers().get(first.get(0)).toBuilder().note("called back").build();
      shop.customers().patch(changed);
      List<Long> second = new ArrayList<>();
      feed.run(Watermark.parse(reached.asString()), c -> second.add(c.id().orElseThrow()));

      assertThat(second).containsExactly(first.get(0));
    }
  }
}
