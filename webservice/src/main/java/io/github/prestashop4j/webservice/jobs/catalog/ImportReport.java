package io.github.prestashop4j.webservice.jobs.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one {@link CatalogImport#run(List)}: one {@link ItemResult} per item, in the
 * input's order, and the counts. Immutable.
 */
public final class ImportReport {
  private final List<ItemResult> items;
  private final boolean dryRun;
  private final Map<ItemResult.Status, Integer> counts = new EnumMap<>(ItemResult.Status.class);

  ImportReport(List<ItemResult> items, boolean dryRun) {
    this.items = List.copyOf(items);
    this.dryRun = dryRun;
    for (ItemResult.Status status : ItemResult.Status.values()) {
      counts.put(status, 0);
    }
    for (ItemResult item : this.items) {
      counts.merge(item.status(), 1, Integer::sum);
    }
  }

  /**
   * Returns the results, one per item, in the input's order.
   *
   * @return the results
   */
  public List<ItemResult> items() {
    return items;
  }

  /**
   * Returns the result of one item.
   *
   * @param reference the item's reference
   * @return the result
   * @throws IllegalArgumentException if no item has that reference
   */
  public ItemResult item(String reference) {
    Objects.requireNonNull(reference, "reference");
    return items.stream()
        .filter(i -> i.reference().equals(reference))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("reference: no item " + reference));
  }

  /**
   * Returns whether this was a dry run: nothing was written, and the results say what would be.
   *
   * @return {@code true} for a dry run
   */
  public boolean dryRun() {
    return dryRun;
  }

  /**
   * Returns how many items ended with a status.
   *
   * @param status the status
   * @return the count
   */
  public int count(ItemResult.Status status) {
    return counts.get(Objects.requireNonNull(status, "status"));
  }

  /**
   * Returns the items that failed.
   *
   * @return the failed results, in the input's order
   */
  public List<ItemResult> failures() {
    return items.stream().filter(i -> i.status() == ItemResult.Status.FAILED).toList();
  }

  /**
   * Returns whether no item failed.
   *
   * @return {@code true} if every item was created, updated or unchanged
   */
  public boolean succeeded() {
    return count(ItemResult.Status.FAILED) == 0;
  }

  /**
   * Returns a one-line summary, for example {@code 120 items: 100 created, 15 updated, 4 unchanged,
   * 1 failed}.
   *
   * @return the summary
   */
  public String summary() {
    return (dryRun ? "dry run, " : "")
        + items.size()
        + " items: "
        + count(ItemResult.Status.CREATED)
        + " created, "
        + count(ItemResult.Status.UPDATED)
        + " updated, "
        + count(ItemResult.Status.UNCHANGED)
        + " unchanged, "
        + count(ItemResult.Status.FAILED)
        + " failed";
  }

  /** The summary. */
  @Override
  public String toString() {
    return "ImportReport[" + summary() + "]";
  }
}
