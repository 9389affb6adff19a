module io.github.prestashop4j.billing {
  requires transitive io.github.prestashop4j.account;
}
