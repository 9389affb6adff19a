package io.github.prestashop4j.cloudsync.model;

import io.github.prestashop4j.cloudsync.ShopContent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sync status of a shop's contents, from {@code GET /reporting/v1/shop-sync-summary/{shopId}}.
 *
 * <p>The API's answer is known in two shapes, both read here: one object {@code
 * {firstSyncFinishedAt, lastSyncFinishedAt, shopContent}} (one status) and an array of such objects
 * with {@code requested}, {@code httpStatus} and {@code httpStatusText} (one status per content).
 * Immutable and thread-safe.
 */
public final class SyncSummary {
  private final List<ContentSyncStatus> statuses;

  private SyncSummary(List<ContentSyncStatus> statuses) {
    this.statuses = List.copyOf(statuses);
  }

  /**
   * Creates a summary from the decoded JSON body: an object or an array of objects.
   *
   * @param body the body as decoded from JSON (a map or a list of maps); anything else gives an
   *     empty summary
   * @return the summary
   */
  public static SyncSummary of(Object body) {
    return new SyncSummary(Fields.objects(body).stream().map(ContentSyncStatus::of).toList());
  }

  /**
   * Returns the status of each content, in the server's order.
   *
   * @return the statuses, possibly empty
   */
  public List<ContentSyncStatus> statuses() {
    return statuses;
  }

  /**
   * Returns the status of one content.
   *
   * @param content the content
   * @return the first status for this content, empty when the summary has none
   */
  public Optional<ContentSyncStatus> status(ShopContent content) {
    Objects.requireNonNull(content, "content");
    return statuses.stream()
        .filter(s -> s.shopContent().filter(content::equals).isPresent())
        .findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncSummary that && statuses.equals(that.statuses);
  }

  @Override
  public int hashCode() {
    return statuses.hashCode();
  }

  @Override
  public String toString() {
    return "SyncSummary[statuses=" + statuses.size() + "]";
  }
}
