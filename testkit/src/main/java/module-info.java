/**
 * An embedded fake PrestaShop store ({@link io.github.prestashop4j.testkit.FakePrestaShop}) and
 * fake cloud APIs for tests, examples and benchmarks: in-process, on a free loopback port.
 */
module io.github.prestashop4j.testkit {
  requires transitive io.github.prestashop4j.core;
  requires transitive org.junit.jupiter.api;
  requires transitive io.github.prestashop4j.account;
  requires com.nimbusds.jose.jwt;
  requires java.net.http;
  requires jdk.httpserver;
  requires java.xml;

  exports io.github.prestashop4j.testkit;
}
