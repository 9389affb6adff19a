/** Client for a PrestaShop store's Webservice API ({@code /api/}). */
module io.github.prestashop4j.webservice {
  requires transitive io.github.prestashop4j.core;

  exports io.github.prestashop4j.webservice;
}
