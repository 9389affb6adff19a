package io.github.prestashop4j.core.http;

import io.github.prestashop4j.core.internal.Redaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Immutable HTTP headers: names are case-insensitive, each name holds one or more values in order.
 *
 * <p>{@link #toString()} redacts the values of secret-bearing headers ({@code Authorization},
 * cookies, names containing {@code token}, {@code secret}, {@code key}, {@code signature} or {@code
 * password}).
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY =
      new HttpHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  private final Map<String, List<String>> values;

  private HttpHeaders(TreeMap<String, List<String>> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Returns headers with no entry.
   *
   * @return the empty headers
   */
  public static HttpHeaders empty() {
    return EMPTY;
  }

  /**
   * Copies headers from a map of names to values, such as {@code java.net.http.HttpHeaders#map()}.
   *
   * @param map names to values; names differing only in case are merged
   * @return the headers
   * @throws IllegalArgumentException if a name or value is not a legal header name or value
   */
  public static HttpHeaders of(Map<String, List<String>> map) {
    Builder builder = builder();
    map.forEach((name, list) -> list.forEach(value -> builder.add(name, value)));
    return builder.build();
  }

  /**
   * Copies headers that a transport received and the JDK's parser has already checked, leaving out
   * HTTP/2 pseudo-headers such as {@code :status}, which are framing rather than headers.
   */
  static HttpHeaders received(Map<String, List<String>> received) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    received.forEach(
        (name, list) -> {
          if (!name.startsWith(":")) {
            copy.computeIfAbsent(name, n -> new ArrayList<>(list.size())).addAll(list);
          }
        });
    copy.replaceAll((name, list) -> List.copyOf(list));
    return new HttpHeaders(copy);
  }

  /**
   * Returns a builder for new headers.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
  }

  /**
   * Returns a builder that starts from these headers.
   *
   * @return a builder holding a copy of these headers
   */
  public Builder toBuilder() {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    values.forEach((name, list) -> copy.put(name, new ArrayList<>(list)));
    return new Builder(copy);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or empty when the header is absent
   */
  public Optional<String> firstValue(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /**
   * Returns every value of a header.
   *
   * @param name the header name, in any case
   * @return the values in order, empty when the header is absent
   */
  public List<String> allValues(String name) {
    List<String> list = values.get(name);
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /**
   * Tells whether a header is present.
   *
   * @param name the header name, in any case
   * @return {@code true} if it has at least one value
   */
  public boolean contains(String name) {
    return values.containsKey(name);
  }

  /**
   * Returns the headers as a map sorted by name, case-insensitively.
   *
   * @return an unmodifiable view
   */
  public Map<String, List<String>> map() {
    return values;
  }

  /**
   * Tells whether there is no header.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpHeaders other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    // Case-insensitive like equals: the map's own hashCode would hash the names with their case.
    int hash = 0;
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      hash += entry.getKey().toLowerCase(Locale.ROOT).hashCode() ^ entry.getValue().hashCode();
    }
    return hash;
  }

  /** Returns the headers with the values of secret-bearing headers replaced by {@code REDACTED}. */
  @Override
  public String toString() {
    return Redaction.headers(this);
  }

  /** Builds {@link HttpHeaders}. Not thread-safe. */
  public static final class Builder {
    private final TreeMap<String, List<String>> values;

    private Builder(TreeMap<String, List<String>> values) {
      this.values = values;
    }

    /**
     * Adds a value to a header, after any value it already has.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is not a token or the value holds a line break
     *     or another control character
     */
    public Builder add(String name, String value) {
      checkName(name);
      checkValue(name, value);
      values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
      return this;
    }

    /**
     * Sets a header to a single value, replacing any value it had.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name or value is not legal, as for {@link #add}
     */
    public Builder set(String name, String value) {
      checkName(name);
      checkValue(name, value);
      List<String> list = new ArrayList<>(1);
      list.add(value);
      values.put(name, list);
      return this;
    }

    /**
     * Sets every header of another set, replacing the values of the headers it names.
     *
     * @param headers the headers to copy
     * @return this builder
     */
    public Builder setAll(HttpHeaders headers) {
      headers.values.forEach((name, list) -> values.put(name, new ArrayList<>(list)));
      return this;
    }

    /**
     * Removes a header.
     *
     * @param name the header name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      values.remove(name);
      return this;
    }

    /**
     * Builds the headers.
     *
     * @return immutable headers
     */
    public HttpHeaders build() {
      TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
      return new HttpHeaders(copy);
    }

    private static void checkName(String name) {
      Objects.requireNonNull(name, "header name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("header name: must not be empty");
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        // RFC 9110 token characters.
        boolean token =
            (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        if (!token) {
          throw new IllegalArgumentException(
              "header name '" + name + "': must contain only RFC 9110 token characters");
        }
      }
    }

    private static void checkValue(String name, String value) {
      Objects.requireNonNull(value, () -> "value of header " + name);
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        // Control characters would allow header injection (CR LF) and are refused by servers
        // anyway.
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          throw new IllegalArgumentException(
              "value of header " + name + ": must not contain control characters or line breaks");
        }
      }
    }
  }
}
