package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.webservice.LocalizedText;
import io.github.prestashop4j.webservice.model.Combination;
import io.github.prestashop4j.webservice.model.Product;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the store should hold for one item: the fields the import owns, with the categories mapped
 * and the prices computed. Compares them with a product read from the store and writes them into a
 * model builder; fields the import does not own are never compared or written.
 */
final class Desired {
  final CatalogItem item;
  final List<Integer> languages;
  final BigDecimal price;
  final long categoryDefault;
  final List<Long> categories;
  final Long taxRulesGroup;
  final List<Variant> variants = new ArrayList<>();

  /** One combination: its fields, the impact computed from its cost. */
  record Variant(CatalogCombination source, BigDecimal wholesale, BigDecimal impact) {}

  Desired(
      CatalogItem item,
      CategoryMapping mapping,
      PricingStrategy pricing,
      List<Integer> languages,
      Long taxRulesGroup) {
    this.item = item;
    this.languages = languages;
    this.taxRulesGroup = taxRulesGroup;
    for (int language : languages) {
      if (item.name().get(language).isEmpty()) {
        throw new IllegalArgumentException(
            "name: no text for language " + language + " (the import writes " + languages + ")");
      }
    }
    this.categories = mapping.categoriesFor(item.warehouseCategory());
    if (categories.isEmpty()) {
      throw new IllegalArgumentException(
          "warehouseCategory: \""
              + item.warehouseCategory()
              + "\" is not mapped to a shop category and the mapping has no fallback");
    }
    this.categoryDefault = categories.get(0);
    this.price = checkedPrice(pricing, item.cost());
    for (CatalogCombination c : item.combinations()) {
      BigDecimal cost = c.cost().orElse(item.cost());
      BigDecimal impact =
          c.cost().isEmpty() ? BigDecimal.ZERO : checkedPrice(pricing, cost).subtract(price);
      variants.add(new Variant(c, cost, impact));
    }
  }

  private static BigDecimal checkedPrice(PricingStrategy pricing, BigDecimal cost) {
    BigDecimal result = pricing.price(cost);
    if (result == null || result.signum() < 0) {
      throw new IllegalArgumentException(
          "price: the pricing strategy gave "
              + (result == null ? "null" : result.toPlainString())
              + " for cost "
              + cost.toPlainString()
              + "; it must be 0 or more");
    }
    return result;
  }

  // ---- products

  /** The product's owned fields that differ from the store's ({@code existing} null: all). */
  List<FieldChange> diff(Product existing) {
    List<FieldChange> out = new ArrayList<>();
    Optional<Product> p = Optional.ofNullable(existing);
    text(out, "reference", p.flatMap(Product::reference), item.reference());
    localized(out, "name", p.flatMap(Product::name), item.name());
    if (item.description().isPresent()) {
      localized(out, "description", p.flatMap(Product::description), item.description().get());
    }
    if (item.descriptionShort().isPresent()) {
      localized(
          out,
          "description_short",
          p.flatMap(Product::descriptionShort),
          item.descriptionShort().get());
    }
    decimal(out, "price", p.flatMap(Product::price), price, existing == null);
    decimal(
        out, "wholesale_price", p.flatMap(Product::wholesalePrice), item.cost(), existing == null);
    number(
        out,
        "id_category_default",
        p.flatMap(Product::idCategoryDefault),
        categoryDefault,
        existing == null);
    Set<Long> have = new TreeSet<>(p.map(Product::categories).orElse(List.of()));
    Set<Long> want = new TreeSet<>(categories);
    if (!have.equals(want)) {
      out.add(
          new FieldChange("categories", existing == null ? "" : have.toString(), want.toString()));
    }
    if (item.weight().isPresent()) {
      decimal(out, "weight", p.flatMap(Product::weight), item.weight().get(), existing == null);
    }
    if (item.ean13().isPresent()) {
      text(out, "ean13", p.flatMap(Product::ean13), item.ean13().get());
    }
    if (taxRulesGroup != null) {
      number(
          out,
          "id_tax_rules_group",
          p.flatMap(Product::idTaxRulesGroup),
          taxRulesGroup,
          existing == null);
    }
    return out;
  }

  /** Sets the given owned fields (names as in {@link #diff}, languages stripped) on a builder. */
  Product.Builder apply(Product.Builder b, Set<String> fields) {
    if (fields.contains("reference")) {
      b.reference(item.reference());
    }
    if (fields.contains("name")) {
      b.name(owned(item.name()));
    }
    if (fields.contains("description")) {
      b.description(owned(item.description().orElseThrow()));
    }
    if (fields.contains("description_short")) {
      b.descriptionShort(owned(item.descriptionShort().orElseThrow()));
    }
    if (fields.contains("price")) {
      b.price(price);
    }
    if (fields.contains("wholesale_price")) {
      b.wholesalePrice(item.cost());
    }
    if (fields.contains("id_category_default")) {
      b.idCategoryDefault(categoryDefault);
    }
    if (fields.contains("categories")) {
      b.categories(categories);
    }
    if (fields.contains("weight")) {
      b.weight(item.weight().orElseThrow());
    }
    if (fields.contains("ean13")) {
      b.ean13(item.ean13().orElseThrow());
    }
    if (fields.contains("id_tax_rules_group")) {
      b.idTaxRulesGroup(taxRulesGroup);
    }
    return b;
  }

