/**
 * PrestaShop Billing for a module vendor's backend: customers, subscriptions, product components
 * and plans, stairstep quantities, and verified, typed webhooks.
 *
 * <p>Billing is closed to new modules since January 2026; modules that already use it keep using it
 * unchanged.
 */
module io.github.prestashop4j.billing {
  requires transitive io.github.prestashop4j.account;

  exports io.github.prestashop4j.billing;
  exports io.github.prestashop4j.billing.model;
  exports io.github.prestashop4j.billing.webhook;

  // Jackson fills the models' private fields by reflection.
  opens io.github.prestashop4j.billing.model to
      com.fasterxml.jackson.databind;
}
