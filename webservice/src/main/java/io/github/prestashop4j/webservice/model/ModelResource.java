package io.github.prestashop4j.webservice.model;

import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.RequestValidationException;
import io.github.prestashop4j.core.RequestValidationException.Violation;
import io.github.prestashop4j.core.paging.AutoPager;
import io.github.prestashop4j.core.paging.Page;
import io.github.prestashop4j.core.validation.RequestValidator;
import io.github.prestashop4j.webservice.Display;
import io.github.prestashop4j.webservice.Entity;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.StoreVersion;
import io.github.prestashop4j.webservice.UnsupportedFeatureException;
import io.github.prestashop4j.webservice.WebserviceResource;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The operations on one resource, typed: the same list, stream, get, exists, create, replace, patch
 * and delete as {@link WebserviceResource}, with models in and out.
 *
 * <p>What a typed write adds:
 *
 * <ul>
 *   <li>Bean Validation before any request: every violation is reported at once, naming the field
 *       as the store spells it and the rule ({@link RequestValidationException}). Create and
 *       replace check required fields ({@link ModelGroups.Complete}); a patch checks only the
 *       fields it sends. Constraints that differ by version apply once the store's version is known
 *       (after its first answer).
 *   <li>Read-only fields and associations (synopsis {@code readOnly}, such as products' {@code
 *       quantity} or customers' {@code secure_key}, which 9.x refuses) are never sent.
 *   <li>A replace sends the whole object; a patch sends the id and only the fields a builder set
 *       ({@link Model#changedFields()}).
 *   <li>Version awareness: a resource or a field the store's version does not have fails with
 *       {@link UnsupportedFeatureException} before any request; a field of another version that the
 *       caller did not set is left out.
 * </ul>
 *
 * <p>Listings ask for {@code display=full} unless the query chooses what to display, since a model
 * is made from the fields. Immutable and thread-safe.
 *
 * @param <M> the model
 */
public final class ModelResource<M extends Model> {
  private final ModelType<M> type;
  private final WebserviceResource resource;
  private final Supplier<Optional<StoreVersion>> version;

  private ModelResource(
      ModelType<M> type, WebserviceResource resource, Supplier<Optional<StoreVersion>> version) {
    this.type = type;
    this.resource = resource;
    this.version = version;
  }

  /**
   * Makes the typed resource of a model over the untyped one; the client's accessors, such as
   * {@code client.products()}, are the usual way to get one.
   *
   * @param type the model's type
   * @param resource the untyped resource of the same name
   * @param version the store's version as far as known
   * @param <M> the model
   * @return the typed resource
   * @throws IllegalArgumentException if the resource is not the type's
   */
  public static <M extends Model> ModelResource<M> of(
      ModelType<M> type, WebserviceResource resource, Supplier<Optional<StoreVersion>> version) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(version, "version");
    if (!resource.name().equals(type.resourceName())) {
      throw new IllegalArgumentException(
          "resource: is " + resource.name() + ", not " + type.resourceName());
    }
    return new ModelResource<>(type, resource, version);
  }

  /**
   * Returns the model's type.
   *
   * @return the type
   */
  public ModelType<M> type() {
    return type;
  }

  /**
   * Returns the untyped resource, for what the typed one does not offer.
   *
   * @return the untyped resource, with the same options
   */
  public WebserviceResource untyped() {
    return resource;
  }

  /**
   * Returns a copy whose calls use other options.
   *
   * @param options timeouts, retry policy and headers for each call
   * @return the copy
   */
  public ModelResource<M> withOptions(RequestOptions options) {
    return new ModelResource<>(type, resource.withOptions(options), version);
  }

  /**
   * Lists every object with all its fields, in one request.
   *
   * @return the first (and only) page
   */
  public Page<M> list() {
    return list(Query.all());
  }

  /**
   * Lists objects: one page if the query has a limit, otherwise every match in one request.
   *
   * @param query filters, sort, limit, display (default {@code full}), language, shop
   * @return the page; the next ones are fetched on demand
   */
  public Page<M> list(Query query) {
    return resource.list(full(query)).map(type::decode);
  }

  /**
   * Walks every matching object page by page, lazily, in a stable order.
   *
   * @param query filters, sort, page size, display (default {@code full}), language, shop
   * @return the pager; nothing is fetched before it is used
   */
  public AutoPager<M> iterate(Query query) {
    AutoPager<Entity> pager = resource.iterate(full(query));
    return AutoPager.of(() -> pager.pages().iterator().next().map(type::decode));
  }

  /**
   * Streams every matching object, fetching pages as the stream is consumed; close the stream to
   * stop.
   *
   * @param query filters, sort, page size, display (default {@code full}), language, shop
   * @return the stream
   */
  public Stream<M> stream(Query query) {
    return resource.stream(full(query)).map(type::decode);
  }

  /**
   * Reads one object.
   *
   * @param id the id
   * @return the object
   * @throws io.github.prestashop4j.core.NotFoundException if there is none
   */
  public M get(long id) {
    return type.decode(resource.get(id));
  }

  /**
   * Reads one object with parameters such as a language or a shop.
   *
   * @param id the id
   * @param query display, language, shop or price parameters
   * @return the object
   * @throws io.github.prestashop4j.core.NotFoundException if there is none
   */
  public M get(long id, Query query) {
    return type.decode(resource.get(id, query));
  }

  /**
   * Reads one object if it exists.
   *
   * @param id the id
   * @return the object, empty if there is none
   */
  public Optional<M> find(long id) {
    return resource.find(id).map(type::decode);
  }

  /**
   * Tells whether an object exists ({@code HEAD}).
   *
   * @param id the id
   * @return {@code true} if it does
   */
  public boolean exists(long id) {
    return resource.exists(id);
  }

  /**
   * Tells whether an object exists in a context, such as a shop ({@code HEAD}).
   *
   * @param id the id
   * @param query the parameters, such as a shop
   * @return {@code true} if it does
   */
  public boolean exists(long id, Query query) {
    return resource.exists(id, query);
  }

  /**
   * Creates an object, after checking it.
   *
   * @param model the object, without id
   * @return the stored object, with its id
   * @throws RequestValidationException if it breaks a constraint; nothing is sent
   * @throws UnsupportedFeatureException if the store's version lacks the resource or a field set
   */
  public M create(M model) {
    return create(model, Query.all());
  }

  /**
   * Creates an object with parameters, for example a shop.
   *
   * @param model the object, without id
   * @param query the parameters
   * @return the stored object
   * @throws RequestValidationException if it breaks a constraint; nothing is sent
   * @throws UnsupportedFeatureException if the store's version lacks the resource or a field set
   */
  public M create(M model, Query query) {
    return createAll(List.of(model), query).get(0);
  }

  /**
   * Creates several objects in one request (not a transaction: on an error some may exist).
   *
   * @param models the objects, without ids
   * @return the stored objects
   * @throws RequestValidationException if any breaks a constraint; nothing is sent
   */
  public List<M> createAll(List<M> models) {
    return createAll(models, Query.all());
  }

  /**
   * Creates several objects in one request, with parameters.
   *
   * @param models the objects, without ids
   * @param query the parameters
   * @return the stored objects
   * @throws RequestValidationException if any breaks a constraint; nothing is sent
   */
  public List<M> createAll(List<M> models, Query query) {
    return decode(resource.createAll(whole(models), query));
  }

  /**
   * Replaces an object ({@code PUT}) with the whole model, read-only fields left out.
   *
   * @param model the object, with its id
   * @return the stored object
   * @throws RequestValidationException if it breaks a constraint; nothing is sent
   */
  public M replace(M model) {
    return replace(model, Query.all());
  }

  /**
   * Replaces an object with parameters such as a shop.
   *
   * @param model the object, with its id
   * @param query the parameters
   * @return the stored object
   * @throws RequestValidationException if it breaks a constraint; nothing is sent
   */
  public M replace(M model, Query query) {
    return type.decode(resource.replace(whole(List.of(model)).get(0), query));
  }

  /**
   * Replaces several objects in one request.
   *
   * @param models the objects, each with its id
   * @return the stored objects
   */
  public List<M> replaceAll(List<M> models) {
    return replaceAll(models, Query.all());
  }

  /**
   * Replaces several objects in one request, with parameters.
   *
   * @param models the objects, each with its id
   * @param query the parameters
   * @return the stored objects
   */
  public List<M> replaceAll(List<M> models, Query query) {
    return decode(resource.replaceAll(whole(models), query));
  }

  /**
   * Changes the fields a builder set ({@code PATCH}, PrestaShop 8.0 and later): the id and those
   * fields only are sent, and only those are checked.
   *
   * @param model the object, with its id and changed fields
   * @return the stored object
   * @throws IllegalArgumentException if no field was changed
   * @throws UnsupportedFeatureException if the store is older than 8.0
   */
  public M patch(M model) {
    return patch(model, Query.all());
  }

  /**
   * Changes the fields a builder set, with parameters such as a shop.
   *
   * @param model the object, with its id and changed fields
   * @param query the parameters
   * @return the stored object
   */
  public M patch(M model, Query query) {
    return type.decode(resource.patch(changes(List.of(model)).get(0), query));
  }

  /**
   * Changes the fields builders set on several objects, in one request.
   *
   * @param models the objects, each with its id and changed fields
   * @return the stored objects
   */
  public List<M> patchAll(List<M> models) {
    return patchAll(models, Query.all());
  }

  /**
   * Changes the fields builders set on several objects, with parameters.
   *
   * @param models the objects, each with its id and changed fields
   * @param query the parameters
   * @return the stored objects
   */
  public List<M> patchAll(List<M> models, Query query) {
    return decode(resource.patchAll(changes(models), query));
  }

  /**
   * Deletes an object.
   *
   * @param id the id
   * @throws io.github.prestashop4j.core.NotFoundException if there is none
   */
  public void delete(long id) {
    resource.delete(id);
  }

  /**
   * Deletes an object, with parameters such as a shop.
   *
   * @param id the id
   * @param query the parameters
   * @throws io.github.prestashop4j.core.NotFoundException if there is none
   */
  public void delete(long id, Query query) {
    resource.delete(id, query);
  }

  /**
   * Deletes several objects in one request; if one does not exist, none is deleted.
   *
   * @param ids the ids
   * @throws io.github.prestashop4j.core.NotFoundException if an id does not exist
   */
  public void deleteAll(Collection<Long> ids) {
    resource.deleteAll(ids);
  }

  /**
   * Deletes several objects in one request, with parameters such as a shop.
   *
   * @param ids the ids
   * @param query the parameters
   * @throws io.github.prestashop4j.core.NotFoundException if an id does not exist
   */
  public void deleteAll(Collection<Long> ids, Query query) {
    resource.deleteAll(ids, query);
  }

  @Override
  public String toString() {
    return "ModelResource[" + type.resourceName() + "]";
  }

  private static Query full(Query query) {
    Objects.requireNonNull(query, "query");
    return query.display().isPresent() ? query : query.toBuilder().display(Display.full()).build();
  }

  private List<M> decode(List<Entity> entities) {
    return entities.stream().map(type::decode).toList();
  }

  private List<Entity> whole(List<M> models) {
    checkModels(models);
    Optional<StoreVersion> known = checkResource();
    List<Entity> entities = new ArrayList<>();
    for (M model : models) {
      checkFieldVersions(model, known);
      validate(model, null, groups(known, true));
    }
    for (M model : models) {
      entities.add(outgoing(model, known, false));
    }
    return entities;
  }

  private List<Entity> changes(List<M> models) {
    checkModels(models);
    Optional<StoreVersion> known = checkResource();
    List<Entity> entities = new ArrayList<>();
    for (M model : models) {
      if (model.changedFields().isEmpty()) {
        throw new IllegalArgumentException(
            model + ": no field was changed; set some with toBuilder() before a patch");
      }
      checkFieldVersions(model, known);
      List<String> properties = new ArrayList<>();
      for (String name : model.changedFields()) {
        type.field(name).ifPresent(f -> properties.add(f.property()));
      }
      validate(model, properties, groups(known, false));
    }
    for (M model : models) {
      entities.add(outgoing(model, known, true));
    }
    return entities;
  }

  // A field the caller set but the store's version lacks fails; one merely read is dropped later.
  private void checkFieldVersions(M model, Optional<StoreVersion> known) {
    if (known.isEmpty()) {
      return;
    }
    for (String name : model.changedFields()) {
      type.field(name)
          .filter(field -> !field.versions().includes(known.get()))
          .ifPresent(
              field -> {
                throw new UnsupportedFeatureException(
                    type.resourceName()
                        + "."
                        + name
                        + " exists "
                        + field.versions()
                        + "; this store's version is "
                        + known.get(),
                    null);
              });
    }
  }

  private void checkModels(List<M> models) {
    Objects.requireNonNull(models, "models");
    if (models.isEmpty()) {
      throw new IllegalArgumentException("models: must not be empty");
    }
    models.forEach(m -> Objects.requireNonNull(m, "models: holds null"));
  }

  private Optional<StoreVersion> checkResource() {
    Optional<StoreVersion> known = version.get();
    known
        .filter(v -> !type.versions().includes(v))
        .ifPresent(
            v -> {
              throw new UnsupportedFeatureException(
                  type.resourceName()
                      + " exists "
                      + type.versions()
                      + "; this store's version is "
                      + v,
                  null);
            });
    return known;
  }

  // What is sent: never read-only fields or associations; in a patch only what was set; never a
  // field of another version (one the caller set was refused before).
  private Entity outgoing(M model, Optional<StoreVersion> known, boolean onlyChanged) {
    Entity entity = model.toEntity();
    Entity.Builder out = Entity.builder(entity.type());
    entity.value("id").map(String.class::cast).ifPresent(id -> out.set("id", id));
    for (String name : entity.fieldNames()) {
      if (name.equals("id") || (onlyChanged && !model.changedFields().contains(name))) {
        continue;
      }
      Optional<ModelType.Field> field = type.field(name);
      if (field.map(ModelType.Field::readOnly).orElse(false)) {
        continue;
      }
      if (known.isPresent() && field.isPresent() && !field.get().versions().includes(known.get())) {
        continue;
      }
      entity.value(name).ifPresent(value -> copy(out, name, value));
    }
    entity
        .associations()
        .forEach(
            (name, items) -> {
              boolean readOnly =
                  type.association(name).map(ModelType.Association::readOnly).orElse(false);
              boolean send =
                  !onlyChanged
                      || model.changedFields().contains(ModelType.ASSOCIATION_PREFIX + name);
              if (!readOnly && send) {
                out.association(name, items);
              }
            });
    return out.build();
  }

  private static void copy(Entity.Builder out, String name, Object value) {
    if (value instanceof String text) {
      out.set(name, text);
    } else {
      out.set(name, (io.github.prestashop4j.webservice.LocalizedText) value);
    }
  }

  private Class<?>[] groups(Optional<StoreVersion> known, boolean complete) {
    List<Class<?>> groups = new ArrayList<>(List.of(Default.class));
    boolean nine = known.map(v -> v.atLeast(9, 0)).orElse(false);
    if (complete) {
      groups.add(ModelGroups.Complete.class);
    }
    known.ifPresent(
        v -> {
          groups.add(nine ? ModelGroups.Since9.class : ModelGroups.Before9.class);
          if (complete) {
            groups.add(nine ? ModelGroups.CompleteSince9.class : ModelGroups.CompleteBefore9.class);
          }
        });
    return groups.toArray(Class<?>[]::new);
  }

  private void validate(M model, List<String> properties, Class<?>[] groups) {
    RequestValidator validator = Validation.validator();
    List<Violation> violations =
        properties == null
            ? validator.violations(model, groups)
            : validator.violations(model, properties, groups);
    if (!violations.isEmpty()) {
      throw new RequestValidationException(
          type.resourceName(), violations.stream().map(this::named).toList());
    }
  }

  // Violations name the field as the store spells it (email, id_default_group), not the Java one.
  private Violation named(Violation violation) {
    String name =
        type.fields().stream()
            .filter(f -> f.property().equals(violation.field()))
            .map(ModelType.Field::name)
            .findFirst()
            .orElse(violation.field());
    return new Violation(name, violation.rule(), violation.message());
  }
}
