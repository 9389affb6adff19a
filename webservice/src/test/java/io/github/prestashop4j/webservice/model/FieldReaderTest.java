package io.github.prestashop4j.webservice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.webservice.Entity;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldReaderTest {
  private static FieldReader reading(String dateUpd) {
    return new FieldReader("products", Entity.builder("product").set("date_upd", dateUpd).build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-03-14 09:26:53 | 2025-03-14T09:26:53",
        "'  2025-03-14 09:26:53 ' | 2025-03-14T09:26:53",
        "2025-03-14 | 2025-03-14T00:00",
        // What the formatter's smart resolution makes of a day the month lacks: its last day.
        "2024-02-30 10:00:00 | 2024-02-29T10:00",
        "0000-00-00 00:00:00 | ''",
        "'' | ''",
      })
  void readsTheStoresDatesWithAndWithoutTheFormatter(String text, String expected) {
    LocalDateTime read = reading(text).dateTime("date_upd");

    if (expected.isEmpty()) {
      assertThat(read).isNull();
    } else {
      assertThat(read).isEqualTo(LocalDateTime.parse(expected));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2025-03-14 25:00:00", "2025-13-14 09:26:53", "2025-03-14T09:26:53", "yesterday"})
  void refusesWhatIsNotADateTimeNamingTheFieldNotTheValue(String text) {
    assertThatThrownBy(() -> reading(text).dateTime("date_upd"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("date_upd")
        .hasMessageContaining("yyyy-MM-dd HH:mm:ss")
        .hasMessageNotContaining(text);
  }
}
