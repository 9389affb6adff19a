package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.webservice.Filter;
import io.github.prestashop4j.webservice.ImageFile;
import io.github.prestashop4j.webservice.ImagePath;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.StoreVersion;
import io.github.prestashop4j.webservice.UnconfirmedWriteException;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Combination;
import io.github.prestashop4j.webservice.model.Model;
import io.github.prestashop4j.webservice.model.ModelResource;
import io.github.prestashop4j.webservice.model.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Imports a warehouse's catalogue into a store: creates or updates products by their {@code
 * reference}, maps categories, computes prices, sets combinations, stock and images, and activates
 * a reviewed set of products in one call.
 *
 * <pre>{@code
 * CatalogImport stockingUp = CatalogImport.builder(shop)
 *     .categories(CategoryMapping.builder().map("KITCHEN/MUGS", 10).alsoIn(2).build())
 *     .pricing(PricingStrategy.costPlusMargin(new BigDecimal("40"), RoundingRule.endingIn99()))
 *     .languages(1, 2)
 *     .build();
 * ImportReport report = stockingUp.run(items);          // new products are created inactive
 * stockingUp.activate(reviewedReferences);               // once the merchant has checked them
 * }</pre>
 *
 * <p><b>Create or update by reference.</b> The store is read first, by batches of references (one
 * request for the products, one for their combinations, one for their stock). A product the store
 * lacks is created, inactive unless {@link Builder#createActive(boolean)}; one it has is compared
 * on the fields the import owns (reference, names and descriptions in the import's languages,
 * price, wholesale price, default category and categories, weight, EAN-13, tax rules group when
 * set, each combination's fields, stock, whether it has images) and only what differs is written: a
 * PATCH of those fields on PrestaShop 8.0 and later, a PUT of the product as read on older stores.
 * A stock row that read found is written without being read again (the quantity patched, or the row
 * as read put); the row the store makes for a new product or combination is looked up first. The
 * changes are worked out once per item: a dry run reports exactly what a run writes. A re-run with
 * the same input writes nothing. Fields the import does not own (active, SEO fields, anything the
 * merchant edited) are left alone. Images are uploaded when the store has none for the product.
 *
 * <p><b>Failures.</b> One item's failure is recorded in its {@link ItemResult} and never stops the
 * others; the result lists the changes written before the failure ({@link ItemResult#written()}),
 * and the next run, finding the product by its reference, writes the rest. A write answered with a
 * server error ({@link UnconfirmedWriteException}) may have been applied: the import reads the
 * object back (a product by reference, a combination by product and reference, an update by
 * comparing again) and sends the write again at most once, and only if the read-back shows it did
 * not happen; so nothing is created twice.
 *
 * <p><b>Concurrency.</b> Items are processed at most {@link Builder#concurrency(int)} at a time
 * (default {@value #DEFAULT_CONCURRENCY}: stores are fragile), each run on its own threads, stopped
 * when the run returns. Immutable and thread-safe; run one import at a time per store.
 */
public final class CatalogImport {
  /** Default of {@link Builder#concurrency(int)}. */
  public static final int DEFAULT_CONCURRENCY = 2;

  /** Largest {@link Builder#concurrency(int)}. */
  public static final int MAX_CONCURRENCY = 16;

  /** Default of {@link Builder#batchSize(int)}. */
  public static final int DEFAULT_BATCH_SIZE = 50;

  private final WebserviceClient client;
  private final CategoryMapping mapping;
  private final PricingStrategy pricing;
  private final List<Integer> languages;
  private final int concurrency;
  private final int batchSize;
  private final boolean dryRun;
  private final boolean createActive;
  private final Long taxRulesGroup;
  private final ImageFetcher fetcher;

  private CatalogImport(Builder b) {
    this.client = b.client;
    this.mapping = b.mapping;
    this.pricing = b.pricing;
    this.languages = List.copyOf(b.languages);
    this.concurrency = b.concurrency;
    this.batchSize = b.batchSize;
    this.dryRun = b.dryRun;
    this.createActive = b.createActive;
    this.taxRulesGroup = b.taxRulesGroup;
    this.fetcher = b.fetcher;
  }

  /**
   * Starts an import into a store.
   *
   * @param client the store; the import does not close it
   * @return the builder
   */
  public static Builder builder(WebserviceClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Imports items: creates the products the store lacks, updates the ones that differ, leaves the
   * others alone. In a dry run, reads the store only and reports what would change.
   *
   * @param items the items; references must be unique (ignoring case), a repeated one fails
   * @return one result per item, in the same order, and the counts
   */
  public ImportReport run(List<CatalogItem> items) {
    Objects.requireNonNull(items, "items");
    items.forEach(i -> Objects.requireNonNull(i, "items: holds null"));
    ItemResult[] results = new ItemResult[items.size()];
    Map<String, Integer> first = new HashMap<>();
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Integer earlier = first.putIfAbsent(Snapshot.key(items.get(i).reference()), i);
      if (earlier == null) {
        todo.add(i);
      } else {
        results[i] =
            failed(
                items.get(i).reference(),
                null,
                List.of(),
                List.of(),
                new IllegalArgumentException(
                    "reference: "
                        + items.get(i).reference()
                        + " is also item "
                        + earlier
                        + " of the input (references are compared ignoring case)"));
      }
    }
    ExecutorService executor = executor("prestashop4j-import-");
    try {
      List<CompletableFuture<Void>> batches = new ArrayList<>();
      for (int from = 0; from < todo.size(); from += batchSize) {
        List<Integer> batch = todo.subList(from, Math.min(todo.size(), from + batchSize));
        List<String> references = batch.stream().map(i -> items.get(i).reference()).toList();
        batches.add(
            CompletableFuture.supplyAsync(() -> Snapshot.read(client, references), executor)
                .handle(
                    (snapshot, error) -> {
                      List<CompletableFuture<Void>> each = new ArrayList<>();
                      for (int index : batch) {
                        CatalogItem item = items.get(index);
                        if (snapshot == null) {
                          results[index] =
                              failed(item.reference(), null, List.of(), List.of(), unwrap(error));
                        } else {
                          each.add(
                              CompletableFuture.runAsync(
                                  () -> results[index] = process(item, snapshot), executor));
                        }
                      }
                      return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new));
                    })
                .thenCompose(Function.identity()));
      }
      CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
    } finally {
      executor.shutdown();
    }
    return new ImportReport(List.of(results), dryRun);
  }

  /**
   * Makes the products with these references active: reads them by batches, then sends one {@code
   * PATCH} for each batch's inactive products (PrestaShop 8.0 and later) or one {@code PUT} per
   * product (older stores). Products already active are left alone. In a dry run, only reads.
   *
   * @param references the reviewed products' references
   * @return what was activated, what already was, what was not found or is ambiguous
   * @throws io.github.prestashop4j.core.PrestaShopException if the store fails a read or a write; a
   *     write answered with a server error is checked and sent again at most once
   */
  public ActivationReport activate(Collection<String> references) {
    Objects.requireNonNull(references, "references");
    List<String> keys = new ArrayList<>(new LinkedHashSet<>(references));
    keys.forEach(r -> Checks.reference("references", r));
    return activate(keys, "reference", p -> p.reference().orElse(""), Snapshot::key);
  }

  /**
   * Makes the products with these ids active, as {@link #activate(Collection)} does.
   *
   * @param productIds the reviewed products' ids
   * @return what was activated (keyed by the id as text), what already was, what was not found
   */
  public ActivationReport activateIds(Collection<Long> productIds) {
    Objects.requireNonNull(productIds, "productIds");
    List<String> keys = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(productIds)) {
      if (id == null || id < 1) {
        throw new IllegalArgumentException("productIds: must be 1 or more (got " + id + ")");
      }
      keys.add(id.toString());
    }
    return activate(keys, "id", p -> p.id().map(String::valueOf).orElse(""), k -> k);
  }

  private ActivationReport activate(
      List<String> keys,
      String field,
      Function<Product, String> keyOf,
      Function<String, String> normalize) {
    Map<String, Long> activated = new LinkedHashMap<>();
    Map<String, Long> alreadyActive = new LinkedHashMap<>();
    List<String> notFound = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += batchSize) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + batchSize));
      Map<String, List<Product>> found = new HashMap<>();
      for (Product p : client.products().list(Query.where(field, Filter.in(batch))).items()) {
        found.computeIfAbsent(normalize.apply(keyOf.apply(p)), k -> new ArrayList<>()).add(p);
      }
      Map<String, Product> inactive = new LinkedHashMap<>();
      for (String key : batch) {
        List<Product> products = found.getOrDefault(normalize.apply(key), List.of());
        if (products.isEmpty()) {
          notFound.add(key);
        } else if (products.size() > 1) {
          ambiguous.add(key);
        } else if (products.get(0).active().orElse(false)) {
          alreadyActive.put(key, products.get(0).id().orElseThrow());
        } else {
          inactive.put(key, products.get(0));
        }
      }
      if (!dryRun && !inactive.isEmpty()) {
        activateAll(List.copyOf(inactive.values()));
      }
      inactive.forEach((key, p) -> activated.put(key, p.id().orElseThrow()));
    }
    return new ActivationReport(activated, alreadyActive, notFound, ambiguous, dryRun);
  }

  private void activateAll(List<Product> products) {
    List<Long> ids = products.stream().map(p -> p.id().orElseThrow()).toList();
    Supplier<Optional<List<Product>>> allActive =
        () -> {
          List<Product> now = client.products().list(Query.where("id", Filter.in(ids))).items();
          boolean done =
              now.size() == ids.size() && now.stream().allMatch(p -> p.active().orElse(false));
          return done ? Optional.of(now) : Optional.empty();
        };
    if (patchSupported()) {
      List<Product> patches =
          ids.stream().map(id -> Product.builder().id(id).active(true).build()).toList();
      confirmed(() -> client.products().patchAll(patches), allActive);
    } else {
      for (Product p : products) {
        Product whole = forPut(p).active(true).build();
        long id = p.id().orElseThrow();
        confirmed(
            () -> client.products().replace(whole),
            () -> client.products().find(id).filter(now -> now.active().orElse(false)));
      }
    }
  }

  // ---- one item

  private ItemResult process(CatalogItem item, Snapshot snapshot) {
    String reference = item.reference();
    List<FieldChange> planned = List.of();
    Progress progress = new Progress();
    try {
      Desired desired = new Desired(item, mapping, pricing, languages, taxRulesGroup);
      List<Product> found = snapshot.products(reference);
      if (found.size() > 1) {
        throw new IllegalStateException(
            "reference "
                + reference
                + ": "
                + found.size()
                + " products have it in the store (ids "
                + found.stream().map(p -> p.id().orElse(0L)).toList()
                + "); resolve the duplicates first");
      }
      Product existing = found.isEmpty() ? null : found.get(0);
      progress.productId = existing == null ? null : existing.id().orElseThrow();
      ItemPlan plan = new ItemPlan(desired, existing, snapshot, createActive);
      planned = plan.changes();
      ItemResult.Status status =
          existing == null ? ItemResult.Status.CREATED : ItemResult.Status.UPDATED;
      if (planned.isEmpty()) {
        status = ItemResult.Status.UNCHANGED;
      } else if (!dryRun) {
        write(plan, progress);
      }
      return new ItemResult(reference, status, progress.productId, planned, progress.written, null);
    } catch (RuntimeException e) {
      return failed(reference, progress.productId, planned, progress.written, e);
    }
  }

  /** What an item's run has written so far, kept for its result if a later step fails. */
  private static final class Progress {
    Long productId;
    final List<FieldChange> written = new ArrayList<>();
  }

  // ---- writes, in the plan's order, each checked after a server error before being sent again

  private void write(ItemPlan plan, Progress progress) {
    Desired desired = plan.desired;
    long id;
    if (plan.existing == null) {
      id = createProduct(desired, plan.productFields).id().orElseThrow();
    } else {
      id = plan.existing.id().orElseThrow();
      if (!plan.product.isEmpty()) {
        updateProduct(desired, plan.existing, plan.productFields);
      }
    }
    progress.productId = id;
    progress.written.addAll(plan.product);
    for (ItemPlan.VariantPlan v : plan.variants) {
      long combinationId;
      if (v.existing() == null) {
        combinationId = createCombination(desired, v, id).id().orElseThrow();
      } else {
        combinationId = v.existing().id().orElseThrow();
        if (!v.fields().isEmpty()) {
          updateCombination(desired, v);
        }
      }
      progress.written.addAll(v.fields());
      setStock(id, combinationId, v.stock(), progress);
    }
    setStock(id, 0, plan.stock, progress);
    if (plan.images != null) {
      uploadImages(plan, id, progress);
    }
  }

  private Product createProduct(Desired desired, Set<String> fields) {
    Product product = desired.newProduct(fields, createActive);
    String reference = desired.item.reference();
    return confirmed(
        () -> client.products().create(product),
        () ->
            atMostOne(
                client.products().list(Query.where("reference", Filter.equalTo(reference))).items(),
                n -> "reference " + reference + ": " + n + " products have it after the create"));
  }

  private void updateProduct(Desired desired, Product existing, Set<String> fields) {
    long id = existing.id().orElseThrow();
    Product change =
        desired
            .apply(patchSupported() ? Product.builder().id(id) : forPut(existing), fields)
            .build();
    confirmed(
        () -> save(client.products(), change),
        () -> client.products().find(id).filter(now -> desired.diff(now).isEmpty()));
  }

  private Combination createCombination(Desired desired, ItemPlan.VariantPlan v, long productId) {
    Combination combination = desired.newCombination(v.variant(), v.fieldNames(), productId);
    String reference = v.variant().source().reference();
    Query sameReference =
        Query.builder()
            .filter("id_product", Filter.equalTo(productId))
            .filter("reference", Filter.equalTo(reference))
            .build();
    return confirmed(
        () -> client.combinations().create(combination),
        () ->
            atMostOne(
                client.combinations().list(sameReference).items(),
                n ->
                    "combination reference "
                        + reference
                        + ": "
                        + n
                        + " combinations of product "
                        + productId
                        + " have it after the create"));
  }

  private void updateCombination(Desired desired, ItemPlan.VariantPlan v) {
    long id = v.existing().id().orElseThrow();
    Combination change =
        desired
            .apply(
                patchSupported() ? Combination.builder().id(id) : v.existing().toBuilder(),
                v.variant(),
                v.fieldNames())
            .build();
    confirmed(
        () -> save(client.combinations(), change),
        () ->
            client.combinations().find(id).filter(now -> desired.diff(v.variant(), now).isEmpty()));
  }

  // The snapshot's row is written as it was read; without one (a row the store made for a new
  // product or combination), setStockQuantity finds it first.
  private void setStock(
      long productId, long combinationId, ItemPlan.StockPlan stock, Progress progress) {
    if (stock == null) {
      return;
    }
    long quantity = stock.quantity();
    Query rows =
        Query.builder()
            .filter("id_product", Filter.equalTo(productId))
            .filter("id_product_attribute", Filter.equalTo(combinationId))
            .build();
    confirmed(
        () ->
            stock.row() == null
                ? client.setStockQuantity(productId, combinationId, quantity, Query.all())
                : client.setStockQuantity(stock.row(), quantity, Query.all()),
        () ->
            client.stockAvailables().list(rows).items().stream()
                .filter(r -> r.quantity().orElse(0L) == quantity)
                .findFirst());
    progress.written.add(stock.change());
  }

  // Every image is fetched before the first upload: a product gets all its images or none, so a
  // failed fetch leaves it without images and the next run uploads them all.
  private void uploadImages(ItemPlan plan, long productId, Progress progress) {
    List<ImageFile> files = plan.desired.item.images().stream().map(this::fetch).toList();
    int count = 0;
    try {
      for (ImageFile file : files) {
        int before = count;
        confirmed(
            () -> client.images().upload(ImagePath.product(productId), file),
            () -> {
              List<Long> now = client.images().productImageIds(productId);
              return now.size() > before
                  ? Optional.of(ImagePath.product(productId, now.get(now.size() - 1)))
                  : Optional.empty();
            });
        count++;
      }
    } finally {
      if (count > 0) {
        progress.written.add(
            new FieldChange("images", plan.images.before(), Integer.toString(count)));
      }
    }
  }

  private ImageFile fetch(CatalogImage image) {
    if (image.url().isPresent()) {
      try {
        return Objects.requireNonNull(
            fetcher.fetch(image.url().get()), "the image fetcher returned null");
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
    return ImageFile.of(image.bytes().orElseThrow(), image.filename().orElseThrow());
  }

  /**
   * Sends a write; after an {@link UnconfirmedWriteException}, reads back whether it happened and
   * sends it again only if not, at most once.
   */
  static <T> T confirmed(Supplier<T> write, Supplier<Optional<T>> readBack) {
    try {
      return write.get();
    } catch (UnconfirmedWriteException first) {
      Optional<T> done = readBack.get();
      if (done.isPresent()) {
        return done.get();
      }
      try {
        return write.get();
      } catch (UnconfirmedWriteException second) {
        second.addSuppressed(first);
        return readBack.get().orElseThrow(() -> second);
      }
    }
  }

  // A PUT replaces the whole product: start from what the store sent, without the field whose
  // setter fails with PHP warnings (a 500) when sent back; read-only fields are dropped on sending.
  private static Product.Builder forPut(Product existing) {
    return Product.TYPE.decode(existing.toEntity().without("position_in_category")).toBuilder();
  }

  // PATCH of the fields set on 8.0 and later; on older stores PUT of the object as read with them.
  private <M extends Model> M save(ModelResource<M> resource, M change) {
    return patchSupported() ? resource.patch(change) : resource.replace(change);
  }

  // A read-back by reference that finds several objects cannot tell which one the write made.
  private static <T> Optional<T> atMostOne(List<T> found, IntFunction<String> several) {
    if (found.size() > 1) {
      throw new IllegalStateException(several.apply(found.size()));
    }
    return found.stream().findFirst();
  }

  // Known once the store answered: the snapshot's reads come before any write.
  private boolean patchSupported() {
    return client.storeVersion().map(StoreVersion::supportsPatch).orElse(false);
  }

  private static ItemResult failed(
      String reference,
      Long productId,
      List<FieldChange> planned,
      List<FieldChange> written,
      Throwable error) {
    Exception cause =
        error instanceof Exception e ? e : new IllegalStateException(error.getMessage(), error);
    if (cause instanceof UncheckedIOException io) {
      cause = io.getCause();
    }
    return new ItemResult(reference, ItemResult.Status.FAILED, productId, planned, written, cause);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  private ExecutorService executor(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        concurrency,
        task -> {
          Thread thread = new Thread(task, prefix + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public String toString() {
    return "CatalogImport[concurrency="
        + concurrency
        + ", languages="
        + languages
        + (dryRun ? ", dry run" : "")
        + "]";
  }

  /** Builds a {@link CatalogImport}; not thread-safe. */
  public static final class Builder {
    private final WebserviceClient client;
    private CategoryMapping mapping;
    private PricingStrategy pricing;
    private final List<Integer> languages = new ArrayList<>();
    private int concurrency = DEFAULT_CONCURRENCY;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private boolean dryRun;
    private boolean createActive;
    private Long taxRulesGroup;
    private ImageFetcher fetcher;

    private Builder(WebserviceClient client) {
      this.client = client;
    }

    /**
     * Sets the category mapping; required.
     *
     * @param mapping warehouse categories to the shop's
     * @return this builder
     */
    public Builder categories(CategoryMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Sets how prices are computed from costs; required.
     *
     * @param pricing the strategy
     * @return this builder
     */
    public Builder pricing(PricingStrategy pricing) {
      this.pricing = Objects.requireNonNull(pricing, "pricing");
      return this;
    }

    /**
     * Sets the store's languages the import writes names and descriptions in; required. Every item
     * needs a name in each; other languages are neither compared nor written.
     *
     * @param languageIds the language ids, 1 or more each
     * @return this builder
     */
    public Builder languages(int... languageIds) {
      languages.clear();
      for (int id : languageIds) {
        int checked = Checks.languageId("languages", id);
        if (!languages.contains(checked)) {
          languages.add(checked);
        }
      }
      return this;
    }

    /**
     * Sets how many items are processed at a time. Default {@value #DEFAULT_CONCURRENCY}.
     *
     * @param concurrency 1 to {@value #MAX_CONCURRENCY}
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
        throw new IllegalArgumentException(
            "concurrency: must be between 1 and " + MAX_CONCURRENCY + " (got " + concurrency + ")");
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Sets how many references are looked up per request. Default {@value #DEFAULT_BATCH_SIZE}.
     *
     * @param batchSize 1 to 100 (the references travel in the URL)
     * @return this builder
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > 100) {
        throw new IllegalArgumentException(
            "batchSize: must be between 1 and 100 (got " + batchSize + ")");
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Makes {@link #run(List)} and activation read only and report what they would change. Default
     * {@code false}.
     *
     * @param dryRun {@code true} for a dry run
     * @return this builder
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Creates new products active. Default {@code false}: created inactive, for the merchant to
     * check, then {@link CatalogImport#activate(Collection)}. Updates never change {@code active}.
     *
     * @param createActive {@code true} to create them active
     * @return this builder
     */
    public Builder createActive(boolean createActive) {
      this.createActive = createActive;
      return this;
    }

    /**
     * Sets the tax rules group ({@code id_tax_rules_group}) of every product, compared and written
     * like the other owned fields. Default: not set (the store's default on create, then left
     * alone).
     *
     * @param taxRulesGroupId the group id, 0 for no tax
     * @return this builder
     */
    public Builder taxRulesGroup(long taxRulesGroupId) {
      if (taxRulesGroupId < 0) {
        throw new IllegalArgumentException(
            "taxRulesGroup: must be 0 or more (got " + taxRulesGroupId + ")");
      }
      this.taxRulesGroup = taxRulesGroupId;
      return this;
    }

    /**
     * Sets how images given by address are fetched. Default {@link ImageFetcher#http()}.
     *
     * @param fetcher the fetcher
     * @return this builder
     */
    public Builder imageFetcher(ImageFetcher fetcher) {
      this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
      return this;
    }

    /**
     * Builds the import.
     *
     * @return the import
     * @throws IllegalStateException naming the missing setting: categories, pricing or languages
     */
    public CatalogImport build() {
      if (mapping == null) {
        throw new IllegalStateException("categories: required (a CategoryMapping)");
      }
      if (pricing == null) {
        throw new IllegalStateException("pricing: required (a PricingStrategy)");
      }
      if (languages.isEmpty()) {
        throw new IllegalStateException("languages: required (the language ids to write)");
      }
      if (fetcher == null) {
        fetcher = ImageFetcher.http();
      }
      return new CatalogImport(this);
    }
  }
}
