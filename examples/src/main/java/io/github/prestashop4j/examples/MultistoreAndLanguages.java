package io.github.prestashop4j.examples;

import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Language;
import io.github.prestashop4j.webservice.model.Product;
import io.github.prestashop4j.webservice.model.Shop;
import java.io.PrintStream;
import java.util.List;

/** Multistore and languages: read and write per shop and per language. */
final class MultistoreAndLanguages implements Example {
  public static void main(String[] args) {
    Example.main(new MultistoreAndLanguages());
  }

  @Override
  public String title() {
    return "Multistore and languages";
  }

  @Override
  public void run(Environment environment, PrintStream out) throws Exception {
    try (WebserviceClient shop = environment.store()) {
      List<Shop> shops = shop.shops().list().items();
      List<Language> languages = shop.languages().list().items();
      out.printf(
          "Shops: %s; languages: %s%n",
          shops.stream().map(s -> s.id().orElseThrow() + "=" + s.name().orElse("?")).toList(),
          languages.stream()
              .map(l -> l.id().orElseThrow() + "=" + l.isoCode().orElse("?"))
              .toList());
      long shopId = shops.get(0).id().orElseThrow();
      Query inShop = Query.builder().shop((int) shopId).build();

      Product product =
          shop.products().list(Query.builder().shop((int) shopId).limit(1).build()).items().get(0);
      long productId = product.id().orElseThrow();
      for (Language language : languages) {
        int languageId = language.id().orElseThrow().intValue();
        out.printf(
            "  product %d in %s: %s%n",
            productId,
            language.isoCode().orElse("?"),
            product.name().flatMap(n -> n.get(languageId)).orElse("(none)"));
      }

      if (environment.fakeStore().isEmpty()) {
        out.println("(A real store: no write is made.)");
        return;
      }
      int secondLanguage = languages.get(languages.size() - 1).id().orElseThrow().intValue();
      String renamed = product.name().flatMap(n -> n.get(secondLanguage)).orElse("") + " (édition)";
      shop.products().patch(product.toBuilder().name(secondLanguage, renamed).build(), inShop);
      Product reread =
          shop.products()
              .get(productId, Query.builder().language(secondLanguage).shop((int) shopId).build());
      String stored = reread.name().flatMap(n -> n.get(secondLanguage)).orElse("");
      out.printf("Renamed in language %d of shop %d: %s%n", secondLanguage, shopId, stored);
      if (!stored.equals(renamed)) {
        throw new IllegalStateException("the store kept \"" + stored + "\"");
      }
    }
  }
}
