package io.github.prestashop4j.webservice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a query returns of each entity: the {@code display} parameter. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #full()}: {@code display=full}, every field and the associations.
 *   <li>{@link #fields(String...) fields("id", "name")}: {@code display=[id,name]}. Virtual price
 *       fields declared with {@link Query.Builder#price(String, PriceOption...)} may be listed by
 *       their alias.
 *   <li>{@code fields("id").association("categories", "id")}: {@code display=[id,categories[id]]},
 *       associations are named by the association name (not {@code associations[...]}) and are
 *       rendered only when sub-fields are selected.
 *   <li>{@link #minimum()}: {@code display=minimum}, only ids (what a list returns when no {@code
 *       display} is given).
 * </ul>
 *
 * <p>Without a display, a list returns only the ids and links of the entities, and a single entity
 * is returned in full.
 *
 * <pre>{@code
 * Display d = Display.fields("id", "name", "price")
 *     .association("categories", "id")
 *     .association("images", "id");
 * // display=[id,name,price,categories[id],images[id]]
 * }</pre>
 */
public final class Display {

  private static final Display FULL = new Display("full", List.of(), Map.of());
  private static final Display MINIMUM = new Display("minimum", List.of(), Map.of());

  private final String keyword;
  private final List<String> fields;
  private final Map<String, List<String>> associations;
  private final String expression;

  private Display(String keyword, List<String> fields, Map<String, List<String>> associations) {
    this.keyword = keyword;
    this.fields = fields;
    this.associations = associations;
    this.expression = keyword != null ? keyword : listExpression(fields, associations);
  }

  /**
   * Every field and the associations: {@code display=full}.
   *
   * @return the display
   */
  public static Display full() {
    return FULL;
  }

  /**
   * Only ids and links: {@code display=minimum}.
   *
   * @return the display
   */
  public static Display minimum() {
    return MINIMUM;
  }

  /**
   * Only the named fields: {@code display=[f1,f2]}, in the given order.
   *
   * @param names one or more field names or virtual price aliases: letters, digits, {@code _} and
   *     {@code -}
   * @return the display
   * @throws IllegalArgumentException if no name is given, a name is not a field name, or a name is
   *     given twice
   */
  public static Display fields(String... names) {
    Objects.requireNonNull(names, "display fields");
    if (names.length == 0) {
      throw new IllegalArgumentException("display fields: needs at least one field name");
    }
    List<String> list = new ArrayList<>(names.length);
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      Names.displayField(name, "display field");
      if (!seen.add(name)) {
        throw new IllegalArgumentException("display field \"" + name + "\": listed twice");
      }
      list.add(name);
    }
    return new Display(null, List.copyOf(list), Map.of());
  }

  /**
   * Adds an association sub-selection: {@code name[sub1,sub2]}. The sub-fields must exist in the
   * association's definition ({@code id} always does).
   *
   * @param name the association name, for example {@code categories}
   * @param subFields one or more sub-field names, for example {@code id}
   * @return a new display with the association added
   * @throws IllegalArgumentException if this display is {@code full} or {@code minimum}, a name is
   *     not a field name, no sub-field is given, or the association or a sub-field is given twice
   */
  public Display association(String name, String... subFields) {
    if (keyword != null) {
      throw new IllegalArgumentException(
          "display association \""
              + name
              + "\": display="
              + keyword
              + " cannot select associations; start from Display.fields(...)");
    }
    Names.field(name, "display association");
    Objects.requireNonNull(subFields, "display association sub-fields");
    if (subFields.length == 0) {
      throw new IllegalArgumentException(
          "display association \"" + name + "\": needs at least one sub-field, for example \"id\"");
    }
    if (fields.contains(name) || associations.containsKey(name)) {
      throw new IllegalArgumentException("display association \"" + name + "\": listed twice");
    }
    List<String> subs = new ArrayList<>(subFields.length);
    for (String sub : subFields) {
      Names.field(sub, "display association \"" + name + "\" sub-field");
      if (subs.contains(sub)) {
        throw new IllegalArgumentException(
            "display association \"" + name + "\" sub-field \"" + sub + "\": listed twice");
      }
      subs.add(sub);
    }
    Map<String, List<String>> next = new LinkedHashMap<>(associations);
    next.put(name, List.copyOf(subs));
    return new Display(null, fields, java.util.Collections.unmodifiableMap(next));
  }

  /**
   * Tells whether this is {@code display=full}.
   *
   * @return {@code true} for {@link #full()}
   */
  public boolean isFull() {
    return "full".equals(keyword);
  }

  /**
   * The selected fields, in order; empty for {@code full} and {@code minimum}.
   *
   * @return an unmodifiable list
   */
  public List<String> fieldNames() {
    return fields;
  }

  /**
   * The association sub-selections, in order; empty for {@code full} and {@code minimum}.
   *
   * @return an unmodifiable map from association name to sub-field names
   */
  public Map<String, List<String>> associations() {
    return associations;
  }

  /**
   * The value of the {@code display} parameter, decoded.
   *
   * @return {@code full}, {@code minimum} or for example {@code [id,name,categories[id]]}
   */
  public String expression() {
    return expression;
  }

  private static String listExpression(
      List<String> fields, Map<String, List<String>> associations) {
    StringBuilder sb = new StringBuilder("[");
    String sep = "";
    for (String f : fields) {
      sb.append(sep).append(f);
      sep = ",";
    }
    for (Map.Entry<String, List<String>> e : associations.entrySet()) {
      sb.append(sep)
          .append(e.getKey())
          .append('[')
          .append(String.join(",", e.getValue()))
          .append(']');
      sep = ",";
    }
    return sb.append(']').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Display d && d.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return "Display " + expression;
  }
}
