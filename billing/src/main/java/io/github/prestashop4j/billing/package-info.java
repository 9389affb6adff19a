/**
 * PrestaShop Billing for a module vendor's backend: {@link
 * io.github.prestashop4j.billing.BillingClient} reads a shop's customer and subscription, a
 * product's components and legacy plans, and updates stairstep quantities.
 *
 * <p>Billing is closed to new modules since January 2026: PrestaShop deprecated the component then,
 * no new module can start using it, and modules that already use it keep working unchanged.
 */
package io.github.prestashop4j.billing;
