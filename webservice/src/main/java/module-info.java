module io.github.prestashop4j.webservice {
  requires transitive io.github.prestashop4j.core;
}
