package io.github.prestashop4j.cloudsync;

import io.github.prestashop4j.core.StringValue;
import java.util.List;
import java.util.Objects;

/**
 * A kind of shop data a merchant consents to share through CloudSync, such as {@link #INFO} (always
 * shared), {@link #PRODUCTS} or {@link #ORDERS}. The Reporting API reports on them and the Sync API
 * triggers syncs for them.
 *
 * <p>String-backed rather than an enum: a value PrestaShop adds later is kept by {@link
 * #of(String)} and sent back unchanged. Immutable; equal when the values are equal.
 */
public final class ShopContent extends StringValue {
  private static final long serialVersionUID = 1L;

  /** {@code info}: the shop itself (mandatory consent). */
  public static final ShopContent INFO = new ShopContent("info");

  /** {@code modules}: installed modules (full sync only). */
  public static final ShopContent MODULES = new ShopContent("modules");

  /** {@code themes}: installed themes (full sync only). */
  public static final ShopContent THEMES = new ShopContent("themes");

  /** {@code carts}: carts, cart products and cart rules. */
  public static final ShopContent CARTS = new ShopContent("carts");

  /** {@code carriers}: carriers, their details and taxes. */
  public static final ShopContent CARRIERS = new ShopContent("carriers");

  /** {@code categories}. */
  public static final ShopContent CATEGORIES = new ShopContent("categories");

  /** {@code currencies}. */
  public static final ShopContent CURRENCIES = new ShopContent("currencies");

  /** {@code customers} (anonymised: an email hash instead of the address). */
  public static final ShopContent CUSTOMERS = new ShopContent("customers");

  /** {@code employees} (anonymised). */
  public static final ShopContent EMPLOYEES = new ShopContent("employees");

  /** {@code images}. */
  public static final ShopContent IMAGES = new ShopContent("images");

  /** {@code manufacturers}. */
  public static final ShopContent MANUFACTURERS = new ShopContent("manufacturers");

  /** {@code orders}: orders, their details, carriers, cart rules and status history. */
  public static final ShopContent ORDERS = new ShopContent("orders");

  /** {@code products}: products, bundles, specific prices, suppliers. */
  public static final ShopContent PRODUCTS = new ShopContent("products");

  /** {@code stocks}: stocks and stock movements. */
  public static final ShopContent STOCKS = new ShopContent("stocks");

  /** {@code stores}. */
  public static final ShopContent STORES = new ShopContent("stores");

  /** {@code suppliers}. */
  public static final ShopContent SUPPLIERS = new ShopContent("suppliers");

  /** {@code taxonomies} (full sync only). */
  public static final ShopContent TAXONOMIES = new ShopContent("taxonomies");

  /** {@code translations}. */
  public static final ShopContent TRANSLATIONS = new ShopContent("translations");

  /** {@code wishlists}: wishlists and their products. */
  public static final ShopContent WISHLISTS = new ShopContent("wishlists");

  private static final List<ShopContent> KNOWN =
      List.of(
          INFO,
          MODULES,
          THEMES,
          CARTS,
          CARRIERS,
          CATEGORIES,
          CURRENCIES,
          CUSTOMERS,
          EMPLOYEES,
          IMAGES,
          MANUFACTURERS,
          ORDERS,
          PRODUCTS,
          STOCKS,
          STORES,
          SUPPLIERS,
          TAXONOMIES,
          TRANSLATIONS,
          WISHLISTS);

  private ShopContent(String value) {
    super(value);
  }

  /**
   * Returns the content with this value: a constant of this class when one matches, otherwise a new
   * value kept as given.
   *
   * @param value for example {@code orders}; compared without regard to case and surrounding blanks
   * @return the content
   * @throws IllegalArgumentException if the value is blank or contains whitespace or control
   *     characters
   */
  public static ShopContent of(String value) {
    Objects.requireNonNull(value, "shopContent");
    String trimmed = value.strip();
    if (trimmed.isEmpty()
        || trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException(
          "shopContent: must be a non-blank word without spaces (got '" + value + "')");
    }
    return lookup(trimmed, KNOWN, ShopContent::new);
  }

  /**
   * Returns the contents this SDK knows, in the order of the consent screen.
   *
   * @return the constants of this class
   */
  public static List<ShopContent> known() {
    return KNOWN;
  }

  /**
   * Tells whether this is one of the constants of this class.
   *
   * @return {@code false} for a value PrestaShop added after this SDK was released
   */
  @Override
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Keeps the constants unique after deserialisation.
   *
   * @return the constant with this value, or this value
   */
  private Object readResolve() {
    return of(value());
  }
}
