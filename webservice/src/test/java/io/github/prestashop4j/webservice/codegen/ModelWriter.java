package io.github.prestashop4j.webservice.codegen;

import io.github.prestashop4j.webservice.codegen.ModelGenerator.AssociationSpec;
import io.github.prestashop4j.webservice.codegen.ModelGenerator.FieldSpec;
import io.github.prestashop4j.webservice.codegen.ModelGenerator.ResourceSpec;
import io.github.prestashop4j.webservice.model.FieldFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Writes one model class from the synopses of its resource, one per version that has it. */
final class ModelWriter {
  private static final String V8 = "prestashop-8.1.2";
  private static final String V9 = "prestashop-9";
  private static final Set<String> WHOLE =
      Set.of(
          "isUnsignedId",
          "isNullOrUnsignedId",
          "isUnsignedInt",
          "isInt",
          "isPositiveInt",
          "isImageSize");
  private static final Set<String> UNSIGNED =
      Set.of("isUnsignedId", "isNullOrUnsignedId", "isUnsignedInt", "isImageSize");
  private static final Set<String> DECIMAL =
      Set.of(
          "isPrice",
          "isNegativePrice",
          "isFloat",
          "isUnsignedFloat",
          "isPercentage",
          "isCoordinate");

  private final Map<String, ResourceSpec> versions;
  private final String className;
  private final Set<String> classNames;
  private final ResourceSpec any;
  private final Set<String> imports = new TreeSet<>();
  private final StringBuilder body = new StringBuilder();

  ModelWriter(Map<String, ResourceSpec> versions, String className, Set<String> classNames) {
    this.versions = versions;
    this.className = className;
    this.classNames = classNames;
    this.any = versions.values().iterator().next();
  }

  /** A field merged across versions. */
  private record Merged(
      String name,
      String property,
      String type,
      boolean readOnly,
      String since,
      String until,
      List<String> annotations,
      String description) {}

  /** An association merged across versions. */
  private record MergedAssociation(
      String name,
      String node,
      String property,
      String itemType,
      List<String[]> itemFields,
      boolean readOnly) {}

