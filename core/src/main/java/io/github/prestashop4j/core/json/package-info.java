/**
 * The JSON mapper shared by every prestashop4j module: {@link
 * io.github.prestashop4j.core.json.JsonMappers}.
 */
package io.github.prestashop4j.core.json;
