/**
 * PrestaShop Account for a module vendor's backend: cloud environments, vendor credentials, shop
 * and owner token verification and the Accounts API.
 */
module io.github.prestashop4j.account {
  requires transitive io.github.prestashop4j.core;
  requires com.nimbusds.jose.jwt;

  exports io.github.prestashop4j.account;
}
