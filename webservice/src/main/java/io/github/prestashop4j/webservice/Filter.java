package io.github.prestashop4j.webservice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The value of one {@code filter[field]=...} parameter of a list query. Immutable and thread-safe.
 *
 * <p>Every operator the Webservice understands:
 *
 * <table>
 *   <caption>Operators</caption>
 *   <tr><th>Factory</th><th>Emitted</th><th>SQL on the server</th></tr>
 *   <tr><td>{@link #equalTo(Object) equalTo(v)}</td><td>{@code [v]}</td><td>{@code f = "v"}</td></tr>
 *   <tr><td>{@link #in(Object...) in(a, b)}</td><td>{@code [a|b]}</td>
 *       <td>{@code (f = "a" OR f = "b")}</td></tr>
 *   <tr><td>{@link #notEqualTo(Object) notEqualTo(v)}</td><td>{@code ![v]}</td>
 *       <td>{@code f != "v"}</td></tr>
 *   <tr><td>{@link #notIn(Object...) notIn(a, b)}</td><td>{@code ![a|b]}</td>
 *       <td>{@code f != "a" AND f != "b"}</td></tr>
 *   <tr><td>{@link #between(Object, Object) between(a, b)}</td><td>{@code [a,b]}</td>
 *       <td>{@code f BETWEEN "a" AND "b"} (inclusive)</td></tr>
 *   <tr><td>{@link #beginsWith(String) beginsWith(s)}</td><td>{@code [s]%}</td>
 *       <td>{@code f LIKE "s%"}</td></tr>
 *   <tr><td>{@link #endsWith(String) endsWith(s)}</td><td>{@code %[s]}</td>
 *       <td>{@code f LIKE "%s"}</td></tr>
 *   <tr><td>{@link #contains(String) contains(s)}</td><td>{@code %[s]%}</td>
 *       <td>{@code f LIKE "%s%"}</td></tr>
 *   <tr><td>{@link #greaterThan(Object) greaterThan(v)}</td><td>{@code >[v]}</td>
 *       <td>{@code f > "v"}</td></tr>
 *   <tr><td>{@link #lessThan(Object) lessThan(v)}</td><td>{@code <[v]}</td>
 *       <td>{@code f < "v"}</td></tr>
 * </table>
 *
 * <p>Values may be a {@link CharSequence}, an integral {@link Number} or {@link BigDecimal} (plain
 * notation, never an exponent), a finite {@code double}/{@code float}, a {@link Boolean} ({@code 1}
 * or {@code 0}), a {@link LocalDate} ({@code yyyy-MM-dd}, which MySQL compares with a date-time as
 * midnight) or a {@link LocalDateTime} ({@code yyyy-MM-dd HH:mm:ss}, seconds truncated).
 *
 * <p>A value the server would read differently from what was meant is refused with an {@link
 * IllegalArgumentException} that names the operator and the reason:
 *
 * <ul>
 *   <li>an empty value (the server answers code 33, malformed filter);
 *   <li>{@code [} or {@code ]} in any value (the server splits the filter with {@code
 *       ^(.*)\[(.*)\](.*)$});
 *   <li>a line break in any value (that expression does not match across lines);
 *   <li>{@code |} in a value of {@code equalTo}, {@code in}, {@code notEqualTo} or {@code notIn}
 *       (the server splits there into an OR / AND list);
 *   <li>an {@code equalTo} value such as {@code 3,6} (the server would read it as an interval);
 *   <li>a {@code between} bound that is not made of digits, {@code . : -} and spaces (only such
 *       bounds are treated as an interval by the server), which also excludes {@code ,}.
 * </ul>
 *
 * <p>In {@code beginsWith}, {@code endsWith} and {@code contains}, {@code %} and {@code _} are SQL
 * {@code LIKE} wildcards: the server does not escape them and offers no way to, so {@code
 * contains("50%")} also matches {@code 50} followed by anything. Matching is case-insensitive or
 * not according to the database collation (usually it is).
 *
 * <p>Filters on multilingual fields (for example {@code name}) are plain filters on the field name:
 * they match if any of the languages selected with {@link Query.Builder#language(int...)} (all
 * languages by default) matches. Filtering on {@code date_add} or {@code date_upd} makes the query
 * add {@code date=1}.
 *
 * <pre>{@code
 * Query q = Query.builder()
 *     .filter("id_category_default", Filter.in(4, 5))
 *     .filter("price", Filter.between(10, new BigDecimal("29.90")))
 *     .filter("name", Filter.contains("mug"))
 *     .filter("date_upd", Filter.greaterThan(LocalDateTime.of(2024, 1, 1, 0, 0)))
 *     .build();
 * // filter[id_category_default]=[4|5]&filter[price]=[10,29.90]&filter[name]=%[mug]%
 * // &filter[date_upd]=>[2024-01-01 00:00:00]&date=1
 * }</pre>
 */
public final class Filter {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  // What the server accepts as one bound of an interval (its regex uses \s; we allow only space).
  private static final Pattern BOUND = Pattern.compile("[0-9.:\\- ]+");
  // What the server would take for an interval inside [..]: two such bounds around one comma.
  private static final Pattern INTERVAL = Pattern.compile("[0-9.:\\-\\s]+,[0-9.:\\-\\s]+");

  private enum Operator {
    EQUAL_TO("equalTo", "[", "]"),
    IN("in", "[", "]"),
    NOT_EQUAL_TO("notEqualTo", "![", "]"),
    NOT_IN("notIn", "![", "]"),
    BETWEEN("between", "[", "]"),
    BEGINS_WITH("beginsWith", "[", "]%"),
    ENDS_WITH("endsWith", "%[", "]"),
    CONTAINS("contains", "%[", "]%"),
    GREATER_THAN("greaterThan", ">[", "]"),
    LESS_THAN("lessThan", "<[", "]");

    final String method;
    final String prefix;
    final String suffix;

    Operator(String method, String prefix, String suffix) {
      this.method = method;
      this.prefix = prefix;
      this.suffix = suffix;
    }
  }

  private final Operator operator;
  private final String expression;

  private Filter(Operator operator, String body) {
    this.operator = operator;
    this.expression = operator.prefix + body + operator.suffix;
  }

  /**
   * Exact match: {@code [v]}.
   *
   * @param value the value
   * @return the filter
   * @throws IllegalArgumentException if the value is empty, contains {@code [ ] |} or a line break,
   *     looks like an interval ({@code 3,6}) or is of an unsupported type
   */
  public static Filter equalTo(Object value) {
    return new Filter(Operator.EQUAL_TO, exactValue("equalTo", value));
  }

  /**
   * Any of several values: {@code [a|b|c]}. With a single value this is {@link #equalTo(Object)}.
   *
   * @param values one or more values
   * @return the filter
   * @throws IllegalArgumentException if there is no value, or a value is refused as in {@link
   *     #equalTo(Object)}
   */
  public static Filter in(Object... values) {
    List<String> vs = values("in", values);
    if (vs.size() == 1) {
      notAnInterval("in", vs.get(0));
    }
    return new Filter(Operator.IN, String.join("|", vs));
  }

  /**
   * Any of the values of a collection: {@code [a|b|c]}, as {@link #in(Object...)}.
   *
   * @param values one or more values, in iteration order
   * @return the filter
   * @throws IllegalArgumentException if the collection is empty, or a value is refused as in {@link
   *     #equalTo(Object)}
   */
  public static Filter in(Collection<?> values) {
    Objects.requireNonNull(values, "in");
    return in(values.toArray());
  }

  /**
   * Not equal: {@code ![v]}.
   *
   * @param value the value
   * @return the filter
   * @throws IllegalArgumentException if the value is empty, contains {@code [ ] |} or a line break,
   *     or is of an unsupported type
   */
  public static Filter notEqualTo(Object value) {
    return new Filter(Operator.NOT_EQUAL_TO, values("notEqualTo", new Object[] {value}).get(0));
  }

  /**
   * None of several values: {@code ![a|b]}.
   *
   * @param values one or more values
   * @return the filter
   * @throws IllegalArgumentException if there is no value, or a value is empty, contains {@code [ ]
   *     |} or a line break, or is of an unsupported type
   */
  public static Filter notIn(Object... values) {
    List<String> vs = values("notIn", values);
    return new Filter(Operator.NOT_IN, String.join("|", vs));
  }

  /**
   * None of the values of a collection: {@code ![a|b]}, as {@link #notIn(Object...)}.
   *
   * @param values one or more values, in iteration order
   * @return the filter
   * @throws IllegalArgumentException if the collection is empty, or a value is refused as in {@link
   *     #notIn(Object...)}
   */
  public static Filter notIn(Collection<?> values) {
    Objects.requireNonNull(values, "notIn");
    return notIn(values.toArray());
  }

  /**
   * Inclusive interval: {@code [from,to]}, SQL {@code BETWEEN} (both bounds match). The server
   * sorts the two bounds, so their order does not matter. Only numbers and dates can be bounds: the
   * server treats {@code [a,b]} as an interval only when both bounds consist of digits, {@code .},
   * {@code :}, {@code -} and spaces.
   *
   * @param from one bound, for example {@code 10}, {@code new BigDecimal("9.99")} or a {@link
   *     LocalDateTime}
   * @param to the other bound
   * @return the filter
   * @throws IllegalArgumentException if a bound is not numeric or a date, or is empty
   */
  public static Filter between(Object from, Object to) {
    String a = bound(from, "from");
    String b = bound(to, "to");
    return new Filter(Operator.BETWEEN, a + "," + b);
  }

  /**
   * Begins with: {@code [s]%}, SQL {@code LIKE "s%"}. {@code %} and {@code _} inside the text are
   * wildcards; {@code | , < > !} are literal.
   *
   * @param text the beginning
   * @return the filter
   * @throws IllegalArgumentException if the text is empty or contains {@code [ ]} or a line break
   */
  public static Filter beginsWith(String text) {
    return like(Operator.BEGINS_WITH, text);
  }

  /**
   * Ends with: {@code %[s]}, SQL {@code LIKE "%s"}. {@code %} and {@code _} inside the text are
   * wildcards.
   *
   * @param text the end
   * @return the filter
   * @throws IllegalArgumentException if the text is empty or contains {@code [ ]} or a line break
   */
  public static Filter endsWith(String text) {
    return like(Operator.ENDS_WITH, text);
  }

  /**
   * Contains: {@code %[s]%}, SQL {@code LIKE "%s%"}. {@code %} and {@code _} inside the text are
   * wildcards.
   *
   * @param text the text to find
   * @return the filter
   * @throws IllegalArgumentException if the text is empty or contains {@code [ ]} or a line break
   */
  public static Filter contains(String text) {
    return like(Operator.CONTAINS, text);
  }

  /**
   * Strictly greater: {@code >[v]}. The comparison is SQL's: numeric for numeric columns, by
   * collation for text, chronological for dates.
   *
   * @param value the value
   * @return the filter
   * @throws IllegalArgumentException if the value is empty, contains {@code [ ]} or a line break,
   *     or is of an unsupported type
   */
  public static Filter greaterThan(Object value) {
    return new Filter(Operator.GREATER_THAN, plainValue("greaterThan", value, "value"));
  }

  /**
   * Strictly less: {@code <[v]}.
   *
   * @param value the value
   * @return the filter
   * @throws IllegalArgumentException if the value is empty, contains {@code [ ]} or a line break,
   *     or is of an unsupported type
   */
  public static Filter lessThan(Object value) {
    return new Filter(Operator.LESS_THAN, plainValue("lessThan", value, "value"));
  }

  /**
   * The value of the {@code filter[field]} parameter, decoded.
   *
   * @return for example {@code [1|3|5]} or {@code %[mug]%}
   */
  public String expression() {
    return expression;
  }

  /**
   * The name of the factory method that made this filter, for messages.
   *
   * @return for example {@code contains}
   */
  public String operator() {
    return operator.method;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filter f && f.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return "Filter." + operator.method + " " + expression;
  }

  // ---- value rules ----

  private static Filter like(Operator op, String text) {
    Objects.requireNonNull(text, op.method);
    return new Filter(op, plainValue(op.method, text, "text"));
  }

  private static List<String> values(String method, Object[] values) {
    Objects.requireNonNull(values, method);
    if (values.length == 0) {
      throw new IllegalArgumentException(method + ": needs at least one value");
    }
    List<String> out = new ArrayList<>(values.length);
    for (Object value : values) {
      String v = plainValue(method, value, "value");
      if (v.indexOf('|') >= 0) {
        throw new IllegalArgumentException(
            method
                + ": value \""
                + v
                + "\" contains '|', which the server reads as a separator between values;"
                + " such a value cannot be matched exactly (contains(...) matches '|' literally)");
      }
      out.add(v);
    }
    return out;
  }

  private static String exactValue(String method, Object value) {
    return notAnInterval(method, values(method, new Object[] {value}).get(0));
  }

  private static String notAnInterval(String method, String v) {
    if (INTERVAL.matcher(v).matches()) {
      throw new IllegalArgumentException(
          method
              + ": value \""
              + v
              + "\" would be read by the server as an interval [a,b]; use Filter.between(a, b)"
              + " for an interval");
    }
    return v;
  }

  private static String bound(Object value, String which) {
    if (value instanceof Boolean) {
      throw new IllegalArgumentException(
          "between: bound " + which + " must be a number or a date (got a Boolean)");
    }
    String v = plainValue("between", value, which);
    if (!BOUND.matcher(v).matches()) {
      throw new IllegalArgumentException(
          "between: bound "
              + which
              + " \""
              + v
              + "\" is not a number or a date; the server treats [a,b] as an interval only when"
              + " both bounds consist of digits, '.', ':', '-' and spaces");
    }
    return v;
  }

  /** Formats a value and applies the rules every operator shares. */
  private static String plainValue(String method, Object value, String what) {
    Objects.requireNonNull(value, method + " " + what);
    String v = Names.wellFormed(format(method, value), method + ": " + what);
    if (v.isEmpty()) {
      throw new IllegalArgumentException(
          method
              + ": "
              + what
              + " must not be empty (the server refuses it as malformed, code 33)");
    }
    if (v.indexOf('[') >= 0 || v.indexOf(']') >= 0) {
      throw new IllegalArgumentException(
          method
              + ": "
              + what
              + " \""
              + v
              + "\" contains '[' or ']', which the server cannot tell apart from the brackets"
              + " around the value");
    }
    if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          method
              + ": "
              + what
              + " contains a line break; the server's filter syntax does not match across lines");
    }
    return v;
  }

  private static String format(String method, Object value) {
    if (value instanceof CharSequence s) {
      return s.toString();
    }
    if (value instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(
            method + ": value must be a finite number (got " + d + ")");
      }
      return new BigDecimal(value.toString()).toPlainString();
    }
    if (value instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).toPlainString();
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            method + ": number " + n + " (" + n.getClass().getName() + ") has no decimal form", e);
      }
    }
    if (value instanceof LocalDateTime t) {
      return DATE_TIME.format(t);
    }
    if (value instanceof LocalDate d) {
      return DATE.format(d);
    }
    throw new IllegalArgumentException(
        method
            + ": unsupported value type "
            + value.getClass().getName()
            + " (use a String, Number, Boolean, LocalDate or LocalDateTime)");
  }
}
