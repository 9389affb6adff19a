package io.github.prestashop4j.webservice.jobs.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link CatalogImport#activate(java.util.Collection)}: which products were made
 * active (or would be in a dry run), which already were, and which could not be found.
 *
 * @param activated reference (or id as text) to product id, of the products made active, in the
 *     order given
 * @param alreadyActive the same for products that were active already, left alone
 * @param notFound the references or ids no product has
 * @param ambiguous the references several products share, left alone
 * @param dryRun whether nothing was written
 */
public record ActivationReport(
    Map<String, Long> activated,
    Map<String, Long> alreadyActive,
    List<String> notFound,
    List<String> ambiguous,
    boolean dryRun) {
  /**
   * Copies the values.
   *
   * @param activated the products made active
   * @param alreadyActive the products active already
   * @param notFound the keys without product
   * @param ambiguous the keys with several products
   * @param dryRun whether nothing was written
   */
  public ActivationReport {
    activated = Collections.unmodifiableMap(new LinkedHashMap<>(activated));
    alreadyActive = Collections.unmodifiableMap(new LinkedHashMap<>(alreadyActive));
    notFound = List.copyOf(notFound);
    ambiguous = List.copyOf(ambiguous);
  }
}
