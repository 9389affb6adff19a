package io.github.prestashop4j.webservice.model;

import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The base of every typed model: the {@link Entity} the model was read from or built into, the
 * names of the fields set since it was read, and the typed values the subclass decodes from it.
 *
 * <p>Two models are equal when their entities are: same fields, same texts, same associations.
 * {@link #toString()} names the type, the id and the field names, never values, which may be
 * personal data or secrets (a customer's password hash).
 */
public abstract class Model {
  private final ModelType<?> type;
  private final Entity entity;
  private final Set<String> changed;
  private final Long id;

  /**
   * Decodes the fields every model shares.
   *
   * @param type the model's type
   * @param entity the entity
   * @param changed the fields set since the entity was read from the store
   */
  Model(ModelType<?> type, Entity entity, Set<String> changed) {
    this.type = Objects.requireNonNull(type, "type");
    this.entity = Objects.requireNonNull(entity, "entity");
    this.changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
    this.id = reader().id("id");
  }

  /**
   * Returns the id.
   *
   * @return the id, empty for an object not created yet
   */
  public final Optional<Long> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the model's type: its resource and fields.
   *
   * @return the type
   */
  public ModelType<?> modelType() {
    return type;
  }

  /**
   * Returns the whole object as an entity: what the store sent, with what a builder changed.
   *
   * @return the entity
   */
  public final Entity toEntity() {
    return entity;
  }

  /**
   * Returns the fields the model does not name (a module's additions, a newer version's fields),
   * kept so that a write sends them back unchanged.
   *
   * @return field name to text or {@link LocalizedText}, in the store's order
   */
  public final Map<String, Object> unknownFields() {
    Map<String, Object> unknown = new LinkedHashMap<>(entity.fields());
    unknown.keySet().removeAll(type.fieldNames());
    unknown.remove("id");
    return Collections.unmodifiableMap(unknown);
  }

  /**
   * Returns the fields and associations (as {@code associations.<name>}) a builder set since the
   * object was read; a PATCH sends only these.
   *
   * @return the changed names, in the order they were set
   */
  public final Set<String> changedFields() {
    return changed;
  }

  /**
   * Returns a reader of this model's entity, for the subclass's constructor.
   *
   * @return the reader
   */
  final FieldReader reader() {
    return new FieldReader(type.resourceName(), entity);
  }

  /**
   * Two models are equal when they are of the same class and hold the same data: fields, unknown
   * fields and associations. How the store presented them (links, element name) does not count, so
   * a model read from JSON equals the same model read from XML.
   */
  @Override
  public final boolean equals(Object other) {
    return other instanceof Model model
        && model.getClass() == getClass()
        && data(model.entity).equals(data(entity));
  }

  @Override
  public final int hashCode() {
    return entity.fields().hashCode();
  }

  private static List<Object> data(Entity entity) {
    Map<String, List<Object>> associations = new LinkedHashMap<>();
    entity
        .associations()
        .forEach(
            (name, items) ->
                associations.put(name, items.stream().<Object>map(Model::data).toList()));
    return List.of(entity.fields(), associations);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName()
        + "["
        + (id == null ? "new" : "id=" + id)
        + ", fields="
        + entity.fieldNames()
        + (changed.isEmpty() ? "" : ", changed=" + changed)
        + "]";
  }

  /**
   * The base of every model's builder: setters write the store's text form into an entity builder
   * and remember which fields were set. {@code null} empties a field.
   *
   * @param <M> the model
   * @param <B> the builder
   */
  public abstract static class Builder<M extends Model, B extends Builder<M, B>> {
    private final Entity.Builder entity;
    private final Set<String> changed;

    /**
     * Starts from an entity: a blank one for a new object, or the one a model was read from.
     *
     * @param entity the entity to start from
     * @param changed the fields already changed
     */
    Builder(Entity entity, Set<String> changed) {
      this.entity = entity.toBuilder();
      this.changed = new LinkedHashSet<>(changed);
    }

    /**
     * Returns this builder, typed.
     *
     * @return this
     */
    abstract B self();

    /**
     * Builds the model.
     *
     * @return the model
     */
    public abstract M build();

    /**
     * Returns the entity built so far.
     *
     * @return the entity
     */
    final Entity entity() {
      return entity.build();
    }

    /**
     * Returns the names set so far.
     *
     * @return the changed names
     */
    final Set<String> changed() {
      return changed;
    }

    /**
     * Sets the id, for a replace or a patch of an object whose id is known.
     *
     * @param id the id, 1 or more
     * @return this builder
     */
    public final B id(long id) {
      if (id < 1) {
        throw new IllegalArgumentException("id: must be 1 or more (got " + id + ")");
      }
      entity.set("id", Long.toString(id));
      return self();
    }

    /**
     * Sets a field the model does not name, as text.
     *
     * @param field the field name as the store spells it
     * @param text the text, {@code ""} for empty
     * @return this builder
     */
    public final B field(String field, String text) {
      return setText(field, Objects.requireNonNull(text, field));
    }

    /**
     * Sets a text field.
     *
     * @param field the field
     * @param value the value, {@code null} to empty it
     * @return this builder
     */
    final B setText(String field, String value) {
      entity.set(field, value == null ? "" : value);
      changed.add(field);
      return self();
    }

    /**
     * Sets a whole number field.
     *
     * @param field the field
     * @param value the value, {@code null} to empty it
     * @return this builder
     */
    final B setNumber(String field, Long value) {
      return setText(field, value == null ? null : value.toString());
    }

    /**
     * Sets a decimal field, written in plain notation.
     *
     * @param field the field
     * @param value the value, {@code null} to empty it
     * @return this builder
     */
    final B setDecimal(String field, BigDecimal value) {
      return setText(field, value == null ? null : FieldReader.format(value));
    }

    /**
     * Sets a boolean field, written {@code 1} or {@code 0}.
     *
     * @param field the field
     * @param value the value, {@code null} to empty it
     * @return this builder
     */
    final B setBoolean(String field, Boolean value) {
      return setText(field, value == null ? null : FieldReader.format(value));
    }

    /**
     * Sets a date-time field, written {@code yyyy-MM-dd HH:mm:ss} in the store's time zone.
     *
     * @param field the field
     * @param value the value, {@code null} to empty it
     * @return this builder
     */
    final B setDateTime(String field, LocalDateTime value) {
      return setText(field, value == null ? null : FieldReader.format(value));
    }

    /**
     * Sets a date field, written {@code yyyy-MM-dd}.
     *
     * @param field the field
     * @param value the value, {@code null} to empty it
     * @return this builder
     */
    final B setDate(String field, LocalDate value) {
      return setText(field, value == null ? null : value.toString());
    }

    /**
     * Sets every language of a multilingual field.
     *
     * @param field the field
     * @param value the texts, {@code null} to empty every language
     * @return this builder
     */
    final B setLocalized(String field, LocalizedText value) {
      entity.set(field, value == null ? LocalizedText.empty() : value);
      changed.add(field);
      return self();
    }

    /**
     * Sets one language of a multilingual field, keeping the others.
     *
     * @param field the field
     * @param languageId the language id
     * @param text the text
     * @return this builder
     */
    final B setLocalized(String field, int languageId, String text) {
      Entity current = entity.build();
      LocalizedText texts = current.localized(field).orElse(LocalizedText.empty());
      if (texts.languageIds().contains(0)) {
        texts = LocalizedText.empty(); // a text of unknown language cannot be kept beside others
      }
      return setLocalized(field, texts.with(languageId, text));
    }

    /**
     * Sets an association whose items are ids.
     *
     * @param association the association name
     * @param node the element name of one item
     * @param ids the ids; empty clears the association on the store
     * @return this builder
     */
    final B setIds(String association, String node, List<Long> ids) {
      Objects.requireNonNull(ids, association);
      return setItems(
          association,
          ids,
          id -> Entity.builder(node).set("id", Long.toString(Objects.requireNonNull(id))).build());
    }

    /**
     * Sets an association whose items have several fields.
     *
     * @param association the association name
     * @param items the items; empty clears the association on the store
     * @param encoder how one item becomes an entity
     * @param <T> the item type
     * @return this builder
     */
    final <T> B setItems(String association, List<T> items, Function<? super T, Entity> encoder) {
      Objects.requireNonNull(items, association);
      entity.association(association, items.stream().map(encoder).toList());
      changed.add(ModelType.ASSOCIATION_PREFIX + association);
      return self();
    }
  }
}
