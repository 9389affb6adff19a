package io.github.prestashop4j.webservice;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Methods per resource: what a key is granted, or what a job needs. Immutable; resources are kept
 * in name order.
 *
 * <pre>{@code
 * PermissionSet needed = PermissionSet.builder()
 *     .allow(WebserviceMethod.GET, "addresses", "countries", "currencies", "customers", "orders")
 *     .allow(WebserviceMethod.POST, "products")
 *     .build();
 * }</pre>
 */
public final class PermissionSet {
  private final Map<String, Set<WebserviceMethod>> methods;

  private PermissionSet(Map<String, Set<WebserviceMethod>> methods) {
    Map<String, Set<WebserviceMethod>> copy = new TreeMap<>();
    methods.forEach(
        (resource, granted) -> {
          if (!granted.isEmpty()) {
            copy.put(resource, Collections.unmodifiableSet(EnumSet.copyOf(granted)));
          }
        });
    this.methods = Collections.unmodifiableMap(copy);
  }

  /**
   * Starts an empty set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the methods of every resource present.
   *
   * @return methods by resource name, in name order
   */
  public Map<String, Set<WebserviceMethod>> asMap() {
    return methods;
  }

  /**
   * Returns the methods of one resource.
   *
   * @param resource the resource name
   * @return the methods, empty if none
   */
  public Set<WebserviceMethod> methods(String resource) {
    return methods.getOrDefault(resource, Set.of());
  }

  /**
   * Tells whether a method is in the set for a resource.
   *
   * @param resource the resource name
   * @param method the method
   * @return {@code true} if present
   */
  public boolean allows(String resource, WebserviceMethod method) {
    return methods(resource).contains(method);
  }

  /**
   * Returns what this set holds that another does not.
   *
   * @param granted the other set, typically what a key is granted
   * @return the difference, empty when {@code granted} covers this set
   */
  public PermissionSet minus(PermissionSet granted) {
    Builder missing = builder();
    methods.forEach(
        (resource, wanted) -> {
          for (WebserviceMethod method : wanted) {
            if (!granted.allows(resource, method)) {
              missing.allow(method, resource);
            }
          }
        });
    return missing.build();
  }

  /**
   * Tells whether the set is empty.
   *
   * @return {@code true} if no resource has a method
   */
  public boolean isEmpty() {
    return methods.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PermissionSet that && methods.equals(that.methods);
  }

  @Override
  public int hashCode() {
    return methods.hashCode();
  }

  /** Lists resources and methods, for example {@code {customers=[GET], products=[GET, POST]}}. */
  @Override
  public String toString() {
    return methods.toString();
  }

  /** Builds a {@link PermissionSet}. */
  public static final class Builder {
    private final Map<String, Set<WebserviceMethod>> methods = new TreeMap<>();

    private Builder() {}

    /**
     * Adds a method on resources.
     *
     * @param method the method
     * @param resources resource names
     * @return this builder
     */
    public Builder allow(WebserviceMethod method, String... resources) {
      Objects.requireNonNull(method, "method");
      for (String resource : resources) {
        Objects.requireNonNull(resource, "resource");
        methods.computeIfAbsent(resource, r -> EnumSet.noneOf(WebserviceMethod.class)).add(method);
      }
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     */
    public PermissionSet build() {
      return new PermissionSet(methods);
    }
  }
}
