package io.github.prestashop4j.webservice;

import java.util.Objects;
import java.util.Optional;

/**
 * What a Webservice key may do on a store, read from {@code GET /api/}: the resources it is granted
 * (core ones and those added by modules) with their methods, the shop's name and the store's
 * version.
 *
 * @param shopName the shop name the listing carries
 * @param granted methods granted per resource
 * @param storeVersion the store's PrestaShop version from {@code PSWS-Version}, if sent
 */
public record Capabilities(
    String shopName, PermissionSet granted, Optional<StoreVersion> storeVersion) {
  /**
   * Checks the components.
   *
   * @param shopName the shop name the listing carries
   * @param granted methods granted per resource
   * @param storeVersion the store's version, if sent
   */
  public Capabilities {
    Objects.requireNonNull(shopName, "shopName");
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(storeVersion, "storeVersion");
  }

  /**
   * Tells whether the key may use a method on a resource.
   *
   * @param resource the resource name
   * @param method the method
   * @return {@code true} if granted
   */
  public boolean allows(String resource, WebserviceMethod method) {
    return granted.allows(resource, method);
  }

  /**
   * Returns what a job needs that the key is not granted.
   *
   * @param needed the resources and methods the job uses
   * @return the missing ones, empty when the key covers the job
   */
  public PermissionSet missing(PermissionSet needed) {
    return needed.minus(granted);
  }
}
