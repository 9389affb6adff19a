package io.github.prestashop4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The resources of one store version, read from the model extracted from the recordings. */
public final class Model {

  /** One field of a resource. */
  public static final class Field {
    final String name;
    final int index;
    final boolean i18n;
    final String href;
    final Map<String, String> xmlAttrs;
    final boolean number;
    final boolean nullable;
    final boolean readOnly;
    final boolean required;
    final boolean notFilterable;
    final int maxSize;
    final String format;

    Field(JsonNode n, int index) {
      this.name = n.path("name").asText();
      this.index = index;
      this.i18n = n.path("i18n").asBoolean(false);
      this.href = n.hasNonNull("href") ? n.get("href").asText() : null;
      Map<String, String> attrs = new LinkedHashMap<>();
      n.path("xmlAttrs")
          .fields()
          .forEachRemaining(e -> attrs.put(e.getKey(), e.getValue().asText()));
      this.xmlAttrs = Collections.unmodifiableMap(attrs);
      this.number = "num".equals(n.path("json").asText());
      this.nullable = n.path("nullable").asBoolean(false);
      this.readOnly = n.path("readOnly").asBoolean(false);
      this.required = n.path("required").asBoolean(false);
      this.notFilterable = n.path("notFilterable").asBoolean(false);
      this.maxSize = n.path("maxSize").asInt(0);
      this.format = n.path("format").asText("");
    }

    // The fields listed, or a numeric id alone when none is.
    static List<Field> all(JsonNode fields) {
      List<Field> out = new ArrayList<>();
      for (JsonNode f : fields) {
        out.add(new Field(f, out.size()));
      }
      if (out.isEmpty()) {
        out.add(new Field(Json.MAPPER.createObjectNode().put("name", "id").put("json", "num"), 0));
      }
      return out;
    }

    boolean isDate() {
      return "isDate".equals(format)
          || "isDateFormat".equals(format)
          || name.equals("date_add")
          || name.equals("date_upd");
    }
  }

  /** One association of a resource, such as a product's categories. */
  public static final class Association {
    final String name;
    final String nodeType;
    final String api;
    final boolean virtual;
    final List<Field> fields;

    Association(JsonNode n) {
      this.name = n.path("name").asText();
      this.nodeType = n.hasNonNull("nodeType") ? n.get("nodeType").asText() : singular(name);
      this.api = n.hasNonNull("api") ? n.get("api").asText() : null;
      this.virtual = n.path("virtual").asBoolean(false);
      this.fields = List.copyOf(Field.all(n.path("fields")));
    }

    int fieldIndex(String field) {
      for (Field f : fields) {
        if (f.name.equals(field)) {
          return f.index;
        }
      }
      return -1;
    }
  }

  /** One resource of the Webservice, such as {@code products}. */
  public static final class Resource {
    final String name;
    final String singular;
    final String plural;
    final String description;
    final Set<String> methods;
    final boolean schema;
    final List<Field> fields;
    final Map<String, Field> byName;
    final List<Association> associations;
    final Map<String, Association> associationsByName;

    Resource(JsonNode n) {
      this.name = n.path("name").asText();
      this.singular = n.hasNonNull("singular") ? n.get("singular").asText() : singular(name);
      this.plural = n.hasNonNull("plural") ? n.get("plural").asText() : name;
      this.description = n.path("description").asText("");
      List<String> ms = new ArrayList<>();
      n.path("methods").forEach(m -> ms.add(m.asText().toUpperCase(java.util.Locale.ROOT)));
      this.methods = Set.copyOf(ms);
      this.schema = n.path("schema").asBoolean(false);
      List<Field> fs = Field.all(n.path("fields"));
      this.fields = List.copyOf(fs);
      Map<String, Field> map = new LinkedHashMap<>();
      fs.forEach(f -> map.put(f.name, f));
      this.byName = Collections.unmodifiableMap(map);
      List<Association> as = new ArrayList<>();
      n.path("associations").forEach(a -> as.add(new Association(a)));
      this.associations = List.copyOf(as);
      Map<String, Association> amap = new LinkedHashMap<>();
      as.forEach(a -> amap.put(a.name, a));
      this.associationsByName = Collections.unmodifiableMap(amap);
    }

    /** The PHP class name used in validation messages, such as {@code Customer}. */
    String className() {
      StringBuilder sb = new StringBuilder();
      for (String part : singular.split("_")) {
        if (!part.isEmpty()) {
          sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
      }
      return sb.toString();
    }
  }

  final String version;
  final Map<String, Resource> resources;

  private Model(String version, Map<String, Resource> resources) {
    this.version = version;
    this.resources = resources;
  }

  static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("ses")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  /** The data folder of a version, on the class path. */
  static String dataPath(String version) {
    return "/io/github/prestashop4j/testkit/internal/data/" + version + "/";
  }

  static byte[] resourceBytes(String version, String file) {
    try (InputStream in = Model.class.getResourceAsStream(dataPath(version) + file)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readJson(String version, String file) {
    byte[] bytes = resourceBytes(version, file);
    if (bytes == null) {
      throw new IllegalStateException("testkit data missing: " + version + "/" + file);
    }
    try {
      return Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the model of a version ({@code 8.1.2} or {@code 9.1.4}). */
  public static Model load(String version) {
    JsonNode root = readJson(version, "model.json");
    Map<String, Resource> map = new LinkedHashMap<>();
    for (JsonNode r : root.path("resources")) {
      Resource res = new Resource(r);
      map.put(res.name, res);
    }
    return new Model(version, Collections.unmodifiableMap(map));
  }
}
