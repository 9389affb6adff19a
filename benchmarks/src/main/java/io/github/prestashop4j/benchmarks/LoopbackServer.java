package io.github.prestashop4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A tiny HTTP server on a free loopback port that answers from a {@link Route} with fixed bytes,
 * optionally after a fixed delay, so that the SDK and the raw baseline read exactly the same bytes
 * from the same server and the server's cost is the same for both.
 */
public final class LoopbackServer implements AutoCloseable {
  static {
    // Without it the JDK server's small writes wait on Nagle's algorithm (tens of ms per answer).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** One answer. */
  public record Reply(int status, String contentType, byte[] body) {
    /**
     * A 200 answer.
     *
     * @param contentType the Content-Type
     * @param body the body
     * @return the reply
     */
    public static Reply ok(String contentType, byte[] body) {
      return new Reply(200, contentType, body);
    }
  }

  /** Chooses the answer to a request. */
  @FunctionalInterface
  public interface Route {
    /**
     * Answers a request.
     *
     * @param method the method
     * @param uri the request URI (path and raw query)
     * @param body the request body
     * @return the answer
     */
    Reply answer(String method, URI uri, byte[] body);
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server.
   *
   * @param route the answers
   * @param latency how long each request waits before it is answered, zero for none
   * @param threads handler threads: at least the concurrency the server must sustain with latency
   * @return the running server
   * @throws IOException if it cannot bind
   */
  public static LoopbackServer start(Route route, Duration latency, int threads)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "loopback-server");
              t.setDaemon(true);
              return t;
            });
    long delayNanos = latency.toNanos();
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
              request = in.readAllBytes();
            }
            if (delayNanos > 0) {
              // The server's job here is to be slow: a fixed per-request latency.
              TimeUnit.NANOSECONDS.sleep(delayNanos);
            }
            Reply reply =
                route.answer(exchange.getRequestMethod(), exchange.getRequestURI(), request);
            send(exchange, reply);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.setExecutor(executor);
    server.start();
    return new LoopbackServer(server, executor);
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.getResponseHeaders().set("PSWS-Version", "8.1.2");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  /**
   * The base URL, for example {@code http://127.0.0.1:41234}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
