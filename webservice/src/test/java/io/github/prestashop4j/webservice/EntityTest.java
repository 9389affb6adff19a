package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityTest {
  private final Entity product =
      Entity.builder("product")
          .set("id", "7")
          .set("reference", "MUG-1")
          .set("name", LocalizedText.of(Map.of(1, "Mug", 2, "Tasse")))
          .link("id_manufacturer", "https://shop/api/manufacturers/1")
          .set("id_manufacturer", "1")
          .notFilterable("quantity")
          .set("quantity", "0")
          .association("categories", List.of(Entity.builder("category").set("id", "2").build()))
          .href("https://shop/api/products/7")
          .build();

  @Test
  void readsFieldsLinksMarksAndAssociations() {
    assertThat(product.id()).hasValue(7);
    assertThat(product.fieldNames())
        .containsExactly("id", "reference", "name", "id_manufacturer", "quantity");
    assertThat(product.has("reference")).isTrue();
    assertThat(product.has("price")).isFalse();
    assertThat(product.text("price")).isEmpty();
    assertThat(product.localized("price")).isEmpty();
    assertThat(product.link("id_manufacturer")).hasValue("https://shop/api/manufacturers/1");
    assertThat(product.isNotFilterable("quantity")).isTrue();
    assertThat(product.href()).hasValue("https://shop/api/products/7");
    assertThat(product.association("categories")).hasSize(1);
    assertThat(product.association("images")).isEmpty();
  }

  @Test
  void refusesToReadSeveralLanguagesAsOneText() {
    assertThatThrownBy(() -> product.text("name"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("localized(\"name\")");
    assertThat(product.localized("name").orElseThrow().get(2)).hasValue("Tasse");
  }

  @Test
  void copiesWithChangesAndWithoutFieldsLeavingTheOriginalAlone() {
    Entity changed = product.with("reference", "MUG-2").with("name", LocalizedText.of(1, "Cup"));
    Entity stripped = product.without("quantity", "id_manufacturer", "absent");

    assertThat(changed.text("reference")).hasValue("MUG-2");
    assertThat(changed.text("name")).hasValue("Cup");
    assertThat(product.text("reference")).hasValue("MUG-1");
    assertThat(stripped.fieldNames()).containsExactly("id", "reference", "name");
    assertThat(stripped.link("id_manufacturer")).isEmpty();
    assertThat(stripped.isNotFilterable("quantity")).isFalse();
    assertThat(product.toBuilder().removeAssociation("categories").build().associations())
        .isEmpty();
  }

  @Test
  void aBuilderUsedAgainAfterBuildLeavesTheFirstEntityAlone() {
    Entity.Builder builder = product.toBuilder();
    Entity first = builder.build();

    Entity second =
        builder
            .set("reference", "MUG-3")
            .remove("quantity")
            .link("reference", "https://shop/api/references/3")
            .notFilterable("reference")
            .association("categories", List.of())
            .association("tags", List.of(Entity.builder("tag").set("id", "4").build()))
            .build();
    Entity third = builder.removeAssociation("tags").build();

    assertThat(first).isEqualTo(product);
    assertThat(second.text("reference")).hasValue("MUG-3");
    assertThat(second.fieldNames()).doesNotContain("quantity");
    assertThat(second.link("reference")).hasValue("https://shop/api/references/3");
    assertThat(second.isNotFilterable("reference")).isTrue();
    assertThat(second.association("categories")).isEmpty();
    assertThat(second.associations()).containsKeys("categories", "tags");
    assertThat(third.associations()).containsOnlyKeys("categories");
    assertThat(second.associations()).containsKeys("tags");
  }

  @Test
  void anEntityWithoutLinksMarksOrAssociationsAnswersEmptyAndCannotBeChanged() {
    Entity bare = Entity.builder("tag").set("id", "4").build();

    assertThat(bare.associations()).isEmpty();
    assertThat(bare.link("id")).isEmpty();
    assertThat(bare.isNotFilterable("id")).isFalse();
    assertThatThrownBy(() -> bare.fields().put("id", "5"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> product.associations().remove("categories"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityCoversContentAndToStringShowsNoValues() {
    assertThat(product.toBuilder().build()).isEqualTo(product).hasSameHashCodeAs(product);
    assertThat(product.with("reference", "other")).isNotEqualTo(product);
    assertThat(product.toString())
        .contains("product 7", "reference", "categories")
        .doesNotContain("MUG-1", "Tasse");
  }

  @Test
  void aNonNumericOrMissingIdIsEmpty() {
    assertThat(Entity.builder("x").set("id", "abc").build().id()).isEmpty();
    assertThat(Entity.builder("x").set("id", "").build().id()).isEmpty();
    assertThat(Entity.builder("").build().toString()).startsWith("Entity[?");
  }

  @Test
  void localizedTextIsOrderedImmutableAndChecksLanguageIds() {
    LocalizedText text = LocalizedText.of(2, "deux").with(1, "one");

    assertThat(text.languageIds()).containsExactly(2, 1);
    assertThat(text.get(3)).isEmpty();
    assertThat(LocalizedText.empty().isEmpty()).isTrue();
    assertThat(text).isEqualTo(LocalizedText.of(Map.of(2, "deux", 1, "one")));
    assertThatThrownBy(() -> text.with(0, "x"))
        .hasMessageContaining("languageId: must be 1 or more");
    assertThatThrownBy(() -> text.asMap().put(3, "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
