package io.github.prestashop4j.webservice;

import java.util.Objects;

/**
 * One query-string parameter as the server's {@code $_GET} sees it: name and value, both decoded.
 *
 * @param name the parameter name, for example {@code filter[name]}; never empty
 * @param value the parameter value, for example {@code [mug]%}; may be empty, never null
 */
public record QueryParameter(String name, String value) {

  /**
   * Creates a parameter.
   *
   * @param name the parameter name; never empty
   * @param value the parameter value; never null
   * @throws NullPointerException if the name or the value is null
   * @throws IllegalArgumentException if the name is empty
   */
  public QueryParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name: must not be empty");
    }
  }

  @Override
  public String toString() {
    return name + "=" + value;
  }
}
