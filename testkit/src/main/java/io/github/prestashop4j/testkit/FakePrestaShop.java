package io.github.prestashop4j.testkit;

import io.github.prestashop4j.testkit.internal.FakeServer;
import io.github.prestashop4j.testkit.internal.FakeStore;
import io.github.prestashop4j.testkit.internal.FaultPlan;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An in-process fake PrestaShop store: its Webservice ({@code /api/}) on a free loopback port,
 * seeded with the demo catalogue of a real store (categories, products with combinations and stock,
 * customers with addresses, carts, orders with lines and state history, countries, currencies,
 * languages en and fr, one shop), answering in the XML and JSON shapes, status codes and error
 * codes of the real PrestaShop version it is set to.
 *
 * <pre>{@code
 * try (FakePrestaShop store = FakePrestaShop.builder().start()) {
 *   WebserviceClient client = WebserviceClient.builder()
 *       .baseUrl(store.baseUrl()).apiKey(store.apiKey()).build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests are served concurrently; writes are atomic. {@link #close()} stops the
 * server. See the testkit README for the known differences from a real store.
 */
public final class FakePrestaShop implements AutoCloseable {

  /** The Webservice key a fake store accepts when the builder names none: every permission. */
  public static final String DEFAULT_KEY = "TESTKITKEY0000000000000000000000";

  /** The PrestaShop versions a fake store can behave as. */
  public static final Set<String> VERSIONS = Set.of("8.1.2", "9.1.4");

  private final FakeStore store;
  private final String version;
  private final String apiKey;
  private final Faults faults;

  private FakePrestaShop(Builder b) {
    FaultPlan plan = new FaultPlan();
    this.faults = new Faults(plan);
    this.version = b.version;
    Map<String, Map<String, Set<String>>> keys = new LinkedHashMap<>();
    b.keys.forEach(
        (k, p) -> {
          Map<String, Set<String>> grants = new LinkedHashMap<>();
          p.grants()
              .forEach(
                  (res, methods) ->
                      grants.put(
                          res,
                          methods.stream()
                              .map(Enum::name)
                              .collect(Collectors.toUnmodifiableSet())));
          keys.put(k, grants);
        });
    if (keys.isEmpty()) {
      keys.put(DEFAULT_KEY, Map.of("*", Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")));
    }
    this.apiKey = keys.keySet().iterator().next();
    this.store =
        new FakeStore(b.version, keys, b.shopName, b.clock, b.port, b.threads, plan, b.sleeper);
  }

  /**
   * Starts configuring a fake store.
   *
   * @return a new builder: version 8.1.2, key {@link #DEFAULT_KEY} with every permission, a free
   *     port, the system clock
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a fake store with the defaults of {@link #builder()}.
   *
   * @return the running store
   */
  public static FakePrestaShop start() {
    return builder().start();
  }

  /**
   * The store's base URL, such as {@code http://127.0.0.1:41234}; the Webservice is under {@code
   * /api/}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return store.baseUrl();
  }

  /**
   * The first key configured (or {@link #DEFAULT_KEY}).
   *
   * @return a Webservice key the store accepts
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The PrestaShop version the store behaves as, also sent in the {@code PSWS-Version} header.
   *
   * @return {@code 8.1.2} or {@code 9.1.4}
   */
  public String version() {
    return version;
  }

  /**
   * The faults to inject into the next answers.
   *
   * @return the store's fault controls
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Adds generated entities to a resource, for tests at scale (for example 100,000 orders): each is
   * a copy of a seeded entity with a new id, its own dates ({@code date_add}, {@code date_upd},
   * spread from 2020) and, where the resource has one, its own {@code reference}. Copies share
   * their unchanged values with the seeded entity, so memory stays small.
   *
   * @param resource a resource name such as {@code orders}
   * @param count how many entities to add
   * @return the ids given, {@code [first, last]}
   * @throws IllegalArgumentException if the resource is unknown or has no entity to copy, or count
   *     is not positive
   */
  public long[] generate(String resource, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return store.generate(resource, count);
  }

  /**
   * How many entities a resource holds now.
   *
   * @param resource a resource name such as {@code orders}
   * @return the count, 0 for an unknown resource
   */
  public int count(String resource) {
    return store.count(resource);
  }

  /**
   * How many HTTP requests the store has received since it started.
   *
   * @return the count
   */
  public long requestCount() {
    return store.requestCount();
  }

  /** Stops the server; idempotent. */
  @Override
  public void close() {
    store.close();
  }

  @Override
  public String toString() {
    return "FakePrestaShop[" + version + " at " + baseUrl() + "]";
  }

  /** Builds a {@link FakePrestaShop}. Not thread-safe. */
  public static final class Builder {
    private String version = "8.1.2";
    private final Map<String, Permissions> keys = new LinkedHashMap<>();
    private int port;
    private int threads = 8;
    private Clock clock = Clock.systemUTC();
    private String shopName = "TestShop";
    private FakeServer.Sleeper sleeper = Thread::sleep;

    private Builder() {}

    /**
     * The PrestaShop version to behave as (default {@code 8.1.2}).
     *
     * @param version {@code 8.1.2} or {@code 9.1.4} (also {@code 8} and {@code 9})
     * @return this builder
     * @throws IllegalArgumentException for another version
     */
    public Builder version(String version) {
      String v = version == null ? "" : version.trim().toLowerCase(Locale.ROOT);
      if (v.equals("8") || v.startsWith("8.")) {
        v = v.equals("8") ? "8.1.2" : v;
      } else if (v.equals("9") || v.startsWith("9.")) {
        v = v.equals("9") ? "9.1.4" : v;
      }
      if (!VERSIONS.contains(v)) {
        throw new IllegalArgumentException(
            "version: must be one of " + VERSIONS + ", was " + version);
      }
      this.version = v;
      return this;
    }

    /**
     * Adds a Webservice key (default: {@link #DEFAULT_KEY} with every permission, used only when no
     * key is added).
     *
     * @param key the key, 32 characters as in a real store
     * @param permissions what the key may do
     * @return this builder
     * @throws IllegalArgumentException if the key is not 32 characters
     */
    public Builder key(String key, Permissions permissions) {
      if (key == null || key.length() != 32) {
        throw new IllegalArgumentException("key: must be 32 characters");
      }
      if (permissions == null) {
        throw new IllegalArgumentException("permissions must not be null");
      }
      keys.put(key, permissions);
      return this;
    }

    /**
     * The loopback port to listen on (default 0: a free port).
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How many threads serve requests (default 8).
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The clock for {@code date_add}/{@code date_upd} of writes, shown in the store's time zone
     * Europe/Paris (default the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = clock;
      return this;
    }

    /**
     * The shop name of the {@code /api/} listing (default {@code TestShop}).
     *
     * @param shopName the name
     * @return this builder
     */
    public Builder shopName(String shopName) {
      if (shopName == null || shopName.isBlank()) {
        throw new IllegalArgumentException("shopName must not be blank");
      }
      this.shopName = shopName;
      return this;
    }

    /**
     * How the store waits for injected latency (default {@link Thread#sleep(long)}); a test can
     * record the waits instead.
     *
     * @param sleeper receives the latency in milliseconds
     * @return this builder
     */
    public Builder latencySleeper(LatencySleeper sleeper) {
      if (sleeper == null) {
        throw new IllegalArgumentException("sleeper must not be null");
      }
      this.sleeper = sleeper::sleep;
      return this;
    }

    /**
     * Starts the store.
     *
     * @return the running store
     */
    public FakePrestaShop start() {
      return new FakePrestaShop(this);
    }
  }

  /** Waits for injected latency. */
  @FunctionalInterface
  public interface LatencySleeper {
    /**
     * Waits.
     *
     * @param millis how long
     * @throws InterruptedException if interrupted
     */
    void sleep(long millis) throws InterruptedException;
  }
}
