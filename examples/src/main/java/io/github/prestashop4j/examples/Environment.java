package io.github.prestashop4j.examples;

import io.github.prestashop4j.account.CloudEnvironment;
import io.github.prestashop4j.account.VendorCredentials;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.testkit.FakePrestaShop;
import io.github.prestashop4j.testkit.FakePrestaShopCloud;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the examples run: the embedded fake store and fake cloud by default; a real store when
 * {@code PRESTASHOP_URL} and {@code PRESTASHOP_WS_KEY} are set, and the real PrestaShop cloud when
 * {@code PS_CLIENT_ID} and {@code PS_CLIENT_SECRET} are set (plus {@code PS_SHOP_UUID} and a shop
 * token in {@code PS_SHOP_TOKEN} for the vendor backend).
 */
final class Environment implements AutoCloseable {
  private final Function<String, String> variables;
  private FakePrestaShop fakeStore;
  private FakePrestaShopCloud fakeCloud;

  private Environment(Function<String, String> variables) {
    this.variables = variables;
  }

  static Environment fromSystem() {
    return new Environment(System::getenv);
  }

  static Environment of(Map<String, String> variables) {
    return new Environment(variables::get);
  }

  boolean realStore() {
    return variables.apply(WebserviceClient.URL_VARIABLE) != null
        && variables.apply(WebserviceClient.KEY_VARIABLE) != null;
  }

  boolean realCloud() {
    return variables.apply("PS_CLIENT_ID") != null && variables.apply("PS_CLIENT_SECRET") != null;
  }

  String describe() {
    return (realStore()
            ? "store " + variables.apply(WebserviceClient.URL_VARIABLE)
            : "embedded fake store")
        + ", "
        + (realCloud() ? "PrestaShop cloud" : "embedded fake cloud");
  }

  /** A client for the store; the caller closes it. */
  WebserviceClient store() {
    if (realStore()) {
      return WebserviceClient.fromEnv(variables).build();
    }
    if (fakeStore == null) {
      fakeStore = FakePrestaShop.start();
    }
    return WebserviceClient.builder()
        .baseUrl(fakeStore.baseUrl())
        .apiKey(fakeStore.apiKey())
        .httpConfig(http())
        .build();
  }

  /** The fake store, when the examples run against it. */
  Optional<FakePrestaShop> fakeStore() {
    return Optional.ofNullable(fakeStore);
  }

  /** The fake cloud, started on first use, when the examples run against it. */
  Optional<FakePrestaShopCloud> fakeCloud() {
    if (realCloud()) {
      return Optional.empty();
    }
    if (fakeCloud == null) {
      fakeCloud = FakePrestaShopCloud.start();
    }
    return Optional.of(fakeCloud);
  }

  CloudEnvironment cloudEnvironment() {
    return fakeCloud().map(FakePrestaShopCloud::environment).orElse(CloudEnvironment.PRODUCTION);
  }

  VendorCredentials vendorCredentials() {
    return fakeCloud()
        .map(FakePrestaShopCloud::vendorCredentials)
        .orElseGet(
            () ->
                VendorCredentials.of(
                    variables.apply("PS_CLIENT_ID"), variables.apply("PS_CLIENT_SECRET")));
  }

  String variable(String name, String fallback) {
    String value = variables.apply(name);
    return value == null ? fallback : value;
  }

  /** HTTP settings: the fakes listen on plain HTTP on loopback. */
  ClientConfig http() {
    return ClientConfig.builder().allowInsecureHttp(true).build();
  }

  @Override
  public void close() {
    if (fakeStore != null) {
      fakeStore.close();
    }
    if (fakeCloud != null) {
      fakeCloud.close();
    }
  }
}
