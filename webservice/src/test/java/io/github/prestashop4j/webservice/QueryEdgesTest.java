package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Boundaries of the query builder that the other query tests leave open. */
class QueryEdgesTest {
  @Test
  void thePageSizeStartsAtOne() {
    assertThat(Query.builder().pageSize(1).build().pageSize()).hasValue(1);
    assertThatThrownBy(() -> Query.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize: must be at least 1 (got 0)");
  }

  @Test
  void settingTheSameShopContextAgainReplacesIt() {
    assertThat(Query.builder().shop(1).shop(2).build().parameters())
        .containsExactly(new QueryParameter("id_shop", "2"));
    assertThat(Query.builder().allShops().allShops().build().parameters())
        .containsExactly(new QueryParameter("id_shop", "all"));
    assertThat(Query.builder().shopGroup(1).shopGroup(3).build().parameters())
        .containsExactly(new QueryParameter("id_group_shop", "3"));
  }

  @Test
  void queriesAreEqualByTheirParameters() {
    Query one = Query.where("id", Filter.equalTo(1));

    assertThat(one).isEqualTo(Query.where("id", Filter.equalTo(1))).hasSameHashCodeAs(one);
    assertThat(one).isNotEqualTo(Query.where("id", Filter.equalTo(2)));
    assertThat(one.hashCode()).isNotEqualTo(Query.where("id", Filter.equalTo(2)).hashCode());
  }
}
