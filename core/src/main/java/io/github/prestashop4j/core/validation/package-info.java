/**
 * Bean Validation of request objects before they are sent: {@link
 * io.github.prestashop4j.core.validation.RequestValidator}.
 */
package io.github.prestashop4j.core.validation;
