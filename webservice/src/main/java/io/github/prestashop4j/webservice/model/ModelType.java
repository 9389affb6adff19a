package io.github.prestashop4j.webservice.model;

import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.StoreVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a typed model knows about its resource: the resource and element names, every field with its
 * Java property, which fields are read-only, and which exist only in some PrestaShop versions.
 *
 * <p>Each model class has one, as its {@code TYPE} constant. Immutable.
 *
 * @param <M> the model
 */
public final class ModelType<M extends Model> {
  static final String ASSOCIATION_PREFIX = "associations.";

  private final Class<M> modelClass;
  private final String resourceName;
  private final String elementName;
  private final Function<Entity, M> decoder;
  private final Map<String, Field> fields;
  private final Map<String, Association> associations;
  private final Versions versions;
  private final List<Field> fieldList;
  private final List<Association> associationList;

  private ModelType(Builder<M> builder) {
    this.modelClass = builder.modelClass;
    this.resourceName = builder.resourceName;
    this.elementName = builder.elementName;
    this.decoder = builder.decoder;
    this.fields = Map.copyOf(builder.fields);
    this.associations = Map.copyOf(builder.associations);
    this.versions = builder.versions;
    this.fieldList = List.copyOf(builder.fields.values());
    this.associationList = List.copyOf(builder.associations.values());
  }

  static <M extends Model> Builder<M> builder(
      Class<M> modelClass, String resourceName, String elementName, Function<Entity, M> decoder) {
    return new Builder<>(modelClass, resourceName, elementName, decoder);
  }

  /**
   * Returns the model class.
   *
   * @return the class, for example {@code Product.class}
   */
  public Class<M> modelClass() {
    return modelClass;
  }

  /**
   * Returns the resource name, the path segment after {@code /api/}.
   *
   * @return for example {@code products}
   */
  public String resourceName() {
    return resourceName;
  }

  /**
   * Returns the element name of one object, which need not match the resource name.
   *
   * @return for example {@code product}, or {@code content} for {@code content_management_system}
   */
  public String elementName() {
    return elementName;
  }

  /**
   * Returns the PrestaShop versions that have the resource.
   *
   * @return the versions
   */
  public Versions versions() {
    return versions;
  }

  /**
   * Returns every field the model names, in the synopsis order.
   *
   * @return the fields
   */
  public List<Field> fields() {
    return fieldList;
  }

  /**
   * Returns a field by its name.
   *
   * @param name the field name as the store spells it
   * @return the field, empty if the model does not name it
   */
  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * Returns every association the model names.
   *
   * @return the associations
   */
  public List<Association> associations() {
    return associationList;
  }

  /**
   * Decodes an entity of this resource.
   *
   * @param entity the entity
   * @return the model
   * @throws io.github.prestashop4j.core.DecodeException if a field is not of its type
   */
  public M decode(Entity entity) {
    return decoder.apply(Objects.requireNonNull(entity, "entity"));
  }

  Set<String> fieldNames() {
    return fields.keySet();
  }

  Optional<Association> association(String name) {
    return Optional.ofNullable(associations.get(name));
  }

  @Override
  public String toString() {
    return "ModelType[" + resourceName + "]";
  }

  /**
   * The PrestaShop versions that have a resource or a field: from {@code since} (inclusive) to
   * {@code until} (exclusive), each open when {@code null}.
   *
   * @param since the first version that has it, {@code null} for every older one
   * @param until the first version that no longer has it, {@code null} for every newer one
   */
  public record Versions(StoreVersion since, StoreVersion until) {
    /** Every version. */
    public static final Versions ALL = new Versions(null, null);

    /**
     * Tells whether a version has it.
     *
     * @param version the store's version
     * @return {@code true} if it does
     */
    public boolean includes(StoreVersion version) {
      return (since == null || version.compareTo(since) >= 0)
          && (until == null || version.compareTo(until) < 0);
    }

    /**
     * Describes the range for messages.
     *
     * @return for example {@code from PrestaShop 9.0} or {@code before PrestaShop 9.0}
     */
    @Override
    public String toString() {
      if (since == null && until == null) {
        return "in every version";
      }
      if (until == null) {
        return "from PrestaShop " + since;
      }
      return (since == null ? "" : "from PrestaShop " + since + " ") + "before PrestaShop " + until;
    }
  }

  /**
   * One field of a model.
   *
   * @param name the field name as the store spells it, for example {@code id_category_default}
   * @param property the Java property, for example {@code idCategoryDefault}
   * @param readOnly whether the store computes it ({@code readOnly} in the synopsis): it is never
   *     sent
   * @param versions the versions that have it
   */
  public record Field(String name, String property, boolean readOnly, Versions versions) {}

  /**
   * One association of a model.
   *
   * @param name the association name, for example {@code categories}
   * @param property the Java property, for example {@code productOptionValues}
   * @param readOnly whether the store ignores it on writes (products' {@code stock_availables}): it
   *     is never sent
   */
  public record Association(String name, String property, boolean readOnly) {}

  static final class Builder<M extends Model> {
    private final Class<M> modelClass;
    private final String resourceName;
    private final String elementName;
    private final Function<Entity, M> decoder;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Association> associations = new LinkedHashMap<>();
    private Versions versions = Versions.ALL;

    private Builder(
        Class<M> modelClass, String resourceName, String elementName, Function<Entity, M> decoder) {
      this.modelClass = modelClass;
      this.resourceName = resourceName;
      this.elementName = elementName;
      this.decoder = decoder;
    }

    Builder<M> field(String name, String property) {
      return add(new Field(name, property, false, Versions.ALL));
    }

    Builder<M> readOnly(String name, String property) {
      return add(new Field(name, property, true, Versions.ALL));
    }

    Builder<M> field(String name, String property, String since, String until) {
      return add(new Field(name, property, false, range(since, until)));
    }

    Builder<M> association(String name, String property, boolean readOnly) {
      associations.put(name, new Association(name, property, readOnly));
      return this;
    }

    Builder<M> versions(String since, String until) {
      this.versions = range(since, until);
      return this;
    }

    ModelType<M> build() {
      return new ModelType<>(this);
    }

    private Builder<M> add(Field field) {
      fields.put(field.name(), field);
      return this;
    }

    private static Versions range(String since, String until) {
      return new Versions(
          since == null ? null : new StoreVersion(since),
          until == null ? null : new StoreVersion(until));
    }
  }
}
