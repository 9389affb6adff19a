module io.github.prestashop4j.cloudsync {
  requires transitive io.github.prestashop4j.account;
}