  String write() {
    List<Merged> fields = mergeFields();
    List<MergedAssociation> associations = mergeAssociations();
    imports.add("io.github.prestashop4j.webservice.Entity");
    imports.add("java.util.Optional");
    imports.add("java.util.Set");

    String resource = any.resource();
    StringBuilder type = new StringBuilder();
    type.append("  /** The resource, its fields and the versions that have them. */\n")
        .append("  public static final ModelType<")
        .append(className)
        .append("> TYPE =\n      ModelType.builder(\n")
        .append("              ")
        .append(className)
        .append(".class, \"")
        .append(resource)
        .append("\", \"")
        .append(any.element())
        .append("\", entity -> new ")
        .append(className)
        .append("(entity, Set.of()))\n");
    String since = ModelGenerator.since(resource);
    String until = null;
    if (!versions.containsKey(V8)) {
      since = "9.0";
    }
    if (!versions.containsKey(V9)) {
      until = "9.0";
    }
    if (since != null || until != null) {
      type.append("          .versions(")
          .append(quoted(since))
          .append(", ")
          .append(quoted(until))
          .append(")\n");
    }
    for (Merged f : fields) {
      if (f.since() != null || f.until() != null) {
        type.append("          .field(\"")
            .append(f.name())
            .append("\", \"")
            .append(f.property())
            .append("\", ")
            .append(quoted(f.since()))
            .append(", ")
            .append(quoted(f.until()))
            .append(")\n");
      } else {
        type.append("          .")
            .append(f.readOnly() ? "readOnly" : "field")
            .append("(\"")
            .append(f.name())
            .append("\", \"")
            .append(f.property())
            .append("\")\n");
      }
    }
    for (MergedAssociation a : associations) {
      type.append("          .association(\"")
          .append(a.name())
          .append("\", \"")
          .append(a.property())
          .append("\", ")
          .append(a.readOnly())
          .append(")\n");
    }
    type.append("          .build();\n");
    body.append(type).append('\n');

    for (Merged f : fields) {
      for (String annotation : f.annotations()) {
        body.append("  ").append(annotation).append('\n');
      }
      body.append("  private final ")
          .append(f.type())
          .append(' ')
          .append(f.property())
          .append(";\n");
    }
    for (MergedAssociation a : associations) {
      imports.add("java.util.List");
      body.append("  private final List<")
          .append(a.itemType())
          .append("> ")
          .append(a.property())
          .append(";\n");
    }
    body.append('\n');

    body.append("  private ")
        .append(className)
        .append("(Entity entity, Set<String> changed) {\n")
        .append("    super(TYPE, entity, changed);\n")
        .append("    FieldReader reader = reader();\n");
    for (Merged f : fields) {
      body.append("    this.")
          .append(f.property())
          .append(" = reader.")
          .append(readerMethod(f.type()))
          .append("(\"")
          .append(f.name())
          .append("\");\n");
    }
    for (MergedAssociation a : associations) {
      body.append("    this.").append(a.property()).append(" = ");
      if (a.itemType().equals("Long")) {
        body.append("reader.ids(\"").append(a.name()).append("\");\n");
      } else {
        body.append("reader.items(\"")
            .append(a.name())
            .append("\", item -> ")
            .append(a.itemType())
            .append(".decode(reader.item(item)));\n");
      }
    }
    body.append("  }\n\n");

    String article = "aeiou".indexOf(Character.toLowerCase(className.charAt(0))) >= 0 ? "an" : "a";
    body.append("  /**\n   * Starts ")
        .append(article)
        .append(" new ")
        .append(words(className))
        .append(".\n   *\n   * @return an empty builder\n   */\n")
        .append("  public static Builder builder() {\n")
        .append("    return new Builder(Entity.builder(\"")
        .append(any.element())
        .append("\").build(), Set.of());\n  }\n\n")
        .append("  /**\n   * Starts a changed copy: what a builder sets is what a patch sends.\n")
        .append("   *\n   * @return a builder holding this object\n   */\n")
        .append("  public Builder toBuilder() {\n")
        .append("    return new Builder(toEntity(), changedFields());\n  }\n");

    for (Merged f : fields) {
      body.append("\n  /**\n   * Returns {@code ")
          .append(f.name())
          .append("}")
          .append(f.description())
          .append(".\n   *\n   * @return the value, empty if absent or empty\n")
          .append("   */\n  public Optional<")
          .append(f.type())
          .append("> ")
          .append(f.property())
          .append("() {\n    return Optional.ofNullable(")
          .append(f.property())
          .append(");\n  }\n");
    }
    for (MergedAssociation a : associations) {
      body.append("\n  /**\n   * Returns the association {@code ")
          .append(a.name())
          .append("}")
          .append(a.itemType().equals("Long") ? ", as ids" : "")
          .append(a.readOnly() ? " (read-only: never sent)" : "")
          .append(".\n   *\n   * @return the items, empty if absent\n")
          .append("   */\n  public List<")
          .append(a.itemType())
          .append("> ")
          .append(a.property())
          .append("() {\n    return ")
          .append(a.property())
          .append(";\n  }\n");
    }

    writeBuilder(fields, associations);
    for (MergedAssociation a : associations) {
      if (!a.itemType().equals("Long")) {
        writeItem(a);
      }
    }
    body.append("}\n");

    StringBuilder out = new StringBuilder();
    out.append("package ").append(ModelGenerator.PACKAGE).append(";\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    out.append("\n/**\n * ")
        .append(sentence(className))
        .append(": an object of {@code ")
        .append(resource)
        .append("} ({@code <")
        .append(any.element())
        .append(">}).\n *\n")
        .append(" * <p>Generated by {@code ModelGenerator} from the synopses of PrestaShop ")
        .append(versions.containsKey(V8) ? "8.1.2" : "")
        .append(versions.size() == 2 ? " and " : "")
        .append(versions.containsKey(V9) ? "9.1.4" : "")
        .append("; do not edit.\n */\n")
        .append("public final class ")
        .append(className)
        .append(" extends Model {\n")
        .append(body);
    return out.toString();
  }

  private void writeBuilder(List<Merged> fields, List<MergedAssociation> associations) {
    body.append("\n  /** Builds ")
        .append("aeiou".indexOf(Character.toLowerCase(className.charAt(0))) >= 0 ? "an " : "a ")
        .append("{@link ")
        .append(className)
        .append("}; {@code null} empties a field. Not thread-safe. */\n")
        .append("  public static final class Builder extends Model.Builder<")
        .append(className)
        .append(", Builder> {\n")
        .append("    private Builder(Entity entity, Set<String> changed) {\n")
        .append("      super(entity, changed);\n    }\n\n")
        .append("    @Override\n    Builder self() {\n      return this;\n    }\n\n")
        .append("    @Override\n    public ")
        .append(className)
        .append(" build() {\n")
        .append("      return new ")
        .append(className)
        .append("(entity(), changed());\n    }\n");
    for (Merged f : fields) {
      if (f.readOnly()) {
        continue;
      }
      body.append("\n    /**\n     * Sets {@code ")
          .append(f.name())
          .append("}")
          .append(f.description())
          .append(".\n     *\n")
          .append("     * @param value the value, {@code null} to empty it\n")
          .append("     * @return this builder\n     */\n")
          .append("    public Builder ")
          .append(f.property())
          .append("(")
          .append(f.type())
          .append(" value) {\n      return ")
          .append(setterMethod(f.type()))
          .append("(\"")
          .append(f.name())
          .append("\", value);\n    }\n");
      if (f.type().equals("LocalizedText")) {
        body.append("\n    /**\n     * Sets {@code ")
            .append(f.name())
            .append("} in one language, keeping the others.\n     *\n")
            .append("     * @param languageId the language id\n")
            .append("     * @param text the text\n     * @return this builder\n     */\n")
            .append("    public Builder ")
            .append(f.property())
            .append("(int languageId, String text) {\n      return setLocalized(\"")
            .append(f.name())
            .append("\", languageId, text);\n    }\n");
      }
    }
    for (MergedAssociation a : associations) {
      if (a.readOnly()) {
        continue;
      }
      body.append("\n    /**\n     * Sets the association {@code ")
          .append(a.name())
          .append("}, replacing its items on the store.\n     *\n")
          .append("     * @param items the items")
          .append(a.itemType().equals("Long") ? " (ids)" : "")
          .append("; empty clears the association\n     * @return this builder\n     */\n")
          .append("    public Builder ")
          .append(a.property())
          .append("(List<")
          .append(a.itemType())
          .append("> items) {\n      return ");
      if (a.itemType().equals("Long")) {
        body.append("setIds(\"")
            .append(a.name())
            .append("\", \"")
            .append(a.node())
            .append("\", items);\n    }\n");
      } else {
        body.append("setItems(\"")
            .append(a.name())
            .append("\", items, ")
            .append(a.itemType())
            .append("::toEntity);\n    }\n");
      }
    }
    body.append("  }\n");
  }

  private void writeItem(MergedAssociation a) {
    body.append("\n  /**\n   * One item of the association {@code ")
        .append(a.name())
        .append("} ({@code <")
        .append(a.node())
        .append(">}).\n   *\n");
    for (String[] field : a.itemFields()) {
      body.append("   * @param ")
          .append(field[1])
          .append(" {@code ")
          .append(field[0])
          .append("}, {@code null} if absent\n");
    }
    body.append("   */\n  public record ").append(a.itemType()).append("(");
    List<String> components = new ArrayList<>();
    for (String[] field : a.itemFields()) {
      components.add(field[2] + " " + field[1]);
    }
    body.append(String.join(", ", components)).append(") {\n");
    body.append("    static ")
        .append(a.itemType())
        .append(" decode(FieldReader reader) {\n")
        .append("      return new ")
        .append(a.itemType())
        .append("(");
    List<String> reads = new ArrayList<>();
    for (String[] field : a.itemFields()) {
      reads.add("reader." + readerMethod(field[2]) + "(\"" + field[0] + "\")");
    }
    body.append(String.join(", ", reads)).append(");\n    }\n");
    if (a.readOnly()) {
      body.append("  }\n");
      return; // never sent, so never encoded
    }
    body.append("\n    Entity toEntity() {\n      Entity.Builder item = Entity.builder(\"")
        .append(a.node())
        .append("\");\n");
    for (String[] field : a.itemFields()) {
      body.append("      if (")
          .append(field[1])
          .append(" != null) {\n        item.set(\"")
          .append(field[0])
          .append("\", FieldReader.format(")
          .append(field[1])
          .append("));\n      }\n");
    }
    body.append("      return item.build();\n    }\n  }\n");
  }

  private List<Merged> mergeFields() {
    Map<String, Map<String, FieldSpec>> byName = new LinkedHashMap<>();
    for (String version : List.of(V8, V9)) {
      ResourceSpec spec = versions.get(version);
      if (spec != null) {
        spec.fields()
            .forEach(
                (name, f) ->
                    byName.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(version, f));
      }
    }
    List<Merged> merged = new ArrayList<>();
    for (Map.Entry<String, Map<String, FieldSpec>> entry : byName.entrySet()) {
      merged.add(merge(entry.getKey(), entry.getValue()));
    }
    return merged;
  }

  private Merged merge(String name, Map<String, FieldSpec> specs) {
    FieldSpec f8 = specs.get(V8);
    FieldSpec f9 = specs.get(V9);
    Set<String> types = new LinkedHashSet<>();
    specs.values().forEach(f -> types.add(javaType(f)));
    String type = types.size() == 1 ? types.iterator().next() : "String";
    addImport(type);
    boolean readOnly = specs.values().stream().anyMatch(FieldSpec::readOnly);
    boolean bothResources = versions.size() == 2;
    String since = bothResources && f8 == null ? "9.0" : null;
    String until = bothResources && f9 == null ? "9.0" : null;
    List<String> annotations = new ArrayList<>();
    String description = "";
    if (!readOnly) {
      Long size8 = f8 == null ? null : f8.maxSize();
      Long size9 = f9 == null ? null : f9.maxSize();
      Set<String> c8 =
          f8 == null ? null : constraints(f8, type, ModelGenerator.either(size8, size9));
      Set<String> c9 =
          f9 == null ? null : constraints(f9, type, ModelGenerator.either(size9, size8));
      if (c8 == null || c9 == null) {
        (c8 == null ? c9 : c8).forEach(c -> annotations.add(annotate(c, null)));
      } else {
        for (String c : c8) {
          annotations.add(annotate(c, c9.contains(c) ? null : "Before9"));
        }
        for (String c : c9) {
          if (!c8.contains(c)) {
            annotations.add(annotate(c, "Since9"));
          }
        }
      }
      description = describe(f8 != null ? f8 : f9, size8 != null ? size8 : size9);
    } else {
      description = " (read-only: the store computes it, and it is never sent)";
    }
    if (since != null) {
      description += "; exists from PrestaShop 9.0";
    }
    if (until != null) {
      description += "; removed in PrestaShop 9.0";
    }
    return new Merged(
        name,
        ModelGenerator.property(name),
        type,
        readOnly,
        since,
        until,
        annotations,
        description);
  }

  private static String describe(FieldSpec f, Long size) {
    List<String> parts = new ArrayList<>();
    if (f.required()) {
      parts.add("required");
    }
    if (!f.formats().isEmpty()) {
      parts.add(String.join(" ", f.formats()));
    }
    if (size != null) {
      parts.add("at most " + size + " characters");
    }
    if (f.localized()) {
      parts.add("one text per language");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private Set<String> constraints(FieldSpec f, String type, Long maxSize) {
    Set<String> out = new LinkedHashSet<>();
    // A zero date fulfils "required" (specific prices' from/to: no limit) but decodes to empty.
    if (f.required() && !type.equals("LocalDateTime")) {
      out.add("Required");
    }
    boolean text = type.equals("String") || type.equals("LocalizedText");
    if (text && maxSize != null) {
      out.add("MaxSize|value = " + maxSize + (maxSize > Integer.MAX_VALUE ? "L" : ""));
    }
    for (String format : f.formats()) {
      if (text) {
        Optional<FieldFormat> known = FieldFormat.of(format);
        known.ifPresent(k -> out.add("Format|value = FieldFormat." + k.name()));
      } else if (type.equals("Long")) {
        if (UNSIGNED.contains(format)) {
          out.add("PositiveOrZero");
        } else if (format.equals("isPositiveInt")) {
          out.add("Positive");
        }
      } else if (type.equals("BigDecimal")) {
        if (format.equals("isPrice") || format.equals("isUnsignedFloat")) {
          out.add("PositiveOrZero");
        }
        if (format.equals("isPrice") || format.equals("isNegativePrice")) {
          out.add("Digits|integer = 10, fraction = 9");
        }
      }
    }
    return out;
  }

  private String annotate(String constraint, String versionGroup) {
    String[] parts = constraint.split("\\|", 2);
    String name = parts[0];
    String args = parts.length > 1 ? parts[1] : "";
    switch (name) {
      case "PositiveOrZero", "Positive", "Digits" ->
          imports.add("jakarta.validation.constraints." + name);
      default -> {}
    }
    String group;
    if (name.equals("Required")) {
      group = "ModelGroups." + (versionGroup == null ? "Complete" : "Complete" + versionGroup);
    } else {
      group = versionGroup == null ? null : "ModelGroups." + versionGroup;
    }
    List<String> all = new ArrayList<>();
    if (!args.isEmpty()) {
      all.add(group == null && args.startsWith("value = ") ? args.substring(8) : args);
    }
    if (group != null) {
      all.add("groups = " + group + ".class");
    }
    return "@" + name + (all.isEmpty() ? "" : "(" + String.join(", ", all) + ")");
  }

  private List<MergedAssociation> mergeAssociations() {
    Map<String, AssociationSpec> byName = new LinkedHashMap<>();
    for (String version : List.of(V8, V9)) {
      ResourceSpec spec = versions.get(version);
      if (spec != null) {
        spec.associations().forEach(byName::putIfAbsent);
      }
    }
    List<MergedAssociation> out = new ArrayList<>();
    for (AssociationSpec a : byName.values()) {
      boolean idsOnly = a.itemFields().equals(List.of("id"));
      String itemType = idsOnly ? "Long" : ModelGenerator.itemName(any.resource(), a, classNames);
      List<String[]> itemFields = new ArrayList<>();
      for (String field : a.itemFields()) {
        String type = itemType(field);
        addImport(type);
        itemFields.add(new String[] {field, ModelGenerator.property(field), type});
      }
      out.add(
          new MergedAssociation(
              a.name(),
              a.node(),
              ModelGenerator.property(a.name()),
              itemType,
              itemFields,
              ModelGenerator.readOnlyAssociation(any.resource(), a.name())));
    }
    return out;
  }

  private static String itemType(String field) {
    if (field.equals("id")
        || field.startsWith("id_")
        || field.endsWith("_id")
        || field.contains("quantity")) {
      return "Long";
    }
    if (field.contains("price") || field.contains("amount")) {
      return "BigDecimal";
    }
    return "String";
  }

  static String javaType(FieldSpec f) {
    if (f.localized()) {
      return "LocalizedText";
    }
    for (String format : f.formats()) {
      if (format.equals("isBool")) {
        return "Boolean";
      }
      if (WHOLE.contains(format)) {
        return "Long";
      }
      if (DECIMAL.contains(format)) {
        return "BigDecimal";
      }
      if (format.equals("isDate")
          || format.equals("isDateOrNull")
          || format.equals("isDateFormat")) {
        return "LocalDateTime";
      }
      if (format.equals("isBirthDate")) {
        return "LocalDate";
      }
    }
    if (f.formats().isEmpty() && f.name().startsWith("id_")) {
      return "Long";
    }
    return "String";
  }

  private void addImport(String type) {
    switch (type) {
      case "LocalizedText" -> imports.add("io.github.prestashop4j.webservice.LocalizedText");
      case "BigDecimal" -> imports.add("java.math.BigDecimal");
      case "LocalDateTime" -> imports.add("java.time.LocalDateTime");
      case "LocalDate" -> imports.add("java.time.LocalDate");
      default -> {}
    }
  }

  private static String readerMethod(String type) {
    return switch (type) {
      case "LocalizedText" -> "localized";
      case "Long" -> "number";
      case "BigDecimal" -> "decimal";
      case "Boolean" -> "bool";
      case "LocalDateTime" -> "dateTime";
      case "LocalDate" -> "date";
      default -> "text";
    };
  }

  private static String setterMethod(String type) {
    return switch (type) {
      case "LocalizedText" -> "setLocalized";
      case "Long" -> "setNumber";
      case "BigDecimal" -> "setDecimal";
      case "Boolean" -> "setBoolean";
      case "LocalDateTime" -> "setDateTime";
      case "LocalDate" -> "setDate";
      default -> "setText";
    };
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  private static String words(String className) {
    return ModelGenerator.lower(className.replaceAll("([a-z])([A-Z])", "$1 $2"));
  }

  private static String sentence(String className) {
    String words = words(className);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
