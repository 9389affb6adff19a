package io.github.prestashop4j.webservice;

import java.util.Objects;

/**
 * One option of a virtual price field: {@code price[alias][name]=value} (products and
 * combinations). Options left out take the shop's defaults. Immutable and thread-safe.
 *
 * <pre>{@code
 * Query.builder()
 *     .display(Display.fields("id", "price", "unit_3"))
 *     .price("unit_3", PriceOption.quantity(3), PriceOption.useTax(false))
 *     .build();
 * // display=[id,price,unit_3]&price[unit_3][quantity]=3&price[unit_3][use_tax]=0
 * }</pre>
 *
 * @see Query.Builder#price(String, PriceOption...)
 */
public final class PriceOption {

  private final String name;
  private final String value;

  private PriceOption(String name, String value) {
    this.name = name;
    this.value = value;
  }

  private static PriceOption id(String name, int id) {
    if (id < 0) {
      throw new IllegalArgumentException(
          "price option " + name + ": must not be negative (got " + id + ")");
    }
    return new PriceOption(name, Integer.toString(id));
  }

  private static PriceOption flag(String name, boolean on) {
    return new PriceOption(name, on ? "1" : "0");
  }

  /**
   * Country whose taxes apply: {@code country}.
   *
   * @param idCountry the country id; 0 or more
   * @return the option
   * @throws IllegalArgumentException if the id is negative
   */
  public static PriceOption country(int idCountry) {
    return id("country", idCountry);
  }

  /**
   * State whose taxes apply: {@code state}.
   *
   * @param idState the state id; 0 or more
   * @return the option
   * @throws IllegalArgumentException if the id is negative
   */
  public static PriceOption state(int idState) {
    return id("state", idState);
  }

  /**
   * Postcode whose taxes apply: {@code postcode}, the name PrestaShop's documentation gives. Some
   * PrestaShop versions read the postcode from {@code county} instead: see {@link #county(String)}.
   *
   * @param postcode the postcode; not empty
   * @return the option
   * @throws IllegalArgumentException if the postcode is empty
   */
  public static PriceOption postcode(String postcode) {
    return new PriceOption("postcode", text("postcode", postcode));
  }

  /**
   * Postcode whose taxes apply, under the parameter name {@code county} that the Webservice code
   * reads.
   *
   * @param postcode the postcode; not empty
   * @return the option
   * @throws IllegalArgumentException if the postcode is empty
   */
  public static PriceOption county(String postcode) {
    return new PriceOption("county", text("county", postcode));
  }

  /**
   * Currency of the price: {@code currency}.
   *
   * @param idCurrency the currency id; 0 or more
   * @return the option
   * @throws IllegalArgumentException if the id is negative
   */
  public static PriceOption currency(int idCurrency) {
    return id("currency", idCurrency);
  }

  /**
   * Customer group whose reductions apply: {@code group}.
   *
   * @param idGroup the group id; 0 or more
   * @return the option
   * @throws IllegalArgumentException if the id is negative
   */
  public static PriceOption group(int idGroup) {
    return id("group", idGroup);
  }

  /**
   * Quantity bought, for quantity discounts: {@code quantity}.
   *
   * @param quantity the quantity; 1 or more
   * @return the option
   * @throws IllegalArgumentException if the quantity is less than 1
   */
  public static PriceOption quantity(int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException(
          "price option quantity: must be at least 1 (got " + quantity + ")");
    }
    return new PriceOption("quantity", Integer.toString(quantity));
  }

  /**
   * Combination whose price impact applies: {@code product_attribute}.
   *
   * @param idProductAttribute the combination id; 0 or more
   * @return the option
   * @throws IllegalArgumentException if the id is negative
   */
  public static PriceOption productAttribute(int idProductAttribute) {
    return id("product_attribute", idProductAttribute);
  }

  /**
   * Number of decimals the price is rounded to: {@code decimals}.
   *
   * @param decimals 0 or more
   * @return the option
   * @throws IllegalArgumentException if the number is negative
   */
  public static PriceOption decimals(int decimals) {
    return id("decimals", decimals);
  }

  /**
   * Whether taxes are included: {@code use_tax}.
   *
   * @param useTax {@code true} for a tax-included price
   * @return the option
   */
  public static PriceOption useTax(boolean useTax) {
    return flag("use_tax", useTax);
  }

  /**
   * Whether reductions apply: {@code use_reduction} (the server's default is {@code true}).
   *
   * @param useReduction {@code true} to apply reductions
   * @return the option
   */
  public static PriceOption useReduction(boolean useReduction) {
    return flag("use_reduction", useReduction);
  }

  /**
   * Whether only the reduction amount is returned: {@code only_reduction}.
   *
   * @param onlyReduction {@code true} for the reduction alone
   * @return the option
   */
  public static PriceOption onlyReduction(boolean onlyReduction) {
    return flag("only_reduction", onlyReduction);
  }

  /**
   * Whether the eco-tax is included: {@code use_ecotax}.
   *
   * @param useEcotax {@code true} to include it
   * @return the option
   */
  public static PriceOption useEcotax(boolean useEcotax) {
    return flag("use_ecotax", useEcotax);
  }

  /**
   * The option name, as in {@code price[alias][name]}.
   *
   * @return for example {@code use_tax}
   */
  public String name() {
    return name;
  }

  /**
   * The option value, decoded.
   *
   * @return for example {@code 0}
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceOption p && p.name.equals(name) && p.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value);
  }

  @Override
  public String toString() {
    return name + "=" + value;
  }

  private static String text(String name, String value) {
    Objects.requireNonNull(value, "price option " + name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("price option " + name + ": must not be empty");
    }
    return Names.wellFormed(value, "price option " + name);
  }
}
