package io.github.prestashop4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "AZaz09-_.~#AZaz09-_.~",
        "a b#a%20b",
        "a+b#a%2Bb",
        "../x/y#..%2Fx%2Fy",
        "[1|2]#%5B1%7C2%5D",
        "%#%25",
        "é#%C3%A9",
        "😀#%F0%9F%98%80"
      })
  void keepsOnlyUnreservedCharacters(String text, String encoded) {
    assertThat(PercentEncoding.encode(text)).isEqualTo(encoded);
  }
}
