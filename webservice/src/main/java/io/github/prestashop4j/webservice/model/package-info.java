/**
 * Typed models of the Webservice's core resources, one immutable class with a builder per resource
 * (generated from the stores' own {@code ?schema=synopsis}), and {@link
 * io.github.prestashop4j.webservice.model.ModelResource}, the typed twin of {@link
 * io.github.prestashop4j.webservice.WebserviceResource}.
 *
 * <p>A model is a typed view of an {@link io.github.prestashop4j.webservice.Entity}: the entity it
 * was read from is kept whole, so fields the model does not name survive a read-modify-write, and
 * only the fields a builder set are re-encoded.
 */
package io.github.prestashop4j.webservice.model;
