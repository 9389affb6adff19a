package io.github.prestashop4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The entities of every resource, in memory. Reads take the read lock, writes the write lock; rows
 * are never changed in place (a write replaces the row), so a reader can keep a row after
 * unlocking.
 */
public final class Store {

  /** One entity: scalar values (String), i18n values (String[] by language), associations. */
  public static final class Row {
    final long id;
    final Object[] values;
    final Map<String, List<String[]>> associations;

    Row(long id, Object[] values, Map<String, List<String[]>> associations) {
      this.id = id;
      this.values = values;
      this.associations = associations;
    }

    String value(Model.Field f, int langIndex) {
      Object v = values[f.index];
      if (v instanceof String[]) {
        String[] a = (String[]) v;
        return langIndex < a.length && a[langIndex] != null ? a[langIndex] : "";
      }
      return v == null ? "" : (String) v;
    }
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  final Model model;
  final long[] languages;
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, LinkedHashMap<Long, Row>> tables = new HashMap<>();
  private final Map<String, Long> nextIds = new HashMap<>();
  private final Clock clock;
  private final ZoneId zone = ZoneId.of("Europe/Paris");

  Store(Model model, Clock clock) {
    this.model = model;
    this.clock = clock;
    JsonNode seed = Model.readJson(model.version, "seed.json");
    List<Long> langs = new ArrayList<>();
    seed.path("languages").forEach(l -> langs.add(l.path("id").asLong()));
    if (langs.isEmpty()) {
      langs.add(1L);
      langs.add(2L);
    }
    this.languages = langs.stream().mapToLong(Long::longValue).toArray();
    for (Model.Resource r : model.resources.values()) {
      LinkedHashMap<Long, Row> table = new LinkedHashMap<>();
      for (JsonNode e : seed.path(r.name)) {
        Row row = fromSeed(r, e);
        table.put(row.id, row);
      }
      tables.put(r.name, table);
      nextIds.put(r.name, table.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1);
    }
  }

  int langIndex(long languageId) {
    for (int i = 0; i < languages.length; i++) {
      if (languages[i] == languageId) {
        return i;
      }
    }
    return -1;
  }

  String now() {
    return LocalDateTime.now(clock.withZone(zone)).format(DATE);
  }

  private Row fromSeed(Model.Resource r, JsonNode e) {
    Object[] values = new Object[r.fields.size()];
    for (Model.Field f : r.fields) {
      JsonNode v = e.get(f.name);
      if (f.i18n) {
        String[] a = new String[languages.length];
        for (int i = 0; i < languages.length; i++) {
          a[i] = v == null ? "" : v.path(Long.toString(languages[i])).asText("").intern();
        }
        values[f.index] = a;
      } else {
        values[f.index] = v == null ? "" : v.asText("").intern();
      }
    }
    Map<String, List<String[]>> assocs = null;
    JsonNode as = e.get("associations");
    if (as != null) {
      assocs = new LinkedHashMap<>();
      for (Model.Association a : r.associations) {
        List<String[]> rows = new ArrayList<>();
        for (JsonNode item : as.path(a.name)) {
          String[] row = new String[a.fields.size()];
          for (Model.Field f : a.fields) {
            row[f.index] = item.path(f.name).asText("").intern();
          }
          rows.add(row);
        }
        assocs.put(a.name, List.copyOf(rows));
      }
    }
    long id = Long.parseLong(e.path("id").asText("0"));
    return new Row(id, values, assocs);
  }

  /** A snapshot of a resource's rows in store order; call under the read lock. */
  List<Row> rows(String resource) {
    LinkedHashMap<Long, Row> t = tables.get(resource);
    return t == null ? List.of() : new ArrayList<>(t.values());
  }

  int count(String resource) {
    LinkedHashMap<Long, Row> t = tables.get(resource);
    return t == null ? 0 : t.size();
  }

  Row get(String resource, long id) {
    LinkedHashMap<Long, Row> t = tables.get(resource);
    return t == null ? null : t.get(id);
  }

  long nextId(String resource) {
    long id = nextIds.getOrDefault(resource, 1L);
    nextIds.put(resource, id + 1);
    return id;
  }

  void put(String resource, Row row) {
    tables.computeIfAbsent(resource, k -> new LinkedHashMap<>()).put(row.id, row);
    if (row.id >= nextIds.getOrDefault(resource, 1L)) {
      nextIds.put(resource, row.id + 1);
    }
  }

  boolean remove(String resource, long id) {
    LinkedHashMap<Long, Row> t = tables.get(resource);
    return t != null && t.remove(id) != null;
  }

  /**
   * Adds {@code count} entities to a resource, each a copy of a seeded one (round robin) with a new
   * id, new dates and, where the resource has them, a new reference. Values shared with the copied
   * row are the same String instances, which keeps 100,000 orders in a few tens of megabytes.
   */
  long[] generate(String resource, int count) {
    Model.Resource r = model.resources.get(resource);
    if (r == null) {
      throw new IllegalArgumentException("unknown resource: " + resource);
    }
    lock.writeLock().lock();
    try {
      List<Row> templates = rows(resource);
      if (templates.isEmpty()) {
        throw new IllegalArgumentException("resource " + resource + " has no entity to copy");
      }
      Model.Field dateAdd = r.byName.get("date_add");
      Model.Field dateUpd = r.byName.get("date_upd");
      Model.Field reference = r.byName.get("reference");
      LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0);
      long first = nextIds.getOrDefault(resource, 1L);
      for (int i = 0; i < count; i++) {
        Row t = templates.get(i % templates.size());
        long id = nextId(resource);
        Object[] values = Arrays.copyOf(t.values, t.values.length);
        values[0] = Long.toString(id);
        String date = base.plusMinutes(id * 7).format(DATE);
        if (dateAdd != null) {
          values[dateAdd.index] = date;
        }
        if (dateUpd != null) {
          values[dateUpd.index] = date;
        }
        if (reference != null && !reference.i18n) {
          values[reference.index] =
              "GEN" + Long.toString(id, 36).toUpperCase(java.util.Locale.ROOT);
        }
        put(resource, new Row(id, values, t.associations));
      }
      return new long[] {first, first + count - 1};
    } finally {
      lock.writeLock().unlock();
    }
  }
}
