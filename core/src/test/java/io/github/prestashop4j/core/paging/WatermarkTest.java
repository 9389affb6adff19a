package io.github.prestashop4j.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkTest {
  private static final Instant T = Instant.parse("2026-11-23T10:15:30.250Z");

  @Test
  void advance_keepsTheIdsOfTheLatestTimestampOnly() {
    Watermark start = Watermark.at(T);
    Watermark one = start.advance(T, "10");
    Watermark two = one.advance(T, "9");
    Watermark later = two.advance(T.plusSeconds(1), "1");

    assertThat(start.deliveredIds()).isEmpty();
    assertThat(two.deliveredIds()).containsExactly("9", "10");
    assertThat(two.advance(T, "9")).isSameAs(two);
    assertThat(two.advance(T.minusSeconds(1), "99")).isSameAs(two);
    assertThat(later.timestamp()).isEqualTo(T.plusSeconds(1));
    assertThat(later.deliveredIds()).containsExactly("1");
  }

  @Test
  void covers_earlierRecordsAndDeliveredIdsAtTheTimestamp() {
    Watermark watermark = Watermark.at(T).advance(T, "a");

    assertThat(watermark.covers(T.minusNanos(1), "z")).isTrue();
    assertThat(watermark.covers(T, "a")).isTrue();
    assertThat(watermark.covers(T, "b")).isFalse();
    assertThat(watermark.covers(T.plusNanos(1), "a")).isFalse();
  }

  @Test
  void stringForm_roundTrips_evenWithAwkwardIds() {
    Watermark watermark =
        Watermark.at(T).advance(T, "17-3").advance(T, "a,b|c").advance(T, "é %").advance(T, "2");

    String text = watermark.asString();

    assertThat(text).startsWith("2026-11-23T10:15:30.250Z|2,17-3,");
    assertThat(Watermark.parse(text)).isEqualTo(watermark).hasSameHashCodeAs(watermark);
    assertThat(Watermark.at(T).asString()).isEqualTo("2026-11-23T10:15:30.250Z");
    assertThat(Watermark.parse("2026-11-23T10:15:30.250Z")).isEqualTo(Watermark.at(T));
    assertThat(watermark.toString()).isEqualTo("Watermark[" + text + "]");
  }

  @Test
  void parse_refusesWhatIsNotAWatermark() {
    assertThatThrownBy(() -> Watermark.parse("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("watermark: must start with an ISO-8601 instant");
    assertThatThrownBy(() -> Watermark.parse("2026-11-23T10:15:30Z|1,,2"))
        .hasMessage("watermark: holds an empty id");
    assertThatThrownBy(() -> Watermark.parse("2026-11-23T10:15:30Z|"))
        .hasMessage("watermark: holds an empty id");
  }

  @Test
  void of_holdsTheGivenIds_sorted_andEqualsTheAdvancedWatermark() {
    Watermark built = Watermark.of(T, List.of("10", "9", "x"));

    assertThat(built).isEqualTo(Watermark.at(T).advance(T, "x").advance(T, "10").advance(T, "9"));
    assertThat(built.deliveredIds()).containsExactly("9", "10", "x");
    assertThat(built.covers(T, "9")).isTrue();
    assertThat(built.covers(T, "11")).isFalse();
    assertThat(built.covers(T.minusMillis(1), "11")).isTrue();
    assertThat(built.advance(T.minusSeconds(1), "1")).isSameAs(built);
    assertThat(built.advance(T, "9")).isSameAs(built);
    assertThat(Watermark.of(T, List.of())).isEqualTo(Watermark.at(T));
    assertThatThrownBy(() -> Watermark.of(T, java.util.Arrays.asList("1", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void isSerializable() throws Exception {
    Watermark watermark = Watermark.at(T).advance(T, "5").advance(T, "x");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(watermark);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Watermark read = (Watermark) in.readObject();
      assertThat(read).isEqualTo(watermark);
      assertThat(read.advance(T, "6").deliveredIds()).containsExactly("5", "6", "x");
    }
  }

  @Test
  void idOrder_numbersByValueThenText() {
    List<String> ids = new ArrayList<>(List.of("b", "10", "9", "010", "a", "0", "100"));

    ids.sort(Watermark.ID_ORDER);

    assertThat(ids).containsExactly("0", "9", "10", "100", "010", "a", "b");
  }
}
