/**
 * PrestaShop CloudSync for a module vendor's backend: the shop data PrestaShop synchronises to its
 * cloud (Expose Raw API), sync reporting and sync triggers.
 */
module io.github.prestashop4j.cloudsync {
  requires transitive io.github.prestashop4j.account;
  requires org.slf4j;

  exports io.github.prestashop4j.cloudsync;
  exports io.github.prestashop4j.cloudsync.model;
}
