module io.github.prestashop4j.testkit {
  requires transitive io.github.prestashop4j.core;
}
