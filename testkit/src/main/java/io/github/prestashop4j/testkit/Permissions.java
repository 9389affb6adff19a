package io.github.prestashop4j.testkit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a Webservice key of the fake store may do: per resource, the HTTP methods it is granted.
 * Immutable. A resource not granted answers 401 (code 26), a method not granted 405 (code 25), as
 * the real store does.
 */
public final class Permissions {

  /** The methods a key can be granted. */
  public enum Method {
    /** Read. */
    GET,
    /** Create. */
    POST,
    /** Replace. */
    PUT,
    /** Partial update (PrestaShop 8 and later). */
    PATCH,
    /** Delete. */
    DELETE,
    /** Existence check. */
    HEAD
  }

  private final Map<String, Set<Method>> grants;

  private Permissions(Map<String, Set<Method>> grants) {
    this.grants = grants;
  }

  /**
   * Every method on every resource.
   *
   * @return the permissions
   */
  public static Permissions all() {
    return new Permissions(Map.of("*", Collections.unmodifiableSet(EnumSet.allOf(Method.class))));
  }

  /**
   * GET and HEAD on every resource.
   *
   * @return the permissions
   */
  public static Permissions readOnly() {
    return new Permissions(
        Map.of("*", Collections.unmodifiableSet(EnumSet.of(Method.GET, Method.HEAD))));
  }

  /**
   * Starts permissions granted resource by resource.
   *
   * @return a new builder with nothing granted
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grants, keyed by resource name ({@code "*"} stands for every resource not named).
   *
   * @return an unmodifiable map
   */
  public Map<String, Set<Method>> grants() {
    return grants;
  }

  @Override
  public String toString() {
    return "Permissions" + grants;
  }

  /** Builds {@link Permissions}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Set<Method>> grants = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Grants methods on one resource (adds to what was granted before).
     *
     * @param resource a resource name such as {@code products}, or {@code "*"} for every resource
     * @param methods the methods granted
     * @return this builder
     * @throws IllegalArgumentException if the resource is blank or no method is given
     */
    public Builder allow(String resource, Method... methods) {
      if (resource == null || resource.isBlank()) {
        throw new IllegalArgumentException("resource must not be blank");
      }
      if (methods == null || methods.length == 0) {
        throw new IllegalArgumentException("methods: give at least one method for " + resource);
      }
      Set<Method> set =
          grants.computeIfAbsent(
              resource.toLowerCase(Locale.ROOT), k -> EnumSet.noneOf(Method.class));
      for (Method m : methods) {
        set.add(m);
      }
      return this;
    }

    /**
     * Builds the permissions.
     *
     * @return the permissions
     */
    public Permissions build() {
      Map<String, Set<Method>> copy = new LinkedHashMap<>();
      grants.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
      return new Permissions(Collections.unmodifiableMap(copy));
    }
  }
}
