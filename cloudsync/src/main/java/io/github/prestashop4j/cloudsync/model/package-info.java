/**
 * The CloudSync data and reports as typed, tolerant models: one class per Raw API collection
 * ({@link io.github.prestashop4j.cloudsync.model.Order}, {@link
 * io.github.prestashop4j.cloudsync.model.Product}, ...) extending {@link
 * io.github.prestashop4j.cloudsync.model.RawRecord}, the shop itself, and the Reporting and Sync
 * API answers. Every model keeps the fields it does not name.
 */
package io.github.prestashop4j.cloudsync.model;
