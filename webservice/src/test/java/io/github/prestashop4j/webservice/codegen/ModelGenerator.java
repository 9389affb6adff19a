package io.github.prestashop4j.webservice.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the typed models of {@code io.github.prestashop4j.webservice.model} from the synopses
 * recorded from a PrestaShop 8.1.2 and a 9.1.4 store ({@code fixtures/<version>/schemas}).
 *
 * <p>{@code GeneratedModelsTest} checks that the committed sources are what this produces; run it
 * with {@code -Dprestashop4j.generate=true} to rewrite them (see the README, "Typed models").
 */
public final class ModelGenerator {
  static final String PACKAGE = "io.github.prestashop4j.webservice.model";
  static final List<String> VERSIONS = List.of("prestashop-8.1.2", "prestashop-9");

  // Resources whose versions the two recorded stores cannot tell (webservice.md, resource list).
  private static final Map<String, String> SINCE =
      Map.of("attachments", "1.7.8", "order_cart_rules", "1.7.8", "messages", "1.7.0");
  // Class names where the element name would mislead.
  private static final Map<String, String> CLASS_NAMES = Map.of("content", "CmsPage");
  // Association items whose node name does not say what they are.
  private static final Map<String, String> ITEM_NAMES =
      Map.of("products.product_bundle", "BundleItem");
  // Associations PrestaShop ignores on writes (setter false), so never sent.
  private static final Set<String> READ_ONLY_ASSOCIATIONS =
      Set.of("products.stock_availables", "orders.order_rows");

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while");

  private ModelGenerator() {}

  /** One field as one version's synopsis describes it. */
  record FieldSpec(
      String name,
      boolean required,
      Long maxSize,
      List<String> formats,
      boolean readOnly,
      boolean localized) {}

  /** One association as the synopsis describes it. */
  record AssociationSpec(String name, String node, List<String> itemFields) {}

  /** One resource in one version. */
  record ResourceSpec(
      String resource,
      String element,
      Map<String, FieldSpec> fields,
      Map<String, AssociationSpec> associations) {}

