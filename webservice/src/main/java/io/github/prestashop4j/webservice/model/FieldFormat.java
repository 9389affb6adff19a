package io.github.prestashop4j.webservice.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PrestaShop validators ({@code format} in a synopsis) that are a plain pattern on the text,
 * and that the SDK therefore checks before sending. Validators that depend on the store's settings
 * ({@code isCleanHtml}, {@code isLinkRewrite}) or on its data are left to the store.
 */
public enum FieldFormat {
  /** {@code isGenericName}: no {@code < > = { }}. */
  GENERIC_NAME("isGenericName", "[^<>={}]*"),
  /** {@code isName}: a person's name, without digits and most punctuation. */
  NAME("isName", "[^0-9!<>,;?=+()@#\"°{}_$%:¤|]*"),
  /**
   * {@code isCustomerName}: checked here as {@code isName}, which it narrows; the store checks the
   * rest.
   */
  CUSTOMER_NAME("isCustomerName", "[^0-9!<>,;?=+()@#\"°{}_$%:¤|]*"),
  /** {@code isCatalogName}: no {@code < > ; = # { }}. */
  CATALOG_NAME("isCatalogName", "[^<>;=#{}]*"),
  /** {@code isReference}: no {@code < > ; = { }}. */
  REFERENCE("isReference", "[^<>;={}]*"),
  /** {@code isEmail}: an e-mail address with a dotted domain. */
  EMAIL(
      "isEmail",
      "[a-z\\p{L}0-9!#$%&'*+/=?^`{}|~_-]+[.a-z\\p{L}0-9!#$%&'*+/=?^`{}|~_-]*"
          + "@[a-z\\p{L}0-9]+(?:[.]?[_a-z\\p{L}0-9-])*\\.[a-z\\p{L}0-9]+"),
  /** {@code isEan13}: up to 13 digits. */
  EAN13("isEan13", "[0-9]{0,13}"),
  /** {@code isUpc}: up to 12 digits. */
  UPC("isUpc", "[0-9]{0,12}"),
  /** {@code isIsbn}: up to 32 digits and hyphens. */
  ISBN("isIsbn", "[0-9-]{0,32}"),
  /** {@code isMd5}: 32 hexadecimal digits. */
  MD5("isMd5", "[a-fA-F0-9]{32}"),
  /** {@code isSha1}: 40 hexadecimal digits. */
  SHA1("isSha1", "[a-fA-F0-9]{40}"),
  /** {@code isLanguageIsoCode}: two or three letters. */
  LANGUAGE_ISO_CODE("isLanguageIsoCode", "[a-zA-Z]{2,3}"),
  /** {@code isLanguageCode}: {@code xx} or {@code xx-yy}. */
  LANGUAGE_CODE("isLanguageCode", "[a-zA-Z]{2}(-[a-zA-Z]{2})?"),
  /** {@code isColor}: {@code #rrggbb} or a colour name. */
  COLOR("isColor", "(#[0-9a-fA-F]{6}|[a-zA-Z0-9-]*)"),
  /** {@code isPhoneNumber}: digits, spaces and {@code + . ( ) / -}. */
  PHONE_NUMBER("isPhoneNumber", "[+0-9. ()/-]*"),
  /** {@code isPostCode}: letters, digits, spaces and hyphens. */
  POST_CODE("isPostCode", "[a-zA-Z 0-9-]*"),
  /** {@code isCityName}: no {@code ! < > ; ? = + @ # " ° { } _ $ %}. */
  CITY_NAME("isCityName", "[^!<>;?=+@#\"°{}_$%]*"),
  /** {@code isAddress}: no {@code ! < > ? = + @ { } _ $ %}. */
  ADDRESS("isAddress", "[^!<>?=+@{}_$%]*"),
  /** {@code isMessage}: no {@code < > { }}. */
  MESSAGE("isMessage", "[^<>{}]*");

  private final String validator;
  private final Pattern pattern;

  FieldFormat(String validator, String pattern) {
    this.validator = validator;
    this.pattern =
        Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  /**
   * Finds the format of a PrestaShop validator.
   *
   * @param validator the validator's name, for example {@code isEmail}; like PHP method names, the
   *     case does not matter (some synopses say {@code IsGenericName})
   * @return the format, empty if the SDK does not check it
   */
  public static Optional<FieldFormat> of(String validator) {
    return Arrays.stream(values()).filter(f -> f.validator.equalsIgnoreCase(validator)).findFirst();
  }

  /**
   * Returns the PrestaShop validator's name.
   *
   * @return for example {@code isEmail}
   */
  public String validator() {
    return validator;
  }

  /**
   * Tells whether a text matches.
   *
   * @param text the text
   * @return {@code true} if it does
   */
  public boolean matches(CharSequence text) {
    return pattern.matcher(text).matches();
  }

  /** Returns the validator's name, as messages show it. */
  @Override
  public String toString() {
    return validator;
  }
}
