package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.webservice.model.Combination;
import io.github.prestashop4j.webservice.model.Product;
import io.github.prestashop4j.webservice.model.StockAvailable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one item changes in the store, worked out once from the item and the snapshot: a dry run
 * reports it, a run writes it step by step in the same order, and a failed item's result names the
 * steps that were written. A product the snapshot lacks is planned whole (every owned field, {@code
 * active}, every combination).
 */
final class ItemPlan {
  final Desired desired;

  /** The product as read, {@code null} when it is to be created. */
  final Product existing;

  /** The product's changed fields, as reported ({@code active} too on a create). */
  final List<FieldChange> product;

  /** The names {@link Desired#apply(Product.Builder, Set)} writes. */
  final Set<String> productFields;

  final List<VariantPlan> variants = new ArrayList<>();

  /** The product's own stock (combination 0), {@code null} if left alone. */
  final StockPlan stock;

  /** The images to upload, {@code null} if none. */
  final FieldChange images;

  /**
   * One combination: the one the store has ({@code null}: to create), its changed fields, and its
   * stock ({@code null} if left alone).
   */
  record VariantPlan(
      Desired.Variant variant,
      Combination existing,
      List<FieldChange> fields,
      Set<String> fieldNames,
      StockPlan stock) {}

  /**
   * A stock quantity to write, with the stock_available row when the snapshot holds exactly one
   * (written directly), {@code null} otherwise (looked up when written: a new product's or new
   * combination's row is made by the store).
   */
  record StockPlan(FieldChange change, long quantity, StockAvailable row) {}

  ItemPlan(Desired desired, Product existing, Snapshot snapshot, boolean createActive) {
    this.desired = desired;
    this.existing = existing;
    CatalogItem item = desired.item;
    List<FieldChange> fields = desired.diff(existing);
    this.productFields = Desired.fieldNames(fields);
    if (existing == null) {
      fields = new ArrayList<>(fields);
      fields.add(new FieldChange("active", "", createActive ? "1" : "0"));
    }
    this.product = List.copyOf(fields);
    long id = existing == null ? 0 : existing.id().orElseThrow();
    for (Desired.Variant v : desired.variants) {
      Combination have = existing == null ? null : matching(snapshot.combinations(id), v);
      List<FieldChange> diff = desired.diff(v, have);
      List<StockAvailable> rows = have == null ? null : snapshot.stock(id, have.id().orElseThrow());
      StockPlan stock =
          stock(
              "combinations[" + v.source().reference() + "].stock",
              rows,
              v.source().quantity().orElse(null));
      variants.add(new VariantPlan(v, have, diff, Desired.fieldNames(diff), stock));
    }
    this.stock =
        stock(
            "stock", existing == null ? null : snapshot.stock(id, 0), item.quantity().orElse(null));
    boolean upload = !item.images().isEmpty() && (existing == null || existing.images().isEmpty());
    this.images =
        upload
            ? new FieldChange(
                "images", existing == null ? "" : "0", Integer.toString(item.images().size()))
            : null;
  }

  /** Every change, in the order they are written. */
  List<FieldChange> changes() {
    List<FieldChange> out = new ArrayList<>(product);
    for (VariantPlan v : variants) {
      out.addAll(v.fields());
      if (v.stock() != null) {
        out.add(v.stock().change());
      }
    }
    if (stock != null) {
      out.add(stock.change());
    }
    if (images != null) {
      out.add(images);
    }
    return out;
  }

  private static Combination matching(List<Combination> combinations, Desired.Variant v) {
    String key = Snapshot.key(v.source().reference());
    return combinations.stream()
        .filter(c -> Snapshot.key(c.reference().orElse("")).equals(key))
        .findFirst()
        .orElse(null);
  }

  /**
   * The stock to write: {@code rows} are the snapshot's for an object the store has, {@code null}
   * for one to create (the store makes its row at 0, so only another quantity is written).
   */
  private static StockPlan stock(String field, List<StockAvailable> rows, Long quantity) {
    if (quantity == null) {
      return null;
    }
    if (rows == null) {
      return quantity == 0
          ? null
          : new StockPlan(new FieldChange(field, "", quantity.toString()), quantity, null);
    }
    long wanted = quantity;
    if (!rows.isEmpty() && rows.stream().allMatch(r -> r.quantity().orElse(0L) == wanted)) {
      return null;
    }
    String before =
        String.join(
            ",",
            rows.stream()
                .map(r -> r.quantity().map(String::valueOf).orElse(""))
                .distinct()
                .toList());
    return new StockPlan(
        new FieldChange(field, before, quantity.toString()),
        wanted,
        rows.size() == 1 ? rows.get(0) : null);
  }
}
