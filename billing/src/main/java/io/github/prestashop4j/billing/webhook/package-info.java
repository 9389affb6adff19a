/**
 * Billing webhooks: {@link io.github.prestashop4j.billing.webhook.WebhookVerifier} checks a
 * delivery (Svix signature or legacy Basic token) and parses it into a typed {@link
 * io.github.prestashop4j.billing.webhook.WebhookEvent}; {@link
 * io.github.prestashop4j.billing.webhook.ResourceVersionTracker} recognises deliveries that arrive
 * late or twice.
 */
package io.github.prestashop4j.billing.webhook;
