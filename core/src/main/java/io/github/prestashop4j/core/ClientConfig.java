package io.github.prestashop4j.core;

import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.http.HttpTransport;
import io.github.prestashop4j.core.internal.CallerHeaders;
import io.github.prestashop4j.core.internal.Checks;
import io.github.prestashop4j.core.internal.Redaction;
import io.github.prestashop4j.core.internal.UserAgent;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What every prestashop4j client is configured with: where the service is, how long calls may take,
 * how they are retried and what the HTTP layer looks like. Credentials are not part of it; each
 * client takes its own.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}; {@link Builder#build()} checks every
 * setting and names the one that is wrong.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>Setting</th><th>Default</th></tr>
 *   <tr><td>{@code baseUrl}</td><td>none; required by a client that uses this configuration as is
 *       (clients with their own base URLs, such as the Webservice and cloud clients, replace it)</td></tr>
 *   <tr><td>{@code connectTimeout}</td><td>10 s</td></tr>
 *   <tr><td>{@code callTimeout}</td><td>60 s, all attempts and the body included</td></tr>
 *   <tr><td>{@code retryPolicy}</td><td>{@link RetryPolicy#defaults()}</td></tr>
 *   <tr><td>{@code userAgentSuffix}</td><td>none</td></tr>
 *   <tr><td>{@code proxy}</td><td>the JDK's default</td></tr>
 *   <tr><td>{@code defaultHeaders}</td><td>none</td></tr>
 *   <tr><td>{@code executor}</td><td>created by the JDK</td></tr>
 *   <tr><td>{@code transport}</td><td>a {@link io.github.prestashop4j.core.http.JdkHttpTransport} per
 *       client</td></tr>
 *   <tr><td>{@code allowInsecureHttp}</td><td>false</td></tr>
 *   <tr><td>{@code clock}, {@code sleeper}</td><td>the system's</td></tr>
 * </table>
 */
public final class ClientConfig {
  private final URI baseUrl;
  private final Duration connectTimeout; // null: the default transport's default
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final String userAgentSuffix;
  private final String userAgent;
  private final ProxySelector proxy;
  private final HttpHeaders defaultHeaders;
  private final Executor executor;
  private final HttpTransport transport;
  private final boolean allowInsecureHttp;
  private final Clock clock;
  private final Sleeper sleeper;

  private ClientConfig(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.connectTimeout = builder.connectTimeout;
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.userAgentSuffix = builder.userAgentSuffix;
    this.userAgent = UserAgent.value(userAgentSuffix);
    this.proxy = builder.proxy;
    this.defaultHeaders = builder.defaultHeaders.build();
    this.executor = builder.executor;
    this.transport = builder.transport;
    this.allowInsecureHttp = builder.allowInsecureHttp;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this configuration sending through a given transport: the connect timeout, proxy and
   * executor, which configure the default transport, are dropped (build that transport with {@link
   * io.github.prestashop4j.core.http.JdkHttpTransport#from(ClientConfig)} to keep them).
   *
   * @param transport the transport; the caller keeps closing it
   * @return the derived configuration
   */
  public ClientConfig withTransport(HttpTransport transport) {
    Builder builder = toBuilder();
    builder.connectTimeout = null;
    builder.proxy = null;
    builder.executor = null;
    return builder.transport(transport).build();
  }

  /**
   * Returns a builder holding this configuration, to derive another one.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUrl = baseUrl;
    builder.connectTimeout = connectTimeout;
    builder.callTimeout = callTimeout;
    builder.retryPolicy = retryPolicy;
    builder.userAgentSuffix = userAgentSuffix;
    builder.proxy = proxy;
    builder.defaultHeaders = defaultHeaders.toBuilder();
    builder.executor = executor;
    builder.transport = transport;
    builder.allowInsecureHttp = allowInsecureHttp;
    builder.clock = clock;
    builder.sleeper = sleeper;
    return builder;
  }

  /**
   * Returns the service's base URL.
   *
   * @return an absolute {@code http} or {@code https} URL without query, fragment or user
   *     information
   * @throws IllegalStateException if none was set: a configuration without one only carries
   *     settings for clients that set their own base URLs
   */
  public URI baseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("baseUrl: is required");
    }
    return baseUrl;
  }

  /**
   * Tells whether a base URL was set.
   *
   * @return {@code true} if {@link #baseUrl()} has one
   */
  public boolean hasBaseUrl() {
    return baseUrl != null;
  }

  /**
   * Returns how long establishing a connection may take (default transport only).
   *
   * @return default 10 s
   */
  public Duration connectTimeout() {
    return connectTimeout == null ? Builder.DEFAULT_CONNECT_TIMEOUT : connectTimeout;
  }

  /**
   * Returns the deadline of a call: every attempt, every wait between attempts and the reading of
   * the body included.
   *
   * @return default 60 s
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns the retry policy.
   *
   * @return default {@link RetryPolicy#defaults()}
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the full {@code User-Agent} sent with every request.
   *
   * @return {@code prestashop4j/<version> (Java <version>)}, followed by the suffix when one is set
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Returns what the application appends to the {@code User-Agent}.
   *
   * @return the suffix, empty by default
   */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /**
   * Returns the proxy selector of the default transport.
   *
   * @return the selector, empty for the JDK's default
   */
  public Optional<ProxySelector> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * Returns the headers sent with every request.
   *
   * @return the headers, empty by default
   */
  public HttpHeaders defaultHeaders() {
    return defaultHeaders;
  }

  /**
   * Returns the executor of the default transport.
   *
   * @return the executor, empty when the JDK creates one
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * Returns the transport supplied by the caller.
   *
   * @return the transport, empty when each client creates its own {@link
   *     io.github.prestashop4j.core.http.JdkHttpTransport}
   */
  public Optional<HttpTransport> transport() {
    return Optional.ofNullable(transport);
  }

  /**
   * Tells whether credentials may be sent over plain {@code http://} to a non-loopback host.
   *
   * @return default {@code false}
   */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * Returns the clock used for {@code Retry-After} dates and token expiry.
   *
   * @return default {@link Clock#systemUTC()}
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns what waits between retries.
   *
   * @return default {@link Sleeper#system()}
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** Describes the configuration; default header values that may be secret are redacted. */
  @Override
  public String toString() {
    return "ClientConfig[baseUrl="
        + Redaction.uri(baseUrl)
        + ", connectTimeout="
        + connectTimeout()
        + ", callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", userAgent="
        + userAgent
        + ", proxy="
        + (proxy != null)
        + ", defaultHeaders="
        + defaultHeaders
        + ", transport="
        + (transport == null ? "default" : transport.getClass().getSimpleName())
        + ", allowInsecureHttp="
        + allowInsecureHttp
        + "]";
  }

  /** Builds a {@link ClientConfig}. Not thread-safe. */
  public static final class Builder {
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private URI baseUrl;
    private Duration connectTimeout;
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgentSuffix;
    private ProxySelector proxy;
    private HttpHeaders.Builder defaultHeaders = HttpHeaders.builder();
    private Executor executor;
    private HttpTransport transport;
    private boolean allowInsecureHttp;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * Sets the service's base URL.
     *
     * @param baseUrl an absolute {@code http} or {@code https} URL, without query, fragment or user
     *     information
     * @return this builder
     * @throws IllegalArgumentException if the URL cannot be parsed
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      try {
        return baseUrl(URI.create(baseUrl.trim()));
      } catch (IllegalArgumentException e) {
        // URI's message quotes the input, which may hold user information: keep only the reason.
        throw new IllegalArgumentException("baseUrl: not a valid URL");
      }
    }

    /**
     * Sets the service's base URL.
     *
     * @param baseUrl an absolute {@code http} or {@code https} URL, without query, fragment or user
     *     information
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets how long establishing a connection may take. Applies to the default transport only.
     *
     * @param connectTimeout a positive duration; default 10 s
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the deadline of every call, unless {@link RequestOptions} overrides it.
     *
     * @param callTimeout a positive duration; default 60 s
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = Checks.positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy; default {@link RetryPolicy#defaults()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets what the application appends to the SDK's {@code User-Agent}, for example {@code
     * my-erp/2.3}.
     *
     * @param userAgentSuffix printable ASCII, or {@code null} for none (default)
     * @return this builder
     * @throws IllegalArgumentException if it holds a character outside printable ASCII
     */
    public Builder userAgentSuffix(String userAgentSuffix) {
      if (userAgentSuffix != null) {
        for (int i = 0; i < userAgentSuffix.length(); i++) {
          char c = userAgentSuffix.charAt(i);
          if (c < 0x20 || c > 0x7e) {
            throw new IllegalArgumentException(
                "userAgentSuffix: must hold printable ASCII characters only");
          }
        }
        userAgentSuffix = userAgentSuffix.isBlank() ? null : userAgentSuffix.strip();
      }
      this.userAgentSuffix = userAgentSuffix;
      return this;
    }

    /**
     * Sets the proxy selector of the default transport.
     *
     * @param proxy the selector, for example {@code ProxySelector.of(address)}, or {@code null} for
     *     the JDK's default
     * @return this builder
     */
    public Builder proxy(ProxySelector proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the header name; {@code Authorization}, {@code User-Agent} and the headers the
     *     transport owns are refused
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the header is refused or not legal
     */
    public Builder defaultHeader(String name, String value) {
      CallerHeaders.check(HttpHeaders.builder().add(name, value).build(), "defaultHeader");
      defaultHeaders.add(name, value);
      return this;
    }

    /**
     * Sets the executor of the default transport: where the JDK client runs its asynchronous work,
     * including handing each answer to the waiting caller. {@code Runnable::run} runs that work on
     * the client's selector thread, which saves a thread wake-up per call (lower latency), but then
     * also runs the TLS handshake tasks of new connections there, one at a time.
     *
     * @param executor the executor, or {@code null} (default) to let the JDK create one
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Sets the transport, for example one {@link io.github.prestashop4j.core.http.JdkHttpTransport}
     * shared by the clients of many stores. The caller keeps ownership: closing a client does not
     * close it. {@code connectTimeout}, {@code proxy} and {@code executor} configure the default
     * transport and cannot be combined with this.
     *
     * @param transport the transport, or {@code null} (default) for one per client
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Allows credentials over plain {@code http://} to hosts other than loopback, for stores
     * without TLS. Anyone on the network path can then read the credentials.
     *
     * @param allowInsecureHttp {@code true} to allow; default {@code false}
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /**
     * Sets the clock for {@code Retry-After} dates and token expiry; tests use a fixed or moving
     * one.
     *
     * @param clock the clock; default {@link Clock#systemUTC()}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets what waits between retries; tests use one that returns at once.
     *
     * @param sleeper the sleeper; default {@link Sleeper#system()}
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    private static void checkBaseUrl(URI baseUrl) {
      if (!Checks.isAbsoluteHttp(baseUrl)) {
        throw new IllegalStateException("baseUrl: must be an absolute http:// or https:// URL");
      }
      if (baseUrl.getRawUserInfo() != null) {
        throw new IllegalStateException(
            "baseUrl: must not contain user information; give credentials to the client instead");
      }
      if (baseUrl.getHost() == null) {
        throw new IllegalStateException("baseUrl: must name a host");
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
        throw new IllegalStateException("baseUrl: must not contain a query or a fragment");
      }
    }

    /**
     * Checks the settings and builds the configuration.
     *
     * @return the immutable configuration
     * @throws IllegalStateException naming the setting that is missing, wrong or contradicts
     *     another
     */
    public ClientConfig build() {
      if (baseUrl != null) {
        checkBaseUrl(baseUrl);
      }
      if (transport != null && (connectTimeout != null || proxy != null || executor != null)) {
        throw new IllegalStateException(
            "transport: connectTimeout, proxy and executor configure the default transport;"
                + " set them on the transport you supply instead");
      }
      return new ClientConfig(this);
    }
  }
}
