/**
 * The jobs integrations run against stores every day: {@link
 * io.github.prestashop4j.webservice.jobs.ChangeFeed} (pull what changed since the last run, losing
 * nothing) and {@link io.github.prestashop4j.webservice.jobs.OrderGraphLoader} (an order with its
 * customer, addresses, state and lines).
 */
package io.github.prestashop4j.webservice.jobs;
