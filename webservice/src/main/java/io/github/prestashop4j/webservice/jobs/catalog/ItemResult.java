package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.ApiException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the import did with one {@link CatalogItem}, or would do in a dry run. Immutable.
 *
 * <p>A failed item may still have a product id: the product was created or found, then a later step
 * (a combination, the stock, an image) failed; {@link #written()} says which changes the store has.
 * Running the import again completes it, without creating the product again.
 */
public final class ItemResult {
  /** The outcome of one item. */
  public enum Status {
    /** The product was created (in a dry run: would be). */
    CREATED,
    /** The product existed and some owned field differed, now written (in a dry run: would be). */
    UPDATED,
    /** The product existed and every owned field matched: nothing was written. */
    UNCHANGED,
    /** The item failed; {@link #error()} says why. The other items went on. */
    FAILED
  }

  private final String reference;
  private final Status status;
  private final Long productId;
  private final List<FieldChange> changes;
  private final List<FieldChange> written;
  private final Exception error;

  ItemResult(
      String reference,
      Status status,
      Long productId,
      List<FieldChange> changes,
      List<FieldChange> written,
      Exception error) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.status = Objects.requireNonNull(status, "status");
    this.productId = productId;
    this.changes = List.copyOf(changes);
    this.written = List.copyOf(written);
    this.error = error;
  }

  /**
   * Returns the item's reference.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the outcome.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the product's id in the store.
   *
   * @return the id; empty for a product not created (a dry run, or a failure before it existed)
   */
  public Optional<Long> productId() {
    return Optional.ofNullable(productId);
  }

  /**
   * Returns the changes made (or planned in a dry run, or planned before a failure), field by
   * field.
   *
   * @return the changes, empty for an unchanged product
   */
  public List<FieldChange> changes() {
    return changes;
  }

  /**
   * Returns the changes the store has from this run: for a created or updated item, all of {@link
   * #changes()}; for a failed one, those written before the failure, in the same order (a partial
   * image upload as {@code images: "0" -> "n"} with the number uploaded); empty in a dry run and
   * for an unchanged product. A write answered with a server error that reading back could not
   * settle is not listed: it may or may not have been applied, and the next run finds out.
   *
   * @return the changes written
   */
  public List<FieldChange> written() {
    return written;
  }

  /**
   * Returns why the item failed: the store's {@link ApiException} (with PrestaShop's codes), an
   * {@link io.github.prestashop4j.webservice.UnconfirmedWriteException} that a read-back could not
   * settle, an {@link IllegalArgumentException} for input the store would refuse (an unmapped
   * category), or an {@link java.io.IOException} from fetching an image.
   *
   * @return the error, empty unless {@link Status#FAILED}
   */
  public Optional<Exception> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Returns PrestaShop's error codes, for example {@code 84} for a value the store refused.
   *
   * @return the codes of a store error, empty otherwise
   */
  public List<String> errorCodes() {
    if (error instanceof ApiException api) {
      return api.errors().stream().map(ApiError::code).filter(Objects::nonNull).toList();
    }
    return List.of();
  }

  /**
   * Names the reference, the status, the id, the changed fields, for a failed item the fields
   * written, and the error's class.
   */
  @Override
  public String toString() {
    return "ItemResult["
        + reference
        + ", "
        + status
        + (productId == null ? "" : ", id=" + productId)
        + (changes.isEmpty()
            ? ""
            : ", changed=" + changes.stream().map(FieldChange::field).toList())
        + (status != Status.FAILED || written.isEmpty()
            ? ""
            : ", written=" + written.stream().map(FieldChange::field).toList())
        + (error == null ? "" : ", error=" + error.getClass().getSimpleName())
        + "]";
  }
}
