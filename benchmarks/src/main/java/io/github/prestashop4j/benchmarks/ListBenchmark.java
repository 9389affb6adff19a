package io.github.prestashop4j.benchmarks;

import io.github.prestashop4j.core.paging.Page;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Product;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One typed list page of products ({@code display=full}, the recorded products repeated) against
 * the same request with plain {@code java.net.http} and a streaming parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ListBenchmark {
  /** Products per page. */
  @Param({"100", "1000"})
  public int size;

  /** JSON (the default AUTO format) or XML. */
  @Param({"JSON", "XML"})
  public String format;

  LoopbackServer server;
  WebserviceClient shop;
  RawClient raw;
  URI uri;
  Query query;

  /**
   * Starts the server and clients, and records the SDK's request URI for the baseline.
   *
   * @throws IOException if the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StoreRoute route = new StoreRoute();
    server = LoopbackServer.start(route, Duration.ZERO, 4);
    shop =
        Shop.client(
            server.baseUrl(), format.equals("XML") ? ResponseFormat.XML : ResponseFormat.AUTO);
    query = Query.builder().limit(0, size).build();
    shop.products().list(query);
    uri = URI.create(server.baseUrl()).resolve(route.lastUri());
    raw = RawClient.webservice(Shop.KEY);
  }

  /** Stops them. */
  @TearDown(Level.Trial)
  public void tearDown() {
    shop.close();
    server.close();
  }

  /**
   * The SDK.
   *
   * @return the page
   */
  @Benchmark
  public Page<Product> sdk() {
    return shop.products().list(query);
  }

  /**
   * The baseline.
   *
   * @return the values
   */
  @Benchmark
  public List<String> raw() {
    return raw.get(uri, format.equals("JSON"));
  }
}
