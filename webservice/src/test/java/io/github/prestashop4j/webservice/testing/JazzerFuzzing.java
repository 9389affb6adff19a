package io.github.prestashop4j.webservice.testing;

import io.github.prestashop4j.core.testing.Jazzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** What {@code -Pfuzz} runs in this module: Jazzer on the target {@code fuzz.target} names. */
class JazzerFuzzing {
  @Test
  @EnabledIfSystemProperty(named = "fuzz.target", matches = ".+")
  void fuzz() throws Exception {
    Jazzer.fuzz();
  }
}
