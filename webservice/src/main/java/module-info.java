/**
 * Client for a PrestaShop store's Webservice API ({@code /api/}, XML and JSON): any resource,
 * queries, paging, capabilities and the store's quirks handled in one place.
 */
@SuppressWarnings("module")
module io.github.prestashop4j.webservice {
  requires transitive io.github.prestashop4j.core;
  requires java.xml;
  requires transitive jakarta.validation;

  exports io.github.prestashop4j.webservice;
  exports io.github.prestashop4j.webservice.jobs;
  exports io.github.prestashop4j.webservice.jobs.catalog;
  exports io.github.prestashop4j.webservice.model;

  // Hibernate Validator reads the models' fields and instantiates the constraints' validators.
  opens io.github.prestashop4j.webservice.model to
      org.hibernate.validator;
  opens io.github.prestashop4j.webservice.internal to
      org.hibernate.validator;
}
