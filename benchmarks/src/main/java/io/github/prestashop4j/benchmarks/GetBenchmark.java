package io.github.prestashop4j.benchmarks;

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
 * One typed GET ({@code shop.products().get(1)}, the recorded product 1) against the same request
 * sent with plain {@code java.net.http} and parsed with Jackson or StAX, from the same loopback
 * server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetBenchmark {
  /** JSON (the default AUTO format) or XML. */
  @Param({"JSON", "XML"})
  public String format;

  public LoopbackServer server;
  public WebserviceClient shop;
  public RawClient raw;
  public URI uri;
  public WebserviceClient direct;

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
    shop.products().get(1);
    uri = URI.create(server.baseUrl()).resolve(route.lastUri());
    raw = RawClient.webservice(Shop.KEY);
    direct =
        Shop.client(
            server.baseUrl(),
            format.equals("XML") ? ResponseFormat.XML : ResponseFormat.AUTO,
            Runnable::run);
  }

  /** Stops them. */
  @TearDown(Level.Trial)
  public void tearDown() {
    shop.close();
    direct.close();
    server.close();
  }

  /**
   * The SDK.
   *
   * @return the product
   */
  @Benchmark
  public Product sdk() {
    return shop.products().get(1);
  }

  /**
   * The SDK with {@code ClientConfig.executor(Runnable::run)}: the JDK client's completions run on
   * its selector thread instead of hopping to a pool thread, which shows what the hops cost.
   *
   * @return the product
   */
  @Benchmark
  public Product sdkDirectExecutor() {
    return direct.products().get(1);
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
