package io.github.prestashop4j.webservice;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.paging.AutoPager;
import io.github.prestashop4j.core.paging.Page;
import io.github.prestashop4j.webservice.internal.Document;
import io.github.prestashop4j.webservice.internal.Exchange;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The operations on one Webservice resource, untyped: list, stream, get, exists, create, replace,
 * patch and delete, singly or several at once.
 *
 * <p>Obtained from {@link WebserviceClient#resource(String)}. Immutable and thread-safe; {@link
 * #withOptions(RequestOptions)} gives a copy whose calls use other timeouts, retries or headers.
 */
public final class WebserviceResource {
  /** Page size of {@link #stream(Query)} when the query sets none. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final String name;
  private final Exchange exchange;
  private final RequestOptions options;

  WebserviceResource(String name, Exchange exchange) {
    this(name, exchange, RequestOptions.defaults());
  }

  private WebserviceResource(String name, Exchange exchange, RequestOptions options) {
    this.name = name;
    this.exchange = exchange;
    this.options = options;
  }

  /**
   * Returns the resource name.
   *
   * @return the name, for example {@code products}
   */
  public String name() {
    return name;
  }

  /**
   * Returns a copy whose calls use other options.
   *
   * @param options timeouts, retry policy and headers for each call
   * @return the copy
   */
  public WebserviceResource withOptions(RequestOptions options) {
    return new WebserviceResource(name, exchange, Objects.requireNonNull(options, "options"));
  }

  /**
   * Lists the resource in one request: without {@code display}, each item holds only its id.
   *
   * @return the items
   */
  public Page<Entity> list() {
    return list(Query.all());
  }

  /**
   * Lists the resource in one request. When the query has a {@link Query.Builder#limit(long, int)
   * limit} and the page is full, {@link Page#nextPage()} reads the following page.
   *
   * @param query filters, display, sort, limit and the other list parameters
   * @return the items
   * @throws InvalidRequestException if the store refuses a parameter (PrestaShop codes 32 to 39,
   *     whatever the HTTP status)
   */
  public Page<Entity> list(Query query) {
    Objects.requireNonNull(query, "query");
    List<Entity> items = exchange.list(name, query, null, options).document().entities();
    Optional<Limit> limit = query.limit();
    if (limit.isEmpty() || items.size() < limit.get().count()) {
      return Page.last(items);
    }
    Limit current = limit.get();
    return Page.of(
        items, () -> list(query.withLimit(current.offset() + current.count(), current.count())));
  }

  /**
   * Lists in one request with the store's {@code Content-Sha1}, to ask later whether the list
   * changed.
   *
   * @param query the list parameters
   * @return the items and their SHA-1
   */
  public Versioned<List<Entity>> listVersioned(Query query) {
    Exchange.Reply reply = exchange.list(name, query, null, options);
    return new Versioned<>(reply.document().entities(), reply.contentSha1());
  }

  /**
   * Lists in one request only if the answer changed since the read that gave {@code knownSha1} (304
   * from PrestaShop 8.0; older stores always answer in full). A cheap way to poll a small list such
   * as order states.
   *
   * @param query the parameters of the earlier read
   * @param knownSha1 the {@link Versioned#contentSha1()} of the earlier read
   * @return the new items and SHA-1, or empty if unchanged
   */
  public Optional<Versioned<List<Entity>>> listIfChanged(Query query, String knownSha1) {
    Objects.requireNonNull(knownSha1, "knownSha1");
    Exchange.Reply reply = exchange.list(name, query, knownSha1, options);
    if (reply.notModified()) {
      return Optional.empty();
    }
    return Optional.of(new Versioned<>(reply.document().entities(), reply.contentSha1()));
  }

  /**
   * Reads every item lazily, one page at a time: a page of {@link Query.Builder#pageSize(int)}
   * items (default {@value #DEFAULT_PAGE_SIZE}) is fetched when the previous one is used up, so
   * memory stays constant whatever the store's size. Pages are sorted by the query's keys then by
   * {@code id}, so that ties keep one order from page to page. A short page ends the listing (the
   * Webservice gives no total). A query {@code limit} bounds the whole stream (offset and count).
   *
   * <p>Items changed while paging may be seen twice or missed; use a change feed for sync jobs.
   *
   * @param query filters, display, sort and page size
   * @return a lazy iterable; each iteration starts from the first page
   */
  public AutoPager<Entity> iterate(Query query) {
    Objects.requireNonNull(query, "query");
    Query sorted = query.withStableOrder();
    int pageSize = query.pageSize().orElse(DEFAULT_PAGE_SIZE);
    long start = query.limit().map(Limit::offset).orElse(0L);
    long total = query.limit().map(l -> (long) l.count()).orElse(Long.MAX_VALUE);
    return AutoPager.of(() -> page(sorted, start, total, pageSize));
  }

  /**
   * Same as {@link #iterate(Query)}, as a stream; close it to stop fetching.
   *
   * @param query filters, display, sort and page size
   * @return a lazy stream
   */
  public Stream<Entity> stream(Query query) {
    return iterate(query).stream();
  }

  private Page<Entity> page(Query query, long offset, long remaining, int pageSize) {
    int count = (int) Math.min(pageSize, remaining);
    List<Entity> items =
        exchange.list(name, query.withLimit(offset, count), null, options).document().entities();
    long left = remaining - items.size();
    if (items.size() < count || left <= 0) {
      return Page.last(items);
    }
    return Page.of(items, () -> page(query, offset + items.size(), left, pageSize));
  }

  /**
   * Reads one object with all its fields and associations.
   *
   * @param id the id
   * @return the object
   * @throws NotFoundException if there is none (PrestaShop answers 404 with an empty body)
   */
  public Entity get(long id) {
    return get(id, Query.all());
  }

  /**
   * Reads one object, with parameters such as {@code display}, {@code language} or a shop.
   *
   * @param id the id
   * @param query the parameters: display, language, shop, price fields, raw ones
   * @return the object
   * @throws NotFoundException if there is none
   * @throws IllegalArgumentException if the query filters, sorts or limits, which apply to lists
   */
  public Entity get(long id, Query query) {
    return single(read(id, query, null).document(), id);
  }

  private Exchange.Reply read(long id, Query query, String knownSha1) {
    if (!query.filters().isEmpty() || !query.sorts().isEmpty() || query.limit().isPresent()) {
      throw new IllegalArgumentException(
          "query: filters, sort and limit select among a list; they do not apply to one object"
              + " (got "
              + query
              + ")");
    }
    return exchange.get(name, checkId(id), query, knownSha1, options);
  }

  /**
   * Reads one object if it exists.
   *
   * @param id the id
   * @return the object, empty if the store answered 404
   */
  public Optional<Entity> find(long id) {
    try {
      return Optional.of(get(id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads one object with the store's {@code Content-Sha1}, to ask later whether it changed.
   *
   * @param id the id
   * @param query the parameters
   * @return the object and its SHA-1
   * @throws NotFoundException if there is none
   */
  public Versioned<Entity> getVersioned(long id, Query query) {
    Exchange.Reply reply = read(id, query, null);
    return new Versioned<>(single(reply.document(), id), reply.contentSha1());
  }

  /**
   * Reads one object only if it changed since it was read with {@code knownSha1}: sends {@code
   * Local-Content-Sha1}, which PrestaShop 8.0 and later answer with 304 when nothing changed (older
   * stores always send the object). Use the same query (and format) as the read that gave the
   * SHA-1.
   *
   * @param id the id
   * @param knownSha1 the {@link Versioned#contentSha1()} of the earlier read
   * @param query the parameters of the earlier read
   * @return the new object and SHA-1, or empty if unchanged
   * @throws NotFoundException if there is none any more
   */
  public Optional<Versioned<Entity>> getIfChanged(long id, String knownSha1, Query query) {
    Objects.requireNonNull(knownSha1, "knownSha1");
    Exchange.Reply reply = read(id, query, knownSha1);
    if (reply.notModified()) {
      return Optional.empty();
    }
    return Optional.of(new Versioned<>(single(reply.document(), id), reply.contentSha1()));
  }

  /**
   * Tells whether an object exists ({@code HEAD}).
   *
   * @param id the id
   * @return {@code true} if the store answered 200, {@code false} for 404
   */
  public boolean exists(long id) {
    return exists(id, Query.all());
  }

  /**
   * Tells whether an object exists in a context, for example a shop ({@code HEAD}).
   *
   * @param id the id
   * @param query the parameters, typically a shop context
   * @return {@code true} if the store answered 200, {@code false} for 404
   */
  public boolean exists(long id, Query query) {
    return exchange.exists(name, checkId(id), query, options);
  }

  /**
   * Reads the empty template of this resource ({@code ?schema=blank}, in XML): every writable
   * field, empty, ready to fill for a create.
   *
   * @return the template
   */
  public Entity blankSchema() {
    return single(exchange.schema(name, "blank", options), 0);
  }

  /**
   * Reads how the store describes this resource: {@code ?schema=synopsis} gives every field with
   * its rules (required, maximum size, format, read-only, multilingual), {@code ?schema=blank} the
   * writable fields only. Always in XML: the JSON form of schemas loses the rules.
   *
   * @param kind which schema
   * @return the description
   * @throws io.github.prestashop4j.core.DecodeException if the answer is not a schema
   */
  public ResourceSchema schema(SchemaKind kind) {
    Objects.requireNonNull(kind, "kind");
    return ResourceSchema.of(
        kind, name, exchange.schemaTree(name, kind.parameter(), options).nodes());
  }

  /**
   * Creates an object ({@code POST}, answered with 201 and the stored object).
   *
   * <p>A 400 with code 86 (unknown association) comes after the object was created: PrestaShop
   * applies associations after saving. A 5xx answer is an {@link UnconfirmedWriteException}.
   *
   * @param entity the object, without {@code id}
   * @return the stored object, with its new id
   */
  public Entity create(Entity entity) {
    return create(entity, Query.all());
  }

  /**
   * Creates an object with parameters, for example a shop ({@code id_shop}) or {@code sendemail=1}
   * for order histories through {@link Query.Builder#raw(String, String)}.
   *
   * @param entity the object, without {@code id}
   * @param query the parameters
   * @return the stored object
   */
  public Entity create(Entity entity, Query query) {
    return first(createAll(List.of(entity), query));
  }

  /**
   * Creates several objects in one request: the Webservice accepts several under one root, but not
   * in a transaction, so on an error some may have been created.
   *
   * @param entities the objects, without {@code id}
   * @return the stored objects, as the store answered them
   */
  public List<Entity> createAll(List<Entity> entities) {
    return createAll(entities, Query.all());
  }

  /**
   * Creates several objects in one request, with parameters.
   *
   * @param entities the objects
   * @param query the parameters
   * @return the stored objects
   */
  public List<Entity> createAll(List<Entity> entities, Query query) {
    for (Entity entity : checkEntities(entities)) {
      if (entity.id().isPresent()) {
        throw new IllegalArgumentException(
            "entity "
                + entity
                + ": must not carry an id when created (PrestaShop refuses it with code 91)");
      }
    }
    return exchange.write(name, "POST", null, entities, query, options).entities();
  }

  /**
   * Replaces an object ({@code PUT}): fields absent from the entity are emptied on the store, so
   * send a complete object, and never read-only fields such as products' {@code manufacturer_name}
   * and {@code quantity} (PrestaShop answers 400 code 93).
   *
   * @param entity the object, with its {@code id}
   * @return the stored object
   */
  public Entity replace(Entity entity) {
    return replace(entity, Query.all());
  }

  /**
   * Replaces an object, with parameters such as a shop.
   *
   * @param entity the object, with its {@code id}
   * @param query the parameters
   * @return the stored object
   */
  public Entity replace(Entity entity, Query query) {
    return first(
        exchange.write(name, "PUT", idOf(entity), List.of(entity), query, options).entities());
  }

  /**
   * Replaces several objects in one request (each carries its id).
   *
   * @param entities the objects
   * @return the stored objects
   */
  public List<Entity> replaceAll(List<Entity> entities) {
    return replaceAll(entities, Query.all());
  }

  /**
   * Replaces several objects in one request, with parameters such as a shop.
   *
   * @param entities the objects, each with its id
   * @param query the parameters
   * @return the stored objects
   */
  public List<Entity> replaceAll(List<Entity> entities, Query query) {
    checkEntities(entities).forEach(WebserviceResource::idOf);
    return exchange.write(name, "PUT", null, entities, query, options).entities();
  }

  /**
   * Changes some fields of an object ({@code PATCH}, PrestaShop 8.0 and later): send the {@code id}
   * and the fields to change; the others are kept.
   *
   * @param entity the id and the changed fields
   * @return the stored object
   * @throws UnsupportedFeatureException if the store is older than 8.0
   */
  public Entity patch(Entity entity) {
    return patch(entity, Query.all());
  }

  /**
   * Changes some fields of an object, with parameters such as a shop.
   *
   * @param entity the id and the changed fields
   * @param query the parameters
   * @return the stored object
   * @throws UnsupportedFeatureException if the store is older than 8.0
   */
  public Entity patch(Entity entity, Query query) {
    return first(patch(idOf(entity), List.of(entity), query));
  }

  /**
   * Changes fields of several objects in one request (each carries its id).
   *
   * @param entities the objects
   * @return the stored objects
   * @throws UnsupportedFeatureException if the store is older than 8.0
   */
  public List<Entity> patchAll(List<Entity> entities) {
    return patchAll(entities, Query.all());
  }

  /**
   * Changes fields of several objects in one request, with parameters such as a shop.
   *
   * @param entities the objects, each with its id
   * @param query the parameters
   * @return the stored objects
   * @throws UnsupportedFeatureException if the store is older than 8.0
   */
  public List<Entity> patchAll(List<Entity> entities, Query query) {
    checkEntities(entities).forEach(WebserviceResource::idOf);
    return patch(null, entities, query);
  }

  private List<Entity> patch(Long id, List<Entity> entities, Query query) {
    exchange
        .storeVersion()
        .filter(version -> !version.supportsPatch())
        .ifPresent(
            version -> {
              throw new UnsupportedFeatureException(patchUnsupported(version.text()), null);
            });
    try {
      return exchange.write(name, "PATCH", id, entities, query, options).entities();
    } catch (InvalidRequestException e) {
      if (e.statusCode() == 405 && e.hasErrorCode(23)) {
        throw new UnsupportedFeatureException(
            patchUnsupported(exchange.storeVersion().map(StoreVersion::text).orElse("unknown")), e);
      }
      throw e;
    }
  }

  private static String patchUnsupported(String version) {
    return "PATCH needs PrestaShop 8.0 or later; this store's version is "
        + version
        + ": read the object and replace() it instead";
  }

  /**
   * Deletes an object.
   *
   * @param id the id
   * @throws NotFoundException if there is none (code 87)
   */
  public void delete(long id) {
    delete(id, Query.all());
  }

  /**
   * Deletes an object, with parameters such as a shop.
   *
   * @param id the id
   * @param query the parameters
   * @throws NotFoundException if there is none (code 87)
   */
  public void delete(long id, Query query) {
    exchange.delete(name, checkId(id), null, query, options);
  }

  /**
   * Deletes several objects in one request ({@code ?id=[1,2,3]}). If any id does not exist, the
   * store deletes none and answers 404 code 87.
   *
   * @param ids the ids
   * @throws NotFoundException if an id does not exist
   */
  public void deleteAll(Collection<Long> ids) {
    deleteAll(ids, Query.all());
  }

  /**
   * Deletes several objects in one request, with parameters such as a shop.
   *
   * @param ids the ids
   * @param query the parameters
   * @throws NotFoundException if an id does not exist
   */
  public void deleteAll(Collection<Long> ids, Query query) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids: must not be empty");
    }
    ids.forEach(WebserviceResource::checkId);
    String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    exchange.delete(name, null, idList, query, options);
  }

  private static long checkId(long id) {
    if (id < 1) {
      throw new IllegalArgumentException("id: must be 1 or more (got " + id + ")");
    }
    return id;
  }

  private static long idOf(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    return checkId(
        entity
            .id()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "entity "
                            + entity
                            + ": needs its id (PrestaShop reads the id from the body, code 90)")));
  }

  private static List<Entity> checkEntities(List<Entity> entities) {
    Objects.requireNonNull(entities, "entities");
    if (entities.isEmpty()) {
      throw new IllegalArgumentException("entities: must not be empty");
    }
    entities.forEach(e -> Objects.requireNonNull(e, "entities: holds null"));
    return entities;
  }

  private Entity single(Document document, long id) {
    List<Entity> entities = document.entities();
    if (entities.isEmpty()) {
      throw new DecodeException(
          "GET " + name + (id > 0 ? "/" + id : "") + ": the store answered no object", null);
    }
    return entities.get(0);
  }

  private Entity first(List<Entity> entities) {
    if (entities.isEmpty()) {
      throw new DecodeException(
          name + ": the store confirmed the write without sending the object back", null);
    }
    return entities.get(0);
  }

  @Override
  public String toString() {
    return "WebserviceResource[" + name + "]";
  }
}
