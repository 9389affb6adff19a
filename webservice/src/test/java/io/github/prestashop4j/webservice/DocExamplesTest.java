package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples in the Javadoc and in the README section produce what they claim. */
class DocExamplesTest {

  private static String decoded(Query q) {
    return String.join("&", q.parameters().stream().map(QueryParameter::toString).toList());
  }

  @Test
  void queryClassExample() {
    Query q =
        Query.builder()
            .display(Display.fields("id", "name", "price").association("categories", "id"))
            .filter("name", Filter.contains("mug"))
            .filter("price", Filter.between(10, 30))
            .filter("date_upd", Filter.greaterThan(LocalDate.of(2024, 1, 1)))
            .sortDesc("price")
            .sortAsc("id")
            .limit(20, 10)
            .language(1)
            .shop(1)
            .build();
    assertThat(q.toQueryString())
        .startsWith(
            "display=%5Bid%2Cname%2Cprice%2Ccategories%5Bid%5D%5D&filter%5Bname%5D=%25%5Bmug%5D%25&");
    assertThat(decoded(q))
        .isEqualTo(
            "display=[id,name,price,categories[id]]&filter[name]=%[mug]%&filter[price]=[10,30]"
                + "&filter[date_upd]=>[2024-01-01]&sort=[price_DESC,id_ASC]&limit=20,10&date=1"
                + "&language=1&id_shop=1");
  }

  @Test
  void filterClassExample() {
    Query q =
        Query.builder()
            .filter("id_category_default", Filter.in(4, 5))
            .filter("price", Filter.between(10, new BigDecimal("29.90")))
            .filter("name", Filter.contains("mug"))
            .filter("date_upd", Filter.greaterThan(LocalDateTime.of(2024, 1, 1, 0, 0)))
            .build();
    assertThat(decoded(q))
        .isEqualTo(
            "filter[id_category_default]=[4|5]&filter[price]=[10,29.90]&filter[name]=%[mug]%"
                + "&filter[date_upd]=>[2024-01-01 00:00:00]&date=1");
  }

  @Test
  void displayClassExample() {
    Display d =
        Display.fields("id", "name", "price")
            .association("categories", "id")
            .association("images", "id");
    assertThat(d.expression()).isEqualTo("[id,name,price,categories[id],images[id]]");
  }

  @Test
  void priceOptionExample() {
    Query q =
        Query.builder()
            .display(Display.fields("id", "price", "unit_3"))
            .price("unit_3", PriceOption.quantity(3), PriceOption.useTax(false))
            .build();
    assertThat(decoded(q))
        .isEqualTo("display=[id,price,unit_3]&price[unit_3][quantity]=3&price[unit_3][use_tax]=0");
  }

  @Test
  void whereExample() {
    assertThat(decoded(Query.where("reference", Filter.beginsWith("demo_"))))
        .isEqualTo("filter[reference]=[demo_]%");
  }

  @Test
  void priceAliasesWithADashCanBeDisplayed() {
    Query q =
        Query.builder()
            .display(Display.fields("id", "net-price"))
            .price("net-price", PriceOption.useTax(false))
            .build();
    assertThat(q.parameters())
        .isEqualTo(
            List.of(
                new QueryParameter("display", "[id,net-price]"),
                new QueryParameter("price[net-price][use_tax]", "0")));
  }
}
