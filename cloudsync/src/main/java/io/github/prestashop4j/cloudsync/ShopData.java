package io.github.prestashop4j.cloudsync;

import io.github.prestashop4j.cloudsync.internal.CloudSyncHttp;
import io.github.prestashop4j.cloudsync.model.Bundle;
import io.github.prestashop4j.cloudsync.model.Carrier;
import io.github.prestashop4j.cloudsync.model.CarrierDetail;
import io.github.prestashop4j.cloudsync.model.CarrierTax;
import io.github.prestashop4j.cloudsync.model.Cart;
import io.github.prestashop4j.cloudsync.model.CartProduct;
import io.github.prestashop4j.cloudsync.model.CartRule;
import io.github.prestashop4j.cloudsync.model.Category;
import io.github.prestashop4j.cloudsync.model.Currency;
import io.github.prestashop4j.cloudsync.model.CustomProductCarrier;
import io.github.prestashop4j.cloudsync.model.Customer;
import io.github.prestashop4j.cloudsync.model.Employee;
import io.github.prestashop4j.cloudsync.model.Image;
import io.github.prestashop4j.cloudsync.model.ImageType;
import io.github.prestashop4j.cloudsync.model.Language;
import io.github.prestashop4j.cloudsync.model.Manufacturer;
import io.github.prestashop4j.cloudsync.model.Order;
import io.github.prestashop4j.cloudsync.model.OrderCarrier;
import io.github.prestashop4j.cloudsync.model.OrderCartRule;
import io.github.prestashop4j.cloudsync.model.OrderDetail;
import io.github.prestashop4j.cloudsync.model.OrderStatusHistory;
import io.github.prestashop4j.cloudsync.model.Product;
import io.github.prestashop4j.cloudsync.model.ProductSupplier;
import io.github.prestashop4j.cloudsync.model.RawRecord;
import io.github.prestashop4j.cloudsync.model.ShopInfo;
import io.github.prestashop4j.cloudsync.model.ShopModule;
import io.github.prestashop4j.cloudsync.model.SpecificPrice;
import io.github.prestashop4j.cloudsync.model.Stock;
import io.github.prestashop4j.cloudsync.model.StockMovement;
import io.github.prestashop4j.cloudsync.model.Store;
import io.github.prestashop4j.cloudsync.model.Supplier;
import io.github.prestashop4j.cloudsync.model.Taxonomy;
import io.github.prestashop4j.cloudsync.model.Theme;
import io.github.prestashop4j.cloudsync.model.Translation;
import io.github.prestashop4j.cloudsync.model.Wishlist;
import io.github.prestashop4j.cloudsync.model.WishlistProduct;
import io.github.prestashop4j.core.RequestOptions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One shop's data in the Expose Raw API, {@code /raw/v1/{shopId}/...}: a typed {@link
 * RawCollection} per collection, any collection by name, and the shop itself.
 *
 * <p>The paths of {@code bundles}, {@code carriers}, {@code carrier-details}, {@code
 * carrier-taxes}, {@code carts}, {@code cart-products}, {@code cart-rules}, {@code categories},
 * {@code currencies}, {@code custom-product-carriers}, {@code customers}, {@code orders}, {@code
 * order-details}, {@code order-status-history} and {@code products} are known from an existing
 * client of the API. The other collections' paths are <b>inferred</b> from ps_eventbus's collection
 * names written in kebab-case, as the known ones are; their accessors say so. If the API names one
 * differently, use {@link #collection(String)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShopData {
  private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  private final CloudSyncHttp http;
  private final String rawPath;
  private final String shopId;

  ShopData(CloudSyncHttp http, String rawPath, String shopId) {
    this.http = http;
    this.rawPath = rawPath;
    this.shopId = shopId;
  }

  /**
   * Returns the CloudSync shop id.
   *
   * @return the shop id
   */
  public String shopId() {
    return shopId;
  }

  /**
   * Gets the shop itself, {@code GET /raw/v1/{shopId}/shop}.
   *
   * @return the shop
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public ShopInfo info() {
    return info(RequestOptions.defaults());
  }

  /**
   * Gets the shop itself with per-call options.
   *
   * @param options per-call options
   * @return the shop
   * @throws io.github.prestashop4j.core.PrestaShopException if the call fails
   */
  public ShopInfo info(RequestOptions options) {
    URI uri = http.uri(rawPath, List.of(shopId, "shop"), Map.of());
    return ShopInfo.of(RawCollection.item(http, uri, http.get(uri, options)));
  }

  /**
   * Returns any collection by name, with generic records; for collections this SDK does not name.
   *
   * @param name the collection as it appears in the path, for example {@code order-details}
   * @return the collection
   * @throws IllegalArgumentException if the name holds characters other than letters, digits,
   *     {@code -}, {@code _} and {@code .}
   */
  public RawCollection<RawRecord> collection(String name) {
    return collection(name, RawRecord::of);
  }

  private <T extends RawRecord> RawCollection<T> collection(
      String name, Function<Map<String, Object>, T> factory) {
    Objects.requireNonNull(name, "collection");
    if (!COLLECTION.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "collection: must be letters, digits, '-', '_' or '.' (got '" + name + "')");
    }
    return new RawCollection<>(http, rawPath, shopId, name, factory);
  }

  /**
   * Returns the {@code orders} collection.
   *
   * @return the collection
   */
  public RawCollection<Order> orders() {
    return collection("orders", Order::of);
  }

  /**
   * Returns the {@code order-details} collection.
   *
   * @return the collection
   */
  public RawCollection<OrderDetail> orderDetails() {
    return collection("order-details", OrderDetail::of);
  }

  /**
   * Returns the {@code order-status-history} collection.
   *
   * @return the collection
   */
  public RawCollection<OrderStatusHistory> orderStatusHistory() {
    return collection("order-status-history", OrderStatusHistory::of);
  }

  /**
   * Returns the {@code order-carriers} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<OrderCarrier> orderCarriers() {
    return collection("order-carriers", OrderCarrier::of);
  }

  /**
   * Returns the {@code order-cart-rules} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<OrderCartRule> orderCartRules() {
    return collection("order-cart-rules", OrderCartRule::of);
  }

  /**
   * Returns the {@code carts} collection.
   *
   * @return the collection
   */
  public RawCollection<Cart> carts() {
    return collection("carts", Cart::of);
  }

  /**
   * Returns the {@code cart-products} collection.
   *
   * @return the collection
   */
  public RawCollection<CartProduct> cartProducts() {
    return collection("cart-products", CartProduct::of);
  }

  /**
   * Returns the {@code cart-rules} collection.
   *
   * @return the collection
   */
  public RawCollection<CartRule> cartRules() {
    return collection("cart-rules", CartRule::of);
  }

  /**
   * Returns the {@code carriers} collection.
   *
   * @return the collection
   */
  public RawCollection<Carrier> carriers() {
    return collection("carriers", Carrier::of);
  }

  /**
   * Returns the {@code carrier-details} collection.
   *
   * @return the collection
   */
  public RawCollection<CarrierDetail> carrierDetails() {
    return collection("carrier-details", CarrierDetail::of);
  }

  /**
   * Returns the {@code carrier-taxes} collection.
   *
   * @return the collection
   */
  public RawCollection<CarrierTax> carrierTaxes() {
    return collection("carrier-taxes", CarrierTax::of);
  }

  /**
   * Returns the {@code categories} collection.
   *
   * @return the collection
   */
  public RawCollection<Category> categories() {
    return collection("categories", Category::of);
  }

  /**
   * Returns the {@code currencies} collection.
   *
   * @return the collection
   */
  public RawCollection<Currency> currencies() {
    return collection("currencies", Currency::of);
  }

  /**
   * Returns the {@code customers} collection.
   *
   * @return the collection
   */
  public RawCollection<Customer> customers() {
    return collection("customers", Customer::of);
  }

  /**
   * Returns the {@code custom-product-carriers} collection.
   *
   * @return the collection
   */
  public RawCollection<CustomProductCarrier> customProductCarriers() {
    return collection("custom-product-carriers", CustomProductCarrier::of);
  }

  /**
   * Returns the {@code bundles} collection.
   *
   * @return the collection
   */
  public RawCollection<Bundle> bundles() {
    return collection("bundles", Bundle::of);
  }

  /**
   * Returns the {@code products} collection.
   *
   * @return the collection
   */
  public RawCollection<Product> products() {
    return collection("products", Product::of);
  }

  /**
   * Returns the {@code product-suppliers} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<ProductSupplier> productSuppliers() {
    return collection("product-suppliers", ProductSupplier::of);
  }

  /**
   * Returns the {@code specific-prices} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<SpecificPrice> specificPrices() {
    return collection("specific-prices", SpecificPrice::of);
  }

  /**
   * Returns the {@code stocks} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Stock> stocks() {
    return collection("stocks", Stock::of);
  }

  /**
   * Returns the {@code stock-movements} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<StockMovement> stockMovements() {
    return collection("stock-movements", StockMovement::of);
  }

  /**
   * Returns the {@code employees} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Employee> employees() {
    return collection("employees", Employee::of);
  }

  /**
   * Returns the {@code images} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Image> images() {
    return collection("images", Image::of);
  }

  /**
   * Returns the {@code image-types} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<ImageType> imageTypes() {
    return collection("image-types", ImageType::of);
  }

  /**
   * Returns the {@code languages} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Language> languages() {
    return collection("languages", Language::of);
  }

  /**
   * Returns the {@code manufacturers} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Manufacturer> manufacturers() {
    return collection("manufacturers", Manufacturer::of);
  }

  /**
   * Returns the {@code modules} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<ShopModule> modules() {
    return collection("modules", ShopModule::of);
  }

  /**
   * Returns the {@code stores} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Store> stores() {
    return collection("stores", Store::of);
  }

  /**
   * Returns the {@code suppliers} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Supplier> suppliers() {
    return collection("suppliers", Supplier::of);
  }

  /**
   * Returns the {@code taxonomies} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Taxonomy> taxonomies() {
    return collection("taxonomies", Taxonomy::of);
  }

  /**
   * Returns the {@code themes} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Theme> themes() {
    return collection("themes", Theme::of);
  }

  /**
   * Returns the {@code translations} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Translation> translations() {
    return collection("translations", Translation::of);
  }

  /**
   * Returns the {@code wishlists} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<Wishlist> wishlists() {
    return collection("wishlists", Wishlist::of);
  }

  /**
   * Returns the {@code wishlist-products} collection. The path is inferred, not confirmed.
   *
   * @return the collection
   */
  public RawCollection<WishlistProduct> wishlistProducts() {
    return collection("wishlist-products", WishlistProduct::of);
  }

  @Override
  public String toString() {
    return "ShopData[" + shopId + "]";
  }
}
