package io.github.prestashop4j.core.paging;

/**
 * Handles one record of an incremental pull (for example CloudSync's {@code IncrementalPull}). The
 * pull's {@link Watermark} moves past the record only when this returns normally.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface ItemHandler<T> {
  /**
   * Handles a record, for example by writing it to a database.
   *
   * @param item the record
   * @throws Exception to stop the pull; the record will be delivered again by the next run
   */
  void handle(T item) throws Exception;
}
