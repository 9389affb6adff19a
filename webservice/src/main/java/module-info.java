/**
 * Client for a PrestaShop store's Webservice API ({@code /api/}, XML and JSON): any resource,
 * queries, paging, capabilities and the store's quirks handled in one place.
 */
module io.github.prestashop4j.webservice {
  requires transitive io.github.prestashop4j.core;
  requires java.xml;

  exports io.github.prestashop4j.webservice;
}
