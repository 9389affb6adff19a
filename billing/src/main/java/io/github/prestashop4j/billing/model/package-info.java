/**
 * Billing's objects: customers, subscriptions, product components, legacy plans and payment
 * transactions.
 *
 * <p>Every model is tolerant: fields this SDK does not map are kept in {@link
 * io.github.prestashop4j.billing.model.BillingObject#unknownFields()}, and server enumerations are
 * string-backed, so a value added by the server is kept rather than failing. Money arrives as
 * integer cents and is exposed as exact {@link io.github.prestashop4j.billing.model.Money}; times
 * arrive as epoch seconds and are exposed as {@link java.time.Instant}.
 */
package io.github.prestashop4j.billing.model;
