package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.cloudsync.ShopContent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Tolerant conversions of JSON values, shared by the models so that each rule is written once. */
final class Fields {
  // ps_eventbus writes offsets without a colon (+0200); ISO parsers want +02:00.
  private static final DateTimeFormatter COMPACT_OFFSET =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendPattern("XX")
          .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter SPACE_SEPARATED =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral(' ')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
          .toFormatter(Locale.ROOT);

  private Fields() {}

  static Optional<String> text(Object value) {
    if (value instanceof String s) {
      return Optional.of(s);
    }
    if (value instanceof BigDecimal d) {
      return Optional.of(d.toPlainString());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    return Optional.empty();
  }

  static Optional<BigDecimal> decimal(Object value) {
    try {
      if (value instanceof BigDecimal d) {
        return Optional.of(d);
      }
      if (value instanceof BigInteger i) {
        return Optional.of(new BigDecimal(i));
      }
      if (value instanceof Double || value instanceof Float) {
        // A double's shortest decimal form, not its binary expansion.
        return Optional.of(new BigDecimal(value.toString()));
      }
      if (value instanceof Number n) {
        return Optional.of(BigDecimal.valueOf(n.longValue()));
      }
      if (value instanceof String s && !s.isBlank()) {
        return Optional.of(new BigDecimal(s.strip()));
      }
    } catch (NumberFormatException e) {
      // Not a number: the raw value stays available in fields().
    }
    return Optional.empty();
  }

  static Optional<Long> longValue(Object value) {
    Optional<BigDecimal> decimal = decimal(value);
    if (decimal.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(decimal.get().longValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  static Optional<Boolean> bool(Object value) {
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    if (value instanceof Number n) {
      long l = n.longValue();
      return l == 0 || l == 1 ? Optional.of(l == 1) : Optional.empty();
    }
    if (value instanceof String s) {
      switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "true":
        case "1":
          return Optional.of(true);
        case "false":
        case "0":
          return Optional.of(false);
        default:
          return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Reads ISO-8601 instants and offset date-times (with or without a colon in the offset), local
   * date-times and dates (taken as UTC), and epoch seconds or milliseconds. PrestaShop's zero date
   * ({@code 0000-00-00...}) is no date.
   */
  static Optional<Instant> instant(Object value) {
    if (value instanceof Number n) {
      long epoch = n.longValue();
      // Seconds until the year 5138; beyond that the value can only be milliseconds.
      return Optional.of(
          Math.abs(epoch) < 100_000_000_000L
              ? Instant.ofEpochSecond(epoch)
              : Instant.ofEpochMilli(epoch));
    }
    if (!(value instanceof String s) || s.isBlank() || s.startsWith("0000-00-00")) {
      return Optional.empty();
    }
    String text = s.strip();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, COMPACT_OFFSET).toInstant());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, SPACE_SEPARATED).toInstant());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a shop content sent by the server, or nothing when {@link ShopContent#of} would refuse it
   * (blank, or holding spaces): a getter must not throw on what the server sent.
   */
  static Optional<ShopContent> shopContent(String value) {
    try {
      return Optional.of(ShopContent.of(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static List<String> textList(Object value) {
    if (value instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      for (Object item : list) {
        text(item).ifPresent(out::add);
      }
      return Collections.unmodifiableList(out);
    }
    return text(value).map(List::of).orElse(List.of());
  }

  /** The objects of a JSON array; a single object counts as a list of one. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Object value) {
    if (value instanceof Map<?, ?> map) {
      return List.of((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Map<String, Object>> out = new ArrayList<>(list.size());
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          out.add((Map<String, Object>) map);
        }
      }
      return Collections.unmodifiableList(out);
    }
    return List.of();
  }
}
