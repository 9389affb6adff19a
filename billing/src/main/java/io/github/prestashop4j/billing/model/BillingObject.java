package io.github.prestashop4j.billing.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.prestashop4j.core.internal.Frozen;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of every Billing model: keeps the fields this SDK does not model, so that nothing the
 * server sends is lost (Billing forwards Chargebee objects, which gain fields over time).
 *
 * <p>Models are read-only once decoded and safe to share between threads.
 */
public abstract class BillingObject {
  // Filled only while Jackson decodes the object, before it is published.
  private final Map<String, Object> unknownFields = new LinkedHashMap<>();
  private final Map<String, Object> unknownFieldsView = Collections.unmodifiableMap(unknownFields);

  // Only this package's models extend it.
  BillingObject() {}

  /**
   * Returns the fields of the JSON object that this model does not map, with their decoded values
   * (maps, lists, strings, numbers, booleans or {@code null}).
   *
   * @return an unmodifiable map, in the order the server sent them; empty when every field is
   *     mapped
   */
  @JsonAnyGetter
  public Map<String, Object> unknownFields() {
    return unknownFieldsView;
  }

  @JsonAnySetter
  void putUnknownField(String name, Object value) {
    // Frozen now, so that no nested map or list handed out later can change a shared model.
    unknownFields.put(name, Frozen.value(value));
  }
}
