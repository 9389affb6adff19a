/**
 * The shared layer of prestashop4j: HTTP transport over {@code java.net.http}, client
 * configuration, retries and deadlines, authentication (Webservice key, OAuth2 client credentials),
 * the exception hierarchy, the JSON mapper, Bean Validation and paging.
 */
// The qualified export names modules that are compiled after core.
@SuppressWarnings("module")
module io.github.prestashop4j.core {
  requires transitive java.net.http;
  requires transitive com.fasterxml.jackson.databind;
  requires jakarta.validation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.hibernate.validator;
  requires org.slf4j;

  exports io.github.prestashop4j.core;
  exports io.github.prestashop4j.core.auth;
  exports io.github.prestashop4j.core.http;
  exports io.github.prestashop4j.core.json;
  exports io.github.prestashop4j.core.paging;
  exports io.github.prestashop4j.core.validation;
  // Shared helpers for prestashop4j's own modules only; not an API for users.
  exports io.github.prestashop4j.core.internal to
      io.github.prestashop4j.webservice,
      io.github.prestashop4j.account,
      io.github.prestashop4j.billing,
      io.github.prestashop4j.cloudsync,
      io.github.prestashop4j.testkit;
}
