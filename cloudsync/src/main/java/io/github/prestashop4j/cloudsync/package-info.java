/**
 * PrestaShop CloudSync for a module vendor's backend: {@link
 * io.github.prestashop4j.cloudsync.CloudSyncClient} reads the shop data PrestaShop synchronised
 * (Expose Raw API), follows sync status and errors (Reporting API), triggers syncs (Sync API), and
 * pulls changes incrementally with a {@link io.github.prestashop4j.core.paging.Watermark}.
 */
package io.github.prestashop4j.cloudsync;