  /**
   * A new product: the owned fields named (every one, as {@code diff(null)} names them), the
   * link_rewrite made from the names, state 1.
   */
  Product newProduct(Set<String> fields, boolean active) {
    Product.Builder b = apply(Product.builder(), fields);
    LocalizedText slugs = LocalizedText.empty();
    for (int language : languages) {
      String slug = slug(item.name().get(language).orElseThrow());
      if (!slug.isEmpty()) {
        slugs = slugs.with(language, slug);
      }
    }
    if (!slugs.isEmpty()) {
      b.linkRewrite(slugs);
    }
    // state 0 is a draft the back office hides and later purges.
    return b.state(1L).active(active).build();
  }

  // ---- combinations

  /** A combination's owned fields that differ from the store's ({@code existing} null: all). */
  List<FieldChange> diff(Variant v, Combination existing) {
    List<FieldChange> out = new ArrayList<>();
    Optional<Combination> c = Optional.ofNullable(existing);
    String prefix = "combinations[" + v.source().reference() + "].";
    text(out, prefix + "reference", c.flatMap(Combination::reference), v.source().reference());
    Set<Long> have = new TreeSet<>(c.map(Combination::productOptionValues).orElse(List.of()));
    Set<Long> want = new TreeSet<>(v.source().optionValueIds());
    if (!have.equals(want)) {
      out.add(
          new FieldChange(
              prefix + "product_option_values",
              existing == null ? "" : have.toString(),
              want.toString()));
    }
    decimal(
        out,
        prefix + "wholesale_price",
        c.flatMap(Combination::wholesalePrice),
        v.wholesale(),
        existing == null);
    decimal(out, prefix + "price", c.flatMap(Combination::price), v.impact(), existing == null);
    if (v.source().ean13().isPresent()) {
      text(out, prefix + "ean13", c.flatMap(Combination::ean13), v.source().ean13().get());
    }
    if (v.source().weightImpact().isPresent()) {
      decimal(
          out,
          prefix + "weight",
          c.flatMap(Combination::weight),
          v.source().weightImpact().get(),
          existing == null);
    }
    return out;
  }

  Combination.Builder apply(Combination.Builder b, Variant v, Set<String> fields) {
    if (fields.contains("reference")) {
      b.reference(v.source().reference());
    }
    if (fields.contains("product_option_values")) {
      b.productOptionValues(v.source().optionValueIds());
    }
    if (fields.contains("wholesale_price")) {
      b.wholesalePrice(v.wholesale());
    }
    if (fields.contains("price")) {
      b.price(v.impact());
    }
    if (fields.contains("ean13")) {
      b.ean13(v.source().ean13().orElseThrow());
    }
    if (fields.contains("weight")) {
      b.weight(v.source().weightImpact().orElseThrow());
    }
    return b;
  }

  /** A new combination: the owned fields named (every one, as {@code diff(v, null)} names them). */
  Combination newCombination(Variant v, Set<String> fields, long productId) {
    return apply(Combination.builder(), v, fields).idProduct(productId).minimalQuantity(1L).build();
  }

  // ---- helpers

  /** The base field names of changes: {@code name[2]} gives {@code name}, prefixes dropped. */
  static Set<String> fieldNames(List<FieldChange> changes) {
    Set<String> names = new TreeSet<>();
    for (FieldChange change : changes) {
      String field = change.field();
      int dot = field.lastIndexOf("].");
      if (dot >= 0) {
        field = field.substring(dot + 2);
      }
      int bracket = field.indexOf('[');
      names.add(bracket >= 0 ? field.substring(0, bracket) : field);
    }
    return names;
  }

  private LocalizedText owned(LocalizedText text) {
    LocalizedText out = LocalizedText.empty();
    for (int language : languages) {
      Optional<String> value = text.get(language);
      if (value.isPresent()) {
        out = out.with(language, value.get());
      }
    }
    return out;
  }

  private void localized(
      List<FieldChange> out, String field, Optional<LocalizedText> have, LocalizedText want) {
    for (int language : languages) {
      Optional<String> wanted = want.get(language);
      if (wanted.isEmpty()) {
        continue;
      }
      String current = have.flatMap(t -> t.get(language)).orElse("");
      if (!current.equals(wanted.get())) {
        out.add(new FieldChange(field + "[" + language + "]", current, wanted.get()));
      }
    }
  }

  // A new object has no text yet: "" differs from every wanted value (none is empty).
  private static void text(
      List<FieldChange> out, String field, Optional<String> have, String want) {
    String current = have.orElse("");
    if (!current.equals(want)) {
      out.add(new FieldChange(field, current, want));
    }
  }

  // Decimals compare by value: the store answers 19.990000 for 19.99; empty reads as 0.
  private static void decimal(
      List<FieldChange> out,
      String field,
      Optional<BigDecimal> have,
      BigDecimal want,
      boolean always) {
    if (always || have.orElse(BigDecimal.ZERO).compareTo(want) != 0) {
      out.add(
          new FieldChange(
              field, have.map(BigDecimal::toPlainString).orElse(""), want.toPlainString()));
    }
  }

  private static void number(
      List<FieldChange> out, String field, Optional<Long> have, long want, boolean always) {
    if (always || have.orElse(0L) != want) {
      out.add(new FieldChange(field, have.map(String::valueOf).orElse(""), Long.toString(want)));
    }
  }

  // PrestaShop's isLinkRewrite: letters, digits, - and _; accents dropped, at most 128.
  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.length() > 128 ? slug.substring(0, 128).replaceAll("-+$", "") : slug;
  }
}
