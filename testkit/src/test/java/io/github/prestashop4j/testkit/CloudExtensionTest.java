package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CloudExtensionTest {
  @RegisterExtension
  static final FakePrestaShopExtension FAKES = FakePrestaShopExtension.create().withCloud();

  @Test
  void injectsTheStoreAndTheCloud(FakePrestaShop store, FakePrestaShopCloud cloud) {
    assertThat(FAKES.cloud()).isSameAs(cloud);
    assertThat(FAKES.store()).isSameAs(store);
    assertThat(cloud.baseUrl()).isNotEqualTo(store.baseUrl());
  }

  @Test
  void withoutCloud_saysSo() {
    assertThatThrownBy(() -> FakePrestaShopExtension.create().cloud())
        .hasMessageContaining("withCloud");
  }
}
