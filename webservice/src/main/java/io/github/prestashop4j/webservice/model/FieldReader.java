package io.github.prestashop4j.webservice.model;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Decodes the typed fields of one entity. An empty text, and PrestaShop's zero dates, decode to
 * {@code null}; a text that is not of the field's type is a {@link DecodeException} naming the
 * field and the expected type, never the value.
 */
final class FieldReader {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final String resource;
  private final Entity entity;

  FieldReader(String resource, Entity entity) {
    this.resource = resource;
    this.entity = entity;
  }

  // The store's text form of a typed value: plain decimals, 1/0, "yyyy-MM-dd HH:mm:ss".
  static String format(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Boolean bool) {
      return bool ? "1" : "0";
    }
    if (value instanceof LocalDateTime dateTime) {
      return DATE_TIME.format(dateTime.withNano(0));
    }
    return value.toString();
  }

  String text(String field) {
    Object value = entity.fields().get(field);
    if (value == null) {
      return null;
    }
    String text = plain(field, value);
    return text.isEmpty() ? null : text;
  }

  LocalizedText localized(String field) {
    return entity.localized(field).orElse(null);
  }

  Long id(String field) {
    return number(field);
  }

  Long number(String field) {
    String text = nonEmpty(field);
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw wrongType(field, "a whole number");
    }
  }

  BigDecimal decimal(String field) {
    String text = nonEmpty(field);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw wrongType(field, "a decimal number");
    }
  }

  Boolean bool(String field) {
    String text = nonEmpty(field);
    if (text == null) {
      return null;
    }
    return switch (text.trim()) {
      case "1", "true" -> Boolean.TRUE;
      case "0", "false" -> Boolean.FALSE;
      default -> throw wrongType(field, "a boolean (0 or 1)");
    };
  }

  LocalDateTime dateTime(String field) {
    String text = nonEmpty(field);
    if (text == null || text.startsWith("0000-00-00")) {
      return null;
    }
    LocalDateTime usual = usualDateTime(text);
    if (usual != null) {
      return usual;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay()
          : LocalDateTime.parse(text.trim(), DATE_TIME);
    } catch (DateTimeParseException e) {
      throw wrongType(field, "a date and time (yyyy-MM-dd HH:mm:ss)");
    }
  }

  // The store's own "yyyy-MM-dd HH:mm:ss", read digit by digit: the formatter allocates a parse
  // context per value, and a product has several dates. Null for anything else (including a date
  // that does not exist), which then goes through the formatter and its rules.
  private static LocalDateTime usualDateTime(String text) {
    if (text.length() != 19
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != ' '
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  LocalDate date(String field) {
    String text = nonEmpty(field);
    if (text == null || text.startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw wrongType(field, "a date (yyyy-MM-dd)");
    }
  }

  List<Long> ids(String association) {
    return items(association, item -> new FieldReader(resource, item).id("id"));
  }

  // A loop, not a stream: a product has a dozen associations, most of them empty, and every typed
  // read decodes them all.
  <T> List<T> items(String association, Function<Entity, T> decoder) {
    List<Entity> items = entity.association(association);
    if (items.isEmpty()) {
      return List.of();
    }
    List<T> decoded = new ArrayList<>(items.size());
    for (Entity item : items) {
      decoded.add(decoder.apply(item));
    }
    return Collections.unmodifiableList(decoded);
  }

  FieldReader item(Entity item) {
    return new FieldReader(resource, item);
  }

  private String nonEmpty(String field) {
    String text = text(field);
    return text == null || text.isBlank() ? null : text;
  }

  private String plain(String field, Object value) {
    if (value instanceof String text) {
      return text;
    }
    // Some stores send a plain field per language (translated_configurations' date_upd in JSON):
    // it is one value if every language holds the same text.
    List<String> texts = List.copyOf(((LocalizedText) value).asMap().values());
    if (texts.stream().distinct().count() <= 1) {
      return texts.isEmpty() ? "" : texts.get(0);
    }
    throw wrongType(field, "one value, not a different one per language");
  }

  private DecodeException wrongType(String field, String expected) {
    return new DecodeException(resource + "." + field + ": expected " + expected, null);
  }
}
