package io.github.prestashop4j.testkit.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Wires the fake store together: model, data, handlers and the HTTP server. */
public final class FakeStore implements AutoCloseable {
  private final Store store;
  private final WebserviceHandler webservice;
  private final FakeServer server;
  private final String baseUrl;

  public FakeStore(
      String version,
      Map<String, Map<String, Set<String>>> keys,
      String shopName,
      Clock clock,
      int port,
      int threads,
      FaultPlan faults,
      FakeServer.Sleeper sleeper) {
    this.store = new Store(Model.load(version), clock);
    this.webservice = new WebserviceHandler(store, keys, shopName);
    this.webservice.images(new ImageStore(store));
    this.server = new FakeServer(port, threads, faults, sleeper);
    server.route("/api", (m, p, q, h, b) -> webservice.handle(m, p, q, h, b));
    server.route(
        "/",
        (m, p, q, h, b) -> Answer.text(404, "text/html; charset=utf-8", "404 Not Found: " + p));
    server.start();
    this.baseUrl = "http://127.0.0.1:" + server.port();
    webservice.baseUrl(baseUrl);
  }

  /** Adds another route, such as the fake cloud's. */
  public void route(String prefix, FakeServer.Route route) {
    server.route(prefix, route);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public long[] generate(String resource, int count) {
    return store.generate(resource, count);
  }

  public int count(String resource) {
    store.lock.readLock().lock();
    try {
      return store.count(resource);
    } finally {
      store.lock.readLock().unlock();
    }
  }

  public long requestCount() {
    return server.requestCount();
  }

  @Override
  public void close() {
    server.close();
  }
}
