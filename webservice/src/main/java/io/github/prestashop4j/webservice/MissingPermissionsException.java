package io.github.prestashop4j.webservice;

import io.github.prestashop4j.core.PrestaShopException;

/**
 * The Webservice key lacks permissions a job needs; thrown by {@link
 * WebserviceClient#preflight(PermissionSet)} before any work starts, naming every missing resource
 * and method at once.
 */
public class MissingPermissionsException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  private final transient PermissionSet missing;

  /**
   * Creates the exception.
   *
   * @param missing what the key lacks
   */
  public MissingPermissionsException(PermissionSet missing) {
    super(
        "the Webservice key lacks "
            + missing
            + "; grant them in the back office (Advanced Parameters > Webservice)");
    this.missing = missing;
  }

  /**
   * Returns what the key lacks.
   *
   * @return the missing methods per resource
   */
  public PermissionSet missing() {
    return missing;
  }
}
