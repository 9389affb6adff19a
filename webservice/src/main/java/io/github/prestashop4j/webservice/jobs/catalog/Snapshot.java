package io.github.prestashop4j.webservice.jobs.catalog;

import io.github.prestashop4j.webservice.Filter;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Combination;
import io.github.prestashop4j.webservice.model.Product;
import io.github.prestashop4j.webservice.model.StockAvailable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the store holds for one batch of references, read in three requests: the products by
 * reference, their combinations and their stock rows.
 */
final class Snapshot {
  private final Map<String, List<Product>> products = new HashMap<>();
  private final Map<Long, List<Combination>> combinations = new HashMap<>();
  private final Map<Long, List<StockAvailable>> stock = new HashMap<>();

  static Snapshot read(WebserviceClient client, List<String> references) {
    Snapshot snapshot = new Snapshot();
    if (references.isEmpty()) {
      return snapshot;
    }
    List<Product> found =
        client.products().list(Query.where("reference", Filter.in(references))).items();
    List<Long> ids = new ArrayList<>();
    for (Product product : found) {
      // MySQL compares references without case, so the store's filter does too.
      String key = key(product.reference().orElse(""));
      snapshot.products.computeIfAbsent(key, k -> new ArrayList<>()).add(product);
      product.id().ifPresent(ids::add);
    }
    if (ids.isEmpty()) {
      return snapshot;
    }
    Query byProduct = Query.where("id_product", Filter.in(ids));
    for (Combination c : client.combinations().list(byProduct).items()) {
      snapshot
          .combinations
          .computeIfAbsent(c.idProduct().orElse(0L), k -> new ArrayList<>())
          .add(c);
    }
    for (StockAvailable row : client.stockAvailables().list(byProduct).items()) {
      snapshot.stock.computeIfAbsent(row.idProduct().orElse(0L), k -> new ArrayList<>()).add(row);
    }
    return snapshot;
  }

  static String key(String reference) {
    return reference.toLowerCase(Locale.ROOT);
  }

  List<Product> products(String reference) {
    return products.getOrDefault(key(reference), List.of());
  }

  List<Combination> combinations(long productId) {
    return combinations.getOrDefault(productId, List.of());
  }

  List<StockAvailable> stock(long productId, long combinationId) {
    return stock.getOrDefault(productId, List.of()).stream()
        .filter(row -> row.idProductAttribute().orElse(0L) == combinationId)
        .toList();
  }
}