  /**
   * Generates every source file.
   *
   * @param fixtures the folder holding {@code prestashop-8.1.2} and {@code prestashop-9}
   * @return file name to content
   * @throws IOException if a synopsis cannot be read
   */
  public static Map<String, String> generate(Path fixtures) throws IOException {
    Map<String, Map<String, ResourceSpec>> byResource = new TreeMap<>();
    for (String version : VERSIONS) {
      try (var files = Files.list(fixtures.resolve(version).resolve("schemas"))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".synopsis.xml") || name.startsWith("images.")) {
            continue;
          }
          ResourceSpec spec =
              parse(name.substring(0, name.length() - ".synopsis.xml".length()), file);
          byResource
              .computeIfAbsent(spec.resource(), r -> new LinkedHashMap<>())
              .put(version, spec);
        }
      }
    }
    Set<String> classNames = new LinkedHashSet<>();
    byResource.values().forEach(v -> classNames.add(className(v.values().iterator().next())));
    Map<String, String> sources = new TreeMap<>();
    List<String[]> accessors = new ArrayList<>();
    for (Map<String, ResourceSpec> versions : byResource.values()) {
      ResourceSpec any = versions.values().iterator().next();
      String className = className(any);
      sources.put(className + ".java", new ModelWriter(versions, className, classNames).write());
      accessors.add(new String[] {any.resource(), className});
    }
    sources.put("ModelResources.java", accessors(accessors));
    return sources;
  }

  /**
   * Writes the README's table of resources and their typed accessors.
   *
   * @param fixtures the folder holding the two corpora
   * @return the Markdown table
   * @throws IOException if a synopsis cannot be read
   */
  public static String readmeTable(Path fixtures) throws IOException {
    Map<String, Set<String>> versions = new TreeMap<>();
    Map<String, String> classes = new TreeMap<>();
    for (String version : VERSIONS) {
      try (var files = Files.list(fixtures.resolve(version).resolve("schemas"))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".synopsis.xml") && !name.startsWith("images.")) {
            ResourceSpec spec =
                parse(name.substring(0, name.length() - ".synopsis.xml".length()), file);
            versions.computeIfAbsent(spec.resource(), r -> new LinkedHashSet<>()).add(version);
            classes.put(spec.resource(), className(spec));
          }
        }
      }
    }
    StringBuilder table =
        new StringBuilder(
            "| Resource | Typed accessor | Model | Versions |\n| --- | --- | --- | --- |\n");
    for (Map.Entry<String, String> entry : classes.entrySet()) {
      String resource = entry.getKey();
      Set<String> in = versions.get(resource);
      String range =
          in.size() == 2
              ? (SINCE.containsKey(resource) ? "from " + SINCE.get(resource) : "all")
              : in.contains(VERSIONS.get(0)) ? "before 9.0" : "from 9.0";
      table
          .append("| `")
          .append(resource)
          .append("` | `")
          .append(camel(resource, false))
          .append("()` | `")
          .append(entry.getValue())
          .append("` | ")
          .append(range)
          .append(" |\n");
    }
    return table.toString();
  }

  static String className(ResourceSpec spec) {
    return CLASS_NAMES.getOrDefault(spec.element(), camel(spec.element(), true));
  }

  static String itemName(String resource, AssociationSpec association, Set<String> classNames) {
    String override = ITEM_NAMES.get(resource + "." + association.name());
    if (override != null) {
      return override;
    }
    String name = camel(association.node(), true);
    // An item named like a model (a product feature, a shop) is a link to it, with extra fields.
    return classNames.contains(name) ? name + "Link" : name;
  }

  static boolean readOnlyAssociation(String resource, String association) {
    return READ_ONLY_ASSOCIATIONS.contains(resource + "." + association);
  }

  static String since(String resource) {
    return SINCE.get(resource);
  }

  static String camel(String snake, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    boolean upper = upperFirst;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  static String property(String field) {
    if (field.equals("new")) {
      return "isNew";
    }
    String name = camel(field, false);
    return KEYWORDS.contains(name) ? name + "Value" : name;
  }

  private static ResourceSpec parse(String resource, Path file) throws IOException {
    Element root;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      root = factory.newDocumentBuilder().parse(in).getDocumentElement();
    } catch (Exception e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    Element object = children(root).get(0);
    Map<String, FieldSpec> fields = new LinkedHashMap<>();
    Map<String, AssociationSpec> associations = new LinkedHashMap<>();
    for (Element child : children(object)) {
      if (child.getTagName().equals("associations")) {
        for (Element association : children(child)) {
          List<Element> items = children(association);
          List<String> itemFields =
              items.isEmpty()
                  ? List.of("id")
                  : children(items.get(0)).stream().map(Element::getTagName).toList();
          associations.put(
              association.getTagName(),
              new AssociationSpec(
                  association.getTagName(), association.getAttribute("nodeType"), itemFields));
        }
        continue;
      }
      String format = child.getAttribute("format").trim();
      String maxSize = child.getAttribute("maxSize");
      fields.put(
          child.getTagName(),
          new FieldSpec(
              child.getTagName(),
              "true".equals(child.getAttribute("required")),
              maxSize.isEmpty() ? null : Long.valueOf(maxSize),
              format.isEmpty() ? List.of() : List.of(format.split("\\s+")),
              "true".equals(child.getAttribute("readOnly"))
                  || "true".equals(child.getAttribute("read_only")),
              !children(child).isEmpty()));
    }
    return new ResourceSpec(resource, object.getTagName(), fields, associations);
  }

  static List<Element> children(Element element) {
    List<Element> out = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static String accessors(List<String[]> accessors) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(PACKAGE).append(";\n\nimport java.util.List;\n\n");
    out.append(
        """
        /**
         * The typed accessor of every core resource. Generated by {@code ModelGenerator} from the
         * 8.1.2 and 9.1.4 synopses; do not edit.
         */
        public interface ModelResources {
          /**
           * Returns the typed operations on a model's resource.
           *
           * @param type the model's type, such as {@code Product.TYPE}
           * @param <M> the model
           * @return the typed resource; no request is made
           */
          <M extends Model> ModelResource<M> resource(ModelType<M> type);
        """);
    out.append("\n  /** The type of every model, in resource order. */\n")
        .append("  List<ModelType<?>> TYPES =\n      List.of(");
    List<String> types = new ArrayList<>();
    for (String[] accessor : accessors) {
      types.add(accessor[1] + ".TYPE");
    }
    out.append(String.join(", ", types)).append(");\n");
    for (String[] accessor : accessors) {
      String resource = accessor[0];
      String className = accessor[1];
      out.append("\n  /**\n")
          .append("   * Returns the typed operations on {@code ")
          .append(resource)
          .append("}.\n   *\n   * @return the resource of {@link ")
          .append(className)
          .append("}; no request is made\n   */\n")
          .append("  default ModelResource<")
          .append(className)
          .append("> ")
          .append(camel(resource, false))
          .append("() {\n    return resource(")
          .append(className)
          .append(".TYPE);\n  }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /**
   * Writes the sources into {@code src/main/java}, or checks them.
   *
   * @param args the webservice module's directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path module = Path.of(args.length > 0 ? args[0] : ".");
    Path target = module.resolve("src/main/java/" + PACKAGE.replace('.', '/'));
    for (Map.Entry<String, String> source :
        generate(module.resolve("src/test/resources/fixtures")).entrySet()) {
      Files.writeString(target.resolve(source.getKey()), source.getValue());
    }
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static <T> T either(T a, T b) {
    return a != null ? a : b;
  }
}
