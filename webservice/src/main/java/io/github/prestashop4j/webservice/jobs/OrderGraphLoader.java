package io.github.prestashop4j.webservice.jobs;

import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Address;
import io.github.prestashop4j.webservice.model.Customer;
import io.github.prestashop4j.webservice.model.Model;
import io.github.prestashop4j.webservice.model.ModelResource;
import io.github.prestashop4j.webservice.model.Order;
import io.github.prestashop4j.webservice.model.OrderState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Completes orders with what a CRM needs beside them: the customer, the delivery and invoice
 * addresses and the current state (the lines are in the order itself, {@code order_rows}).
 *
 * <pre>{@code
 * try (OrderGraphLoader graphs = OrderGraphLoader.create(shop, 4)) {   // one per run
 *   feed.run(since, order -> crm.upsert(graphs.load(order)));
 * }
 * }</pre>
 *
 * <p>Related objects are fetched at most {@code concurrency} at a time, and each at most once per
 * loader: a customer with ten orders in the run is read once. A related object the store no longer
 * has is empty. Thread-safe; close it to stop its threads.
 */
public final class OrderGraphLoader implements AutoCloseable {
  /** Default concurrency of {@link #create(WebserviceClient)}. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private final WebserviceClient client;
  private final ExecutorService executor;
  private final Map<String, CompletableFuture<Optional<? extends Model>>> cache =
      new ConcurrentHashMap<>();

  private OrderGraphLoader(WebserviceClient client, int concurrency) {
    this.client = client;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            concurrency,
            task -> {
              Thread thread = new Thread(task, "prestashop4j-orders-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Creates a loader that fetches up to {@value #DEFAULT_CONCURRENCY} related objects at a time.
   *
   * @param client the store
   * @return the loader
   */
  public static OrderGraphLoader create(WebserviceClient client) {
    return create(client, DEFAULT_CONCURRENCY);
  }

  /**
   * Creates a loader.
   *
   * @param client the store
   * @param concurrency how many related objects are fetched at a time, 1 to 16: stores are fragile
   * @return the loader
   */
  public static OrderGraphLoader create(WebserviceClient client, int concurrency) {
    Objects.requireNonNull(client, "client");
    if (concurrency < 1 || concurrency > 16) {
      throw new IllegalArgumentException(
          "concurrency: must be between 1 and 16 (got " + concurrency + ")");
    }
    return new OrderGraphLoader(client, concurrency);
  }

  /**
   * Completes one order.
   *
   * @param order the order, read with its fields
   * @return the order and what goes with it
   * @throws io.github.prestashop4j.core.PrestaShopException if a related read fails
   */
  public OrderGraph load(Order order) {
    return load(List.of(order)).get(0);
  }

  /**
   * Completes several orders, their related objects fetched concurrently.
   *
   * @param orders the orders
   * @return one graph per order, in the same order
   * @throws io.github.prestashop4j.core.PrestaShopException if a related read fails
   */
  public List<OrderGraph> load(List<Order> orders) {
    Objects.requireNonNull(orders, "orders");
    List<CompletableFuture<OrderGraph>> graphs = new ArrayList<>();
    for (Order order : orders) {
      CompletableFuture<Optional<Customer>> customer =
          related(client.customers(), order.idCustomer());
      CompletableFuture<Optional<Address>> delivery =
          related(client.addresses(), order.idAddressDelivery());
      CompletableFuture<Optional<Address>> invoice =
          related(client.addresses(), order.idAddressInvoice());
      CompletableFuture<Optional<OrderState>> state =
          related(client.orderStates(), order.currentState());
      graphs.add(
          CompletableFuture.allOf(customer, delivery, invoice, state)
              .thenApply(
                  done ->
                      new OrderGraph(
                          order,
                          customer.join(),
                          delivery.join(),
                          invoice.join(),
                          state.join(),
                          order.orderRows())));
    }
    List<OrderGraph> out = new ArrayList<>();
    for (CompletableFuture<OrderGraph> graph : graphs) {
      try {
        out.add(graph.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private <M extends Model> CompletableFuture<Optional<M>> related(
      ModelResource<M> resource, Optional<Long> id) {
    if (id.isEmpty() || id.get() < 1) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    String key = resource.type().resourceName() + "/" + id.get();
    CompletableFuture<Optional<? extends Model>> found =
        cache.computeIfAbsent(
            key, k -> CompletableFuture.supplyAsync(() -> resource.find(id.get()), executor));
    return found.thenApply(model -> (Optional<M>) model);
  }

  /** Stops the loader's threads; loads in progress finish. */
  @Override
  public void close() {
    executor.shutdown();
  }

  /**
   * An order and what goes with it.
   *
   * @param order the order
   * @param customer its customer, empty if the store has none with that id
   * @param deliveryAddress the delivery address, empty if none
   * @param invoiceAddress the invoice address, empty if none
   * @param state the current state, empty if none
   * @param lines the lines ({@code order_rows}), empty if the order was read without associations
   */
  public record OrderGraph(
      Order order,
      Optional<Customer> customer,
      Optional<Address> deliveryAddress,
      Optional<Address> invoiceAddress,
      Optional<OrderState> state,
      List<Order.OrderRow> lines) {}
}
