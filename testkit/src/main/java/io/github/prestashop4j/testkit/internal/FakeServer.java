package io.github.prestashop4j.testkit.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JDK HTTP server behind the fakes, with TCP no-delay on: without it every small response waits
 * for the peer's delayed ACK (about 40 ms on Linux), which caps a keep-alive client at a few dozen
 * requests per second.
 */
public final class FakeServer implements AutoCloseable {
  static {
    // Read once, when the JDK server's configuration class loads: must be set before the first
    // server of the JVM is created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** A handler of one path prefix. */
  public interface Route {
    /** Answers a request; headers keyed in lower case. */
    Answer handle(
        String method, String path, String query, Map<String, String> headers, byte[] body)
        throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final FaultPlan faults;
  private final AtomicLong requests = new AtomicLong();
  private final Sleeper sleeper;

  /** Sleeps for injected latency; tests may replace it. */
  public interface Sleeper {
    /** Sleeps that many milliseconds. */
    void sleep(long millis) throws InterruptedException;
  }

  public FakeServer(int port, int threads, FaultPlan faults, Sleeper sleeper) {
    this.faults = faults;
    this.sleeper = sleeper;
    try {
      this.server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the fake server's port " + port, e);
    }
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "fake-prestashop-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
  }

  public void route(String prefix, Route route) {
    server.createContext(prefix, ex -> serve(ex, route));
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public long requestCount() {
    return requests.get();
  }

  private void serve(HttpExchange ex, Route route) throws IOException {
    requests.incrementAndGet();
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readAllBytes();
      long delay = faults.latency().toMillis();
      if (delay > 0) {
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      FaultPlan.Fault fault = faults.next();
      if (fault != null && fault.kind() == FaultPlan.Kind.RESET) {
        // An exception out of the handler makes the JDK server drop the connection at once.
        throw new InjectedReset();
      }
      if (fault != null && fault.kind() == FaultPlan.Kind.UNAVAILABLE) {
        send(ex, Answer.text(503, "text/html; charset=utf-8", "503 Service Unavailable"), false);
        return;
      }
      if (fault != null && fault.kind() == FaultPlan.Kind.RATE_LIMITED) {
        send(
            ex,
            Answer.text(429, "text/html; charset=utf-8", "429 Too Many Requests")
                .header("Retry-After", Long.toString(fault.retryAfter().toSeconds())),
            false);
        return;
      }
      Map<String, String> headers = new HashMap<>();
      for (Map.Entry<String, java.util.List<String>> h : ex.getRequestHeaders().entrySet()) {
        if (!h.getValue().isEmpty()) {
          headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().get(0));
        }
      }
      Answer a;
      try {
        a =
            route.handle(
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                ex.getRequestURI().getRawQuery(),
                headers,
                body);
      } catch (RuntimeException e) {
        a = Answer.text(500, "text/plain; charset=utf-8", "fake server error: " + e);
      }
      boolean truncate = fault != null && fault.kind() == FaultPlan.Kind.TRUNCATED;
      send(ex, a, truncate);
    } catch (IOException e) {
      // The client went away, or the truncation fault closed the stream short: nothing to do.
    } finally {
      ex.close();
    }
  }

  private static void send(HttpExchange ex, Answer a, boolean truncate) throws IOException {
    Headers h = ex.getResponseHeaders();
    a.headers.forEach(h::set);
    boolean head = ex.getRequestMethod().equals("HEAD");
    if (a.body == null || head || a.status == 304) {
      ex.sendResponseHeaders(a.status, -1);
      return;
    }
    if (truncate && a.body.length > 1) {
      ex.sendResponseHeaders(a.status, a.body.length);
      OutputStream out = ex.getResponseBody();
      out.write(a.body, 0, a.body.length / 2);
      out.flush();
      // Dropping the connection short of the announced length.
      throw new InjectedReset();
    }
    ex.sendResponseHeaders(a.status, a.body.length == 0 ? -1 : a.body.length);
    if (a.body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(a.body);
      }
    }
  }

  /** Thrown to make the JDK server drop a connection. */
  static final class InjectedReset extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedReset() {
      super("injected connection reset", null, false, false);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
