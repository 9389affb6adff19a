module io.github.prestashop4j.account {
  requires transitive io.github.prestashop4j.core;
}
