package io.github.prestashop4j.webservice;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.webservice.internal.XmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A resource as its store describes it ({@code ?schema=synopsis} or {@code ?schema=blank}): the
 * element name of one object, every field with its rules, and the associations.
 *
 * @param kind which schema this is; a blank schema carries no rules
 * @param elementName the element name of one object, for example {@code product}
 * @param fields the fields, in the store's order; the id is not among them
 * @param associations the associations
 */
public record ResourceSchema(
    SchemaKind kind, String elementName, List<Field> fields, List<Association> associations) {

  /**
   * Copies the lists.
   *
   * @param kind which schema this is
   * @param elementName the element name of one object
   * @param fields the fields
   * @param associations the associations
   */
  public ResourceSchema {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(elementName, "elementName");
    fields = List.copyOf(fields);
    associations = List.copyOf(associations);
  }

  /**
   * Returns a field by name.
   *
   * @param name the field name
   * @return the field, empty if the schema has none of that name
   */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * One field.
   *
   * @param name the field name
   * @param required whether the store requires a value ({@code required="true"})
   * @param maxSize the largest number of characters ({@code maxSize}), empty if none
   * @param formats the names of PrestaShop's validators ({@code format}, for example {@code
   *     isEmail}), empty if none
   * @param readOnly whether the store computes the field and refuses it in writes ({@code readOnly}
   *     or {@code read_only})
   * @param localized whether the field holds one text per language
   * @param notFilterable whether the store cannot filter on it ({@code notFilterable})
   */
  public record Field(
      String name,
      boolean required,
      OptionalLong maxSize,
      List<String> formats,
      boolean readOnly,
      boolean localized,
      boolean notFilterable) {
    /**
     * Copies the formats.
     *
     * @param name the field name
     * @param required whether a value is required
     * @param maxSize the largest number of characters
     * @param formats the validators' names
     * @param readOnly whether the field is read-only
     * @param localized whether the field is multilingual
     * @param notFilterable whether the store cannot filter on it
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(maxSize, "maxSize");
      formats = List.copyOf(formats);
    }
  }

  /**
   * One association.
   *
   * @param name the association name, for example {@code categories}
   * @param nodeType the element name of one item, for example {@code category}
   * @param resource the resource the items are ({@code api}), empty for a virtual entity such as
   *     {@code order_rows}
   * @param itemFields the fields of one item, for example {@code [id]}
   */
  public record Association(
      String name, String nodeType, Optional<String> resource, List<String> itemFields) {
    /**
     * Copies the item fields.
     *
     * @param name the association name
     * @param nodeType the element name of one item
     * @param resource the resource the items are
     * @param itemFields the fields of one item
     */
    public Association {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(nodeType, "nodeType");
      Objects.requireNonNull(resource, "resource");
      itemFields = List.copyOf(itemFields);
    }
  }

  static ResourceSchema of(SchemaKind kind, String resource, List<XmlReader.Node> roots) {
    if (roots.isEmpty()) {
      throw new DecodeException(resource + " schema: the store answered no object", null);
    }
    XmlReader.Node object = roots.get(0);
    List<Field> fields = new ArrayList<>();
    List<Association> associations = new ArrayList<>();
    for (XmlReader.Node child : object.children()) {
      if (child.name().equals("associations")) {
        for (XmlReader.Node association : child.children()) {
          List<String> itemFields =
              association.children().isEmpty()
                  ? List.of("id")
                  : association.children().get(0).children().stream()
                      .map(XmlReader.Node::name)
                      .toList();
          associations.add(
              new Association(
                  association.name(),
                  association.attributes().getOrDefault("nodeType", ""),
                  Optional.ofNullable(association.attributes().get("api")),
                  itemFields));
        }
        continue;
      }
      var attributes = child.attributes();
      String maxSize = attributes.get("maxSize");
      String format = attributes.getOrDefault("format", "").trim();
      fields.add(
          new Field(
              child.name(),
              "true".equals(attributes.get("required")),
              maxSize == null
                  ? OptionalLong.empty()
                  : OptionalLong.of(size(resource, child, maxSize)),
              format.isEmpty() ? List.of() : List.of(format.split("\\s+")),
              "true".equals(attributes.get("readOnly"))
                  || "true".equals(attributes.get("read_only")),
              child.children().stream().anyMatch(c -> c.name().equals("language")),
              "true".equals(attributes.get("notFilterable"))));
    }
    return new ResourceSchema(kind, object.name(), fields, associations);
  }

  private static long size(String resource, XmlReader.Node field, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new DecodeException(
          resource + " schema, field " + field.name() + ": maxSize is not a number", e);
    }
  }
}
