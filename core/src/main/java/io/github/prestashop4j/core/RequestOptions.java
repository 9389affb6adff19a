package io.github.prestashop4j.core;

import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.internal.CallerHeaders;
import io.github.prestashop4j.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for one call that override the client's: deadline, retry policy and extra headers.
 * Anything left unset falls back to the {@link ClientConfig}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = builder().build();

  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final HttpHeaders headers;

  private RequestOptions(Builder builder) {
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.headers = builder.headers.build();
  }

  /**
   * Returns options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder starting from these options.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.callTimeout = callTimeout;
    builder.retryPolicy = retryPolicy;
    builder.headers = headers.toBuilder();
    return builder;
  }

  /**
   * Returns the deadline of this call: the longest it may take, every attempt, every wait between
   * attempts and the reading of the body included.
   *
   * @return the override, or empty to use {@link ClientConfig#callTimeout()}
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /**
   * Returns the retry policy of this call.
   *
   * @return the override, or empty to use {@link ClientConfig#retryPolicy()}
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * Returns headers added to this call, over the client's default headers.
   *
   * @return the headers, empty by default
   */
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "RequestOptions[callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", headers="
        + headers
        + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration callTimeout;
    private RetryPolicy retryPolicy;
    private HttpHeaders.Builder headers = HttpHeaders.builder();

    private Builder() {}

    /**
     * Sets the deadline of this call.
     *
     * @param callTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = Checks.positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * Sets the retry policy of this call, for example {@link RetryPolicy#none()}.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Adds a header to this call.
     *
     * @param name the header name; {@code Authorization}, {@code User-Agent} and the headers the
     *     transport owns ({@code Host}, {@code Content-Length}, ...) are refused
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the header is refused or not legal
     */
    public Builder header(String name, String value) {
      CallerHeaders.check(HttpHeaders.builder().add(name, value).build(), "RequestOptions.header");
      headers.add(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
