/**
 * Lazy traversal of paged listings: {@link io.github.prestashop4j.core.paging.Page} is one page
 * with a way to fetch the next, and {@link io.github.prestashop4j.core.paging.AutoPager} walks
 * every item of every page, requesting each page only when it is needed. {@link
 * io.github.prestashop4j.core.paging.Watermark} and {@link
 * io.github.prestashop4j.core.paging.ItemHandler} serve incremental pulls of timestamped feeds.
 */
package io.github.prestashop4j.core.paging;
