/**
 * Bulk catalogue import ("stocking up"): a warehouse's products created or updated by their {@code
 * reference}, with categories mapped, prices computed, stock and images set, created inactive, then
 * activated once the merchant has reviewed them. Start with {@link
 * io.github.prestashop4j.webservice.jobs.catalog.CatalogImport}.
 */
package io.github.prestashop4j.webservice.jobs.catalog;
