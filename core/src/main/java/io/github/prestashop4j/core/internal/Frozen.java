package io.github.prestashop4j.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of decoded JSON values (maps, lists, scalars), for models that keep
 * unknown fields: a nested map or list handed out by an accessor must not let a caller change a
 * model that other threads share.
 */
public final class Frozen {
  private Frozen() {}

  /**
   * Copies a map deeply; nulls and the order of keys are kept.
   *
   * @param fields the map
   * @return an unmodifiable copy whose nested maps and lists are unmodifiable copies too
   */
  public static Map<String, Object> map(Map<String, ?> fields) {
    Map<String, Object> copy = new LinkedHashMap<>();
    fields.forEach((key, value) -> copy.put(key, value(value)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Copies a value deeply: maps and lists become unmodifiable copies, other values are returned.
   *
   * @param value the value, possibly null
   * @return the frozen value
   */
  public static Object value(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, nested) -> copy.put(String.valueOf(key), value(nested)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object nested : list) {
        copy.add(value(nested));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
