package io.github.prestashop4j.webservice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One object of a Webservice resource (a product, an order, a module's own entity...), as the store
 * sent it or as you build it for a write. Untyped: fields are read by name.
 *
 * <p>XML and JSON documents decode to the same entity: every scalar is kept as the store's text
 * ({@code "23.900000"}, {@code "1"}, {@code ""}), multilingual fields as {@link LocalizedText},
 * associations as lists of small entities, and {@code xlink:href} links as data ({@link
 * #link(String)}; never followed). Field order is kept, so a read-modify-write sends fields in the
 * store's order and loses nothing it does not know.
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} or the {@code with...} methods make changed
 * copies.
 */
public final class Entity {
  private final String type;
  private final Map<String, Object> fields;
  private final Map<String, String> links;
  private final Set<String> notFilterable;
  private final Map<String, List<Entity>> associations;
  private final String href;
  private final int languageHint;

  private Entity(Builder builder) {
    // The builder hands over its collections and copies them itself before a later change, so a
    // decoded document allocates each collection once; absent ones stay shared empty constants.
    this.type = builder.type;
    this.fields = builder.fields.isEmpty() ? Map.of() : builder.fields.freeze();
    this.links = builder.links == null ? Map.of() : readOnly(builder.links);
    this.notFilterable =
        builder.notFilterable == null
            ? Set.of()
            : Collections.unmodifiableSet(builder.notFilterable);
    this.associations = builder.associations == null ? Map.of() : readOnly(builder.associations);
    this.href = builder.href;
    this.languageHint = builder.languageHint;
  }

  private static <V> Map<String, V> readOnly(Map<String, V> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(map);
  }

  /**
   * Starts an entity of a type.
   *
   * @param type the element name of one object, for example {@code product} (not the resource name
   *     {@code products}); read it from a document of the store when unsure, since it need not
   *     match the resource name ({@code content_management_system} holds {@code content})
   * @return a builder
   */
  public static Builder builder(String type) {
    return new Builder(type, 0);
  }

  /**
   * Starts an entity of a type with room for a number of fields: a decoder of a list passes the
   * previous item's count, so that a page of objects does not grow each one's storage.
   *
   * @param type as for {@link #builder(String)}
   * @param expectedFields how many fields will likely be set; a hint, never a limit (0 or less: the
   *     default room, 8; at most 128 is reserved)
   * @return a builder
   */
  public static Builder builder(String type, int expectedFields) {
    return new Builder(type, expectedFields);
  }

  /**
   * Returns a builder holding this entity's content.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(type, fields.size());
    fields.forEach(builder.fields::put);
    if (!links.isEmpty()) {
      builder.links = new LinkedHashMap<>(links);
    }
    if (!notFilterable.isEmpty()) {
      builder.notFilterable = new LinkedHashSet<>(notFilterable);
    }
    if (!associations.isEmpty()) {
      // The item lists are immutable: the builder replaces them, never changes them.
      builder.associations = new LinkedHashMap<>(associations);
    }
    builder.href = href;
    builder.languageHint = languageHint;
    return builder;
  }

  /**
   * Returns the element name of this object, for example {@code product}.
   *
   * @return the type; empty for association items decoded from JSON, which does not name them
   */
  public String type() {
    return type;
  }

  /**
   * Returns the id: the {@code id} field, or the {@code id} attribute of a minimal list item.
   *
   * @return the id, empty for a new entity or a non-numeric id
   */
  public OptionalLong id() {
    Object value = fields.get("id");
    if (value instanceof String text && !text.isEmpty()) {
      try {
        return OptionalLong.of(Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Returns the names of the fields present, in document order (associations excluded).
   *
   * @return the names
   */
  public Set<String> fieldNames() {
    return fields.keySet();
  }

  /**
   * Tells whether a field is present.
   *
   * @param field the field name
   * @return {@code true} if present, even when empty
   */
  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /**
   * Returns the raw value of a field: a {@link String} or a {@link LocalizedText}.
   *
   * @param field the field name
   * @return the value, empty if the field is absent
   */
  public Optional<Object> value(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /**
   * Returns a field's text.
   *
   * @param field the field name
   * @return the text exactly as the store sent it; empty if the field is absent. A multilingual
   *     field gives its text if it holds exactly one language
   * @throws IllegalStateException if the field is multilingual with several languages: use {@link
   *     #localized(String)}
   */
  public Optional<String> text(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof LocalizedText localized) {
      if (localized.languageIds().size() == 1) {
        return Optional.of(localized.asMap().values().iterator().next());
      }
      throw new IllegalStateException(
          "field "
              + field
              + ": is multilingual with "
              + localized.languageIds().size()
              + " languages; read it with localized(\""
              + field
              + "\")");
    }
    return Optional.of((String) value);
  }

  /**
   * Returns a multilingual field's texts.
   *
   * <p>A plain text is returned as one language when the request selected exactly one ({@code
   * language=N}), which is how JSON sends such fields; otherwise as language id 0, meaning "the
   * language is not known".
   *
   * @param field the field name
   * @return the texts, empty if the field is absent
   */
  public Optional<LocalizedText> localized(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof LocalizedText localized) {
      return Optional.of(localized);
    }
    return Optional.of(
        languageHint > 0
            ? LocalizedText.of(languageHint, (String) value)
            : LocalizedText.unknownLanguage((String) value));
  }

  /**
   * Returns the {@code xlink:href} the store attached to a field (for example to a foreign key). It
   * is data only: the SDK never follows links.
   *
   * @param field the field name
   * @return the link, empty if none
   */
  public Optional<String> link(String field) {
    return Optional.ofNullable(links.get(field));
  }

  /**
   * Returns this object's own {@code xlink:href}, as minimal list items carry it.
   *
   * @return the link, empty if none
   */
  public Optional<String> href() {
    return Optional.ofNullable(href);
  }

  /**
   * Tells whether the store marked a field {@code notFilterable} (a computed field that cannot be
   * filtered or sorted on).
   *
   * @param field the field name
   * @return {@code true} if marked
   */
  public boolean isNotFilterable(String field) {
    return notFilterable.contains(field);
  }

  /**
   * Returns the items of one association, for example a product's {@code categories}.
   *
   * @param name the association name
   * @return the items; empty if the association is absent or empty
   */
  public List<Entity> association(String name) {
    return associations.getOrDefault(name, List.of());
  }

  /**
   * Returns every association present, in document order.
   *
   * @return association items by name
   */
  public Map<String, List<Entity>> associations() {
    return associations;
  }

  /**
   * Returns the fields as a map of {@link String} or {@link LocalizedText} values, in order.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns a copy with a field set to a text.
   *
   * @param field the field name
   * @param text the text
   * @return the copy
   */
  public Entity with(String field, String text) {
    return toBuilder().set(field, text).build();
  }

  /**
   * Returns a copy with a multilingual field set.
   *
   * @param field the field name
   * @param text the texts
   * @return the copy
   */
  public Entity with(String field, LocalizedText text) {
    return toBuilder().set(field, text).build();
  }

  /**
   * Returns a copy without some fields, for example the read-only ones before a PUT.
   *
   * @param fieldNames the fields to drop; absent ones are ignored
   * @return the copy
   */
  public Entity without(String... fieldNames) {
    Builder builder = toBuilder();
    for (String field : fieldNames) {
      builder.remove(field);
    }
    return builder.build();
  }

  /** Two entities are equal when type, fields, links, marks, associations and href are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Entity that
        && type.equals(that.type)
        && fields.equals(that.fields)
        && links.equals(that.links)
        && notFilterable.equals(that.notFilterable)
        && associations.equals(that.associations)
        && Objects.equals(href, that.href);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, fields, associations);
  }

  /** Shows the type, the id and the field names, never values (which may be personal data). */
  @Override
  public String toString() {
    return "Entity["
        + (type.isEmpty() ? "?" : type)
        + (id().isPresent() ? " " + id().getAsLong() : "")
        + ", fields="
        + fields.keySet()
        + (associations.isEmpty() ? "" : ", associations=" + associations.keySet())
        + "]";
  }

  /** Builds an {@link Entity}. Not thread-safe. */
  public static final class Builder {
    private final String type;
    private FieldMap<Object> fields;
    // Created on first use: most decoded objects have no links, marks or associations.
    private Map<String, String> links;
    private Set<String> notFilterable;
    private Map<String, List<Entity>> associations;
    private String href;
    private int languageHint;
    // True once build() handed the collections to an entity: copied before the next change.
    private boolean built;

    private Builder(String type, int expectedFields) {
      this.type = Objects.requireNonNull(type, "type");
      this.fields = new FieldMap<>(expectedFields);
    }

    private void ownCollections() {
      if (!built) {
        return;
      }
      built = false;
      fields = fields.copy();
      links = links == null ? null : new LinkedHashMap<>(links);
      notFilterable = notFilterable == null ? null : new LinkedHashSet<>(notFilterable);
      associations = associations == null ? null : new LinkedHashMap<>(associations);
    }

    /**
     * Sets a field to a text; an existing field keeps its position.
     *
     * @param field the field name
     * @param text the text, {@code ""} for an empty value
     * @return this builder
     */
    public Builder set(String field, String text) {
      ownCollections();
      fields.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(text, field));
      return this;
    }

    /**
     * Sets a multilingual field.
     *
     * @param field the field name
     * @param text the texts by language
     * @return this builder
     */
    public Builder set(String field, LocalizedText text) {
      ownCollections();
      fields.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(text, field));
      return this;
    }

    /**
     * Removes a field (and its link).
     *
     * @param field the field name
     * @return this builder
     */
    public Builder remove(String field) {
      ownCollections();
      fields.remove(field);
      if (links != null) {
        links.remove(field);
      }
      if (notFilterable != null) {
        notFilterable.remove(field);
      }
      return this;
    }

    /**
     * Sets an association's items, replacing any; an empty list sends an empty association, which
     * clears it on the store.
     *
     * @param name the association name, for example {@code categories}
     * @param items the items, typically entities holding just an {@code id}
     * @return this builder
     */
    public Builder association(String name, List<Entity> items) {
      ownCollections();
      if (associations == null) {
        associations = new LinkedHashMap<>();
      }
      associations.put(Objects.requireNonNull(name, "name"), List.copyOf(items));
      return this;
    }

    /**
     * Removes an association, so that a write leaves it untouched on the store.
     *
     * @param name the association name
     * @return this builder
     */
    public Builder removeAssociation(String name) {
      ownCollections();
      if (associations != null) {
        associations.remove(name);
      }
      return this;
    }

    /**
     * Records the {@code xlink:href} of a field.
     *
     * @param field the field name
     * @param link the link
     * @return this builder
     */
    public Builder link(String field, String link) {
      ownCollections();
      if (links == null) {
        links = new LinkedHashMap<>();
      }
      links.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Records that the store marked a field {@code notFilterable}.
     *
     * @param field the field name
     * @return this builder
     */
    public Builder notFilterable(String field) {
      ownCollections();
      if (notFilterable == null) {
        notFilterable = new LinkedHashSet<>();
      }
      notFilterable.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /**
     * Records this object's own {@code xlink:href}.
     *
     * @param href the link
     * @return this builder
     */
    public Builder href(String href) {
      this.href = href;
      return this;
    }

    /**
     * Sets the language that plain texts of multilingual fields belong to (the request's single
     * {@code language=N}); 0 when unknown.
     *
     * @param languageId the language id
     * @return this builder
     */
    public Builder languageHint(int languageId) {
      this.languageHint = Math.max(0, languageId);
      return this;
    }

    /**
     * Builds the entity.
     *
     * @return the entity
     */
    public Entity build() {
      built = true;
      return new Entity(this);
    }
  }
}
