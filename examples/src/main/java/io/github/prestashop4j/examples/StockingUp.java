package io.github.prestashop4j.examples;

import io.github.prestashop4j.webservice.Filter;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.jobs.catalog.ActivationReport;
import io.github.prestashop4j.webservice.jobs.catalog.CatalogCombination;
import io.github.prestashop4j.webservice.jobs.catalog.CatalogImage;
import io.github.prestashop4j.webservice.jobs.catalog.CatalogImport;
import io.github.prestashop4j.webservice.jobs.catalog.CatalogItem;
import io.github.prestashop4j.webservice.jobs.catalog.CategoryMapping;
import io.github.prestashop4j.webservice.jobs.catalog.ImportReport;
import io.github.prestashop4j.webservice.jobs.catalog.ItemResult;
import io.github.prestashop4j.webservice.jobs.catalog.PricingStrategy;
import io.github.prestashop4j.webservice.jobs.catalog.RoundingRule;
import io.github.prestashop4j.webservice.model.Category;
import io.github.prestashop4j.webservice.model.Product;
import io.github.prestashop4j.webservice.model.ProductOptionValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Stocking-up: a warehouse maps its categories to the shop's, prices its products with a margin,
 * creates them inactive, shows the review list, activates them after review and updates stock.
 */
final class StockingUp implements Example {
  public static void main(String[] args) {
    Example.main(new StockingUp());
  }

  @Override
  public String title() {
    return "Stocking-up";
  }

  @Override
  public void run(Environment environment, PrintStream out) throws Exception {
    try (WebserviceClient shop = environment.store()) {
      // The shop's categories under Home, and two option values (a size, a colour...).
      List<Category> categories =
          shop.categories().list(Query.where("id_parent", Filter.equalTo(2))).items();
      List<ProductOptionValue> options =
          shop.productOptionValues().list(Query.builder().limit(2).build()).items();
      long clothes = categories.get(0).id().orElseThrow();
      long accessories = categories.get(categories.size() - 1).id().orElseThrow();
      CategoryMapping mapping =
          CategoryMapping.builder()
              .map("WH/TEXTILE", clothes)
              .map("WH/HOMEWARE", accessories)
              .fallback(2)
              .build();
      out.printf(
          "Category mapping: WH/TEXTILE -> %d, WH/HOMEWARE -> %d, anything else -> 2%n",
          clothes, accessories);

      // On a real store the example only previews, unless told it may write.
      boolean dryRun =
          environment.realStore()
              && !"true".equals(environment.variable("PRESTASHOP_EXAMPLES_WRITE", ""));
      CatalogImport stockingUp =
          CatalogImport.builder(shop)
              .categories(mapping)
              .pricing(
                  PricingStrategy.costPlusMargin(new BigDecimal("40"), RoundingRule.endingIn99()))
              .languages(1, 2)
              .dryRun(dryRun)
              .build();
      List<CatalogItem> items =
          List.of(
              CatalogItem.builder("WH-MUG-001")
                  .name(1, "Speckled mug")
                  .name(2, "Tasse mouchetée")
                  .warehouseCategory("WH/HOMEWARE")
                  .cost(new BigDecimal("4.20"))
                  .weight(new BigDecimal("0.350"))
                  .quantity(120)
                  .image(CatalogImage.bytes(png(), "mug.png"))
                  .build(),
              CatalogItem.builder("WH-TEE-001")
                  .name(1, "Organic tee")
                  .name(2, "T-shirt bio")
                  .warehouseCategory("WH/TEXTILE")
                  .cost(new BigDecimal("6.00"))
                  .combination(
                      CatalogCombination.builder("WH-TEE-001-A")
                          .optionValues(options.get(0).id().orElseThrow())
                          .quantity(30)
                          .build())
                  .combination(
                      CatalogCombination.builder("WH-TEE-001-B")
                          .optionValues(options.get(1).id().orElseThrow())
                          .cost(new BigDecimal("7.00"))
                          .quantity(12)
                          .build())
                  .build());

      if (dryRun) {
        out.println("Dry run on a real store: " + stockingUp.run(items).summary());
        out.println("(Set PRESTASHOP_EXAMPLES_WRITE=true to create the products, inactive.)");
        return;
      }
      ImportReport created = stockingUp.run(items);
      out.println("Import: " + created.summary());
      if (!created.succeeded()) {
        throw new IllegalStateException("import failed: " + created.failures());
      }

      out.println("Review list (inactive until activated):");
      for (ItemResult item : created.items()) {
        Product product = shop.products().get(item.productId().orElseThrow());
        out.printf(
            "  %s  %-16s %s  active=%s%n",
            product.reference().orElse(""),
            product.name().flatMap(n -> n.get(1)).orElse(""),
            product.price().map(BigDecimal::toPlainString).orElse("?"),
            product.active().orElse(false));
      }

      ActivationReport activated = stockingUp.activate(List.of("WH-MUG-001", "WH-TEE-001"));
      out.println("Activated after review: " + activated.activated());
      if (activated.activated().size() != items.size()) {
        throw new IllegalStateException("not every reviewed product was activated: " + activated);
      }

      // The warehouse's next feed: the mug's stock went down, nothing else changed.
      List<CatalogItem> nextFeed =
          List.of(items.get(0).toBuilder().quantity(95).build(), items.get(1));
      ImportReport stock = stockingUp.run(nextFeed);
      out.println("Stock update: " + stock.summary() + " " + stock.item("WH-MUG-001").changes());
      ImportReport again = stockingUp.run(nextFeed);
      out.println("Same feed again: " + again.summary());
      if (stock.count(ItemResult.Status.UPDATED) != 1
          || again.count(ItemResult.Status.UNCHANGED) != items.size()) {
        throw new IllegalStateException(
            "unexpected re-runs: " + stock.summary() + " / " + again.summary());
      }
    }
  }

  // A small generated picture, standing in for the warehouse's product photo.
  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) {
      for (int y = 0; y < 8; y++) {
        image.setRGB(x, y, (x + y) % 2 == 0 ? 0x3366CC : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }
}
