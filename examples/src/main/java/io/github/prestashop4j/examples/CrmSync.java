package io.github.prestashop4j.examples;

import io.github.prestashop4j.core.paging.Watermark;
import io.github.prestashop4j.webservice.PermissionSet;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.WebserviceMethod;
import io.github.prestashop4j.webservice.jobs.ChangeFeed;
import io.github.prestashop4j.webservice.jobs.OrderGraphLoader;
import io.github.prestashop4j.webservice.model.Customer;
import io.github.prestashop4j.webservice.model.Order;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * CRM sync: check the key's permissions, pull every customer with their orders (showing progress),
 * then run again and pick up only what changed.
 */
final class CrmSync implements Example {
  public static void main(String[] args) {
    Example.main(new CrmSync());
  }

  @Override
  public String title() {
    return "CRM sync";
  }

  @Override
  public void run(Environment environment, PrintStream out) throws Exception {
    try (WebserviceClient shop = environment.store();
        OrderGraphLoader graphs = OrderGraphLoader.create(shop, 4)) {
      shop.preflight(
          PermissionSet.builder()
              .allow(WebserviceMethod.GET, "customers", "addresses", "orders", "order_states")
              .build());
      out.println("Preflight: the key may read customers, addresses, orders and order states");

      Map<Long, String> crmCustomers = new HashMap<>();
      Map<Long, Integer> crmOrderLines = new HashMap<>();
      ChangeFeed<Customer> customers =
          ChangeFeed.of(shop.customers(), Customer::dateUpd)
              .pageSize(50)
              .listener(
                  p -> out.printf("  ... %d customers after %d pages%n", p.delivered(), p.pages()));
      ChangeFeed<Order> orders = ChangeFeed.of(shop.orders(), Order::dateUpd).pageSize(50);
      Watermark start = ChangeFeed.watermarkAt(LocalDateTime.of(2000, 1, 1, 0, 0));

      Watermark customersAt =
          customers.run(start, c -> crmCustomers.put(c.id().orElseThrow(), c.email().orElse("")));
      Watermark ordersAt =
          orders.run(
              start, o -> crmOrderLines.put(o.id().orElseThrow(), graphs.load(o).lines().size()));
      out.printf(
          "First sync: %d customers and %d orders (with customer, addresses, state and lines)%n",
          crmCustomers.size(), crmOrderLines.size());
      if (crmCustomers.isEmpty()) {
        throw new IllegalStateException("the first sync found no customer");
      }

      if (environment.fakeStore().isPresent()) {
        long id = crmCustomers.keySet().iterator().next();
        shop.customers().patch(shop.customers().get(id).toBuilder().note("Called back").build());
        out.println("Meanwhile, customer " + id + " is updated in the store");
      } else {
        out.println("(A real store: nothing is changed; edit a customer and run again to see it.)");
      }
      Map<Long, String> changed = new HashMap<>();
      customers.listener(p -> {}).run(customersAt, c -> changed.put(c.id().orElseThrow(), ""));
      int[] changedOrders = {0};
      orders.run(ordersAt, o -> changedOrders[0]++);
      out.printf(
          "Incremental run: %d changed customer(s), %d changed order(s)%n",
          changed.size(), changedOrders[0]);
      if (environment.fakeStore().isPresent() && changed.size() != 1) {
        throw new IllegalStateException("expected exactly the updated customer, got " + changed);
      }
    }
  }
}
