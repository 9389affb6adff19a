package io.github.prestashop4j.cloudsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.cloudsync.model.RawRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  @Test
  void shopContent_knownValuesAreConstants_unknownOnesAreKept() throws Exception {
    assertThat(ShopContent.of(" Orders ")).isSameAs(ShopContent.ORDERS);
    assertThat(ShopContent.of("loyalty-points").value()).isEqualTo("loyalty-points");
    assertThat(ShopContent.of("loyalty-points")).isEqualTo(ShopContent.of("loyalty-points"));
    assertThat(ShopContent.of("loyalty-points").isKnown()).isFalse();
    assertThat(ShopContent.INFO.isKnown()).isTrue();
    assertThat(ShopContent.known()).hasSize(19).first().isEqualTo(ShopContent.INFO);
    assertThat(ShopContent.WISHLISTS.toString()).isEqualTo("wishlists");
    assertThat(ShopContent.CARTS.hashCode()).isEqualTo("carts".hashCode());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ShopContent.PRODUCTS);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(ShopContent.PRODUCTS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "two words", "tab\there"})
  void shopContent_refusesBlankOrSpacedValues(String value) {
    assertThatThrownBy(() -> ShopContent.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("shopContent:");
  }

  @Test
  void sortDirection_isStringBacked() throws Exception {
    assertThat(SortDirection.of("ASC")).isSameAs(SortDirection.ASC);
    assertThat(SortDirection.of("Desc")).isSameAs(SortDirection.DESC);
    assertThat(SortDirection.of("ascending").value()).isEqualTo("ascending");
    assertThat(SortDirection.of("x"))
        .isEqualTo(SortDirection.of("x"))
        .hasSameHashCodeAs(SortDirection.of("x"));
    assertThat(SortDirection.DESC.toString()).isEqualTo("desc");
    assertThatThrownBy(() -> SortDirection.of("a-b")).hasMessageStartingWith("direction:");
    assertThatThrownBy(() -> SortDirection.of("")).hasMessageStartingWith("direction:");
    assertThat(SortDirection.ASC.isKnown()).isTrue();
    assertThat(SortDirection.of("ascending").isKnown()).isFalse();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SortDirection.DESC);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(SortDirection.DESC);
    }
  }

  @Test
  void rawQuery_buildsParametersInAStableOrder() {
    RawQuery query =
        RawQuery.builder()
            .filter("reference", "R")
            .offset(5)
            .limit(10)
            .sort("idOrder")
            .filter("isPaid", false)
            .filter("reference", "S")
            .build();

    assertThat(query.parameters())
        .containsExactly(
            Map.entry("limit", "10"),
            Map.entry("offset", "5"),
            Map.entry("sort", "idOrder"),
            Map.entry("reference", "S"),
            Map.entry("isPaid", "false"));
    assertThat(query.limit()).isEqualTo(10);
    assertThat(query.offset()).isEqualTo(5);
    assertThat(query.sort()).isEqualTo("idOrder");
    assertThat(query.direction()).isNull();
    assertThat(query.filters()).containsOnlyKeys("reference", "isPaid");
    assertThat(query.toString()).isEqualTo("RawQuery[limit, offset, sort, reference, isPaid]");
    assertThat(query.toBuilder().removeFilter("isPaid").build().filters())
        .containsOnlyKeys("reference");
    assertThat(query)
        .isEqualTo(query.toBuilder().build())
        .hasSameHashCodeAs(query.toBuilder().build());
    assertThat(RawQuery.all().parameters()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Reference",
        "ref-erence",
        "ref erence",
        "1d",
        "id_order",
        "limit",
        "offset",
        "sort",
        "direction"
      })
  void rawQuery_refusesFilterNamesThatAreNotFields(String name) {
    assertThatThrownBy(() -> RawQuery.builder().filter(name, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("filter:");
  }

  @Test
  void rawQuery_refusesBadPagingAndSort() {
    assertThatThrownBy(() -> RawQuery.builder().limit(0))
        .hasMessage("limit: must be at least 1 (got 0)");
    assertThatThrownBy(() -> RawQuery.builder().offset(-1))
        .hasMessage("offset: must not be negative (got -1)");
    assertThatThrownBy(() -> RawQuery.builder().sort("updated_at", SortDirection.ASC))
        .hasMessageStartingWith("sort:");
  }

  @ParameterizedTest
  @CsvSource({
    "2024-09-26T22:51:17+0200, 2024-09-26T20:51:17Z",
    "2024-09-26T22:51:17.5+02:00, 2024-09-26T20:51:17.500Z",
    "2024-09-26T22:51:17Z, 2024-09-26T22:51:17Z",
    "2024-09-26T22:51:17, 2024-09-26T22:51:17Z",
    "2024-09-26 22:51:17, 2024-09-26T22:51:17Z",
    "2024-09-26, 2024-09-26T00:00:00Z",
  })
  void instants_areReadInTheFormsTheShopsAndApisUse(String text, String expected) {
    assertThat(RawRecord.of(Map.of("d", text)).instant("d")).contains(Instant.parse(expected));
  }

  @Test
  void readers_areTolerant() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("zeroDate", "0000-00-00 00:00:00");
    fields.put("notDate", "soon");
    fields.put("millis", 1_732_442_400_000L);
    fields.put("object", Map.of("a", 1));
    fields.put("nullValue", null);
    fields.put("double", 0.1d);
    fields.put("big", new BigInteger("123456789012345678901234567890"));
    fields.put("fraction", new BigDecimal("1.5"));
    fields.put("text", "x");
    fields.put("numericText", " 42 ");
    fields.put("two", 2);
    fields.put("yes", "TRUE");
    fields.put("no", "0");
    fields.put("maybe", "perhaps");
    fields.put("deleted", 1);
    fields.put("list", List.of(1, "a", Map.of()));
    RawRecord record = RawRecord.of(fields);

    assertThat(record.instant("zeroDate")).isEmpty();
    assertThat(record.instant("notDate")).isEmpty();
    assertThat(record.instant("millis")).contains(Instant.ofEpochMilli(1_732_442_400_000L));
    assertThat(record.instant("object")).isEmpty();
    assertThat(record.text("object")).isEmpty();
    assertThat(record.text("nullValue")).isEmpty();
    assertThat(record.get("nullValue")).isEmpty();
    assertThat(record.text("fraction")).contains("1.5");
    assertThat(record.text("yes")).contains("TRUE");
    assertThat(record.decimal("double")).contains(new BigDecimal("0.1"));
    assertThat(record.decimal("big")).contains(new BigDecimal("123456789012345678901234567890"));
    assertThat(record.decimal("text")).isEmpty();
    assertThat(record.decimal("object")).isEmpty();
    assertThat(record.longValue("numericText")).contains(42L);
    assertThat(record.longValue("fraction")).isEmpty();
    assertThat(record.longValue("big")).isEmpty();
    assertThat(record.longValue("text")).isEmpty();
    assertThat(record.bool("yes")).contains(true);
    assertThat(record.bool("no")).contains(false);
    assertThat(record.bool("two")).isEmpty();
    assertThat(record.bool("maybe")).isEmpty();
    assertThat(record.bool("object")).isEmpty();
    assertThat(record.isDeleted()).isTrue();
    assertThat(record.id()).isEmpty();
    assertThat(record.toString()).isEqualTo("RawRecord[id=?, fields=16]");
    assertThat(record).isNotEqualTo(null).isNotEqualTo("x");
  }
}
