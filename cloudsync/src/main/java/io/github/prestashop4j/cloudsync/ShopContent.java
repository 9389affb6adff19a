package io.github.prestashop4j.cloudsync;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of shop data a merchant consents to share through CloudSync, such as {@link #INFO} (always
 * shared), {@link #PRODUCTS} or {@link #ORDERS}. The Reporting API reports on them and the Sync API
 * triggers syncs for them.
 *
 * <p>String-backed rather than an enum: a value PrestaShop adds later is kept by {@link
 * #of(String)} and sent back unchanged. Immutable; equal when the values are equal.
 */
public final class ShopContent implements Serializable {
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

  /** The value, as the APIs spell it. */
  private final String value;

  private ShopContent(String value) {
    this.value = value;
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
    String lower = trimmed.toLowerCase(Locale.ROOT);
    for (ShopContent known : KNOWN) {
      if (known.value.equals(lower)) {
        return known;
      }
    }
    return new ShopContent(trimmed);
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
   * Returns the value as the APIs spell it.
   *
   * @return for example {@code orders}
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether this is one of the constants of this class.
   *
   * @return {@code false} for a value PrestaShop added after this SDK was released
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShopContent that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the value. */
  @Override
  public String toString() {
    return value;
  }

  /**
   * Keeps the constants unique after deserialisation.
   *
   * @return the constant with this value, or this value
   */
  private Object readResolve() {
    return of(value);
  }
}
