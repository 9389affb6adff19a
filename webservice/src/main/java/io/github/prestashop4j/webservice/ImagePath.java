package io.github.prestashop4j.webservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Where an image lives under {@code /api/images/}: built from ids only, so that no caller input can
 * change the path. Immutable.
 *
 * <pre>{@code
 * ImagePath.product(1, 24)                        // images/products/1/24
 * ImagePath.product(1, 24).size("small_default")  // images/products/1/24/small_default
 * ImagePath.of(ImageKind.CATEGORIES, 3)           // images/categories/3
 * ImagePath.general("header")                     // images/general/header
 * ImagePath.customization(6, 2, 1)                // images/customizations/6/2/1
 * }</pre>
 */
public final class ImagePath {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  /** The shop logo on the front office: {@code images/general/header}. */
  public static final String HEADER = "header";

  /** The logo in e-mails: {@code images/general/mail}. */
  public static final String MAIL = "mail";

  /** The logo on invoices: {@code images/general/invoice}. */
  public static final String INVOICE = "invoice";

  /** The favicon: {@code images/general/store_icon}. */
  public static final String STORE_ICON = "store_icon";

  private final ImageKind kind;
  private final List<Long> ids;
  private final String general;
  private final String size;

  private ImagePath(ImageKind kind, List<Long> ids, String general, String size) {
    this.kind = kind;
    this.ids = List.copyOf(ids);
    this.general = general;
    this.size = size;
  }

  /**
   * The images of one product, where {@link WebserviceImages#upload(ImagePath, ImageFile)} adds a
   * new one: {@code images/products/{productId}}.
   *
   * @param productId the product
   * @return the path
   * @throws IllegalArgumentException if the id is not positive
   */
  public static ImagePath product(long productId) {
    return new ImagePath(ImageKind.PRODUCTS, List.of(positive(productId, "productId")), null, null);
  }

  /**
   * One product image: {@code images/products/{productId}/{imageId}}.
   *
   * @param productId the product
   * @param imageId the image, as listed by {@link WebserviceImages#productImageIds(long)}
   * @return the path
   * @throws IllegalArgumentException if an id is not positive
   */
  public static ImagePath product(long productId, long imageId) {
    return new ImagePath(
        ImageKind.PRODUCTS,
        List.of(positive(productId, "productId"), positive(imageId, "imageId")),
        null,
        null);
  }

  /**
   * The image of one category, manufacturer, supplier or store ({@code images/categories/3}); for
   * {@link ImageKind#PRODUCTS} the same as {@link #product(long)}.
   *
   * @param kind the kind
   * @param id the object's id
   * @return the path
   * @throws IllegalArgumentException for {@link ImageKind#GENERAL} and {@link
   *     ImageKind#CUSTOMIZATIONS}, which are addressed otherwise, or an id that is not positive
   */
  public static ImagePath of(ImageKind kind, long id) {
    Objects.requireNonNull(kind, "kind");
    if (kind == ImageKind.GENERAL || kind == ImageKind.CUSTOMIZATIONS) {
      throw new IllegalArgumentException(
          "kind "
              + kind
              + ": use ImagePath."
              + (kind == ImageKind.GENERAL ? "general(name)" : "customization(...)"));
    }
    return new ImagePath(kind, List.of(positive(id, "id")), null, null);
  }

  /**
   * One of the shop's logos: {@code images/general/{name}}.
   *
   * @param name {@link #HEADER}, {@link #MAIL}, {@link #INVOICE} or {@link #STORE_ICON}
   * @return the path
   * @throws IllegalArgumentException if the name holds characters other than letters, digits,
   *     {@code _} and {@code -}
   */
  public static ImagePath general(String name) {
    return new ImagePath(ImageKind.GENERAL, List.of(), name(name, "name"), null);
  }

  /**
   * One customization picture ({@code images/customizations/{cartId}/{customizationId}/{index}}),
   * or, for an upload, the customization field to fill (its id in place of the index).
   *
   * @param cartId the cart
   * @param customizationId the customization
   * @param index the picture's index, or the customization field's id for an upload
   * @return the path
   * @throws IllegalArgumentException if an id is not positive
   */
  public static ImagePath customization(long cartId, long customizationId, long index) {
    return new ImagePath(
        ImageKind.CUSTOMIZATIONS,
        List.of(
            positive(cartId, "cartId"),
            positive(customizationId, "customizationId"),
            positive(index, "index")),
        null,
        null);
  }

  /**
   * Returns the same image in one of its generated sizes, for a download.
   *
   * @param imageType an image type's name, for example {@code small_default} (see {@link
   *     WebserviceImages#imageTypes()})
   * @return the path of the resized image
   * @throws IllegalArgumentException if the name holds characters other than letters, digits,
   *     {@code _} and {@code -}, or this path has no generated sizes (a product's image list, a
   *     customization or a logo) or already names one
   */
  public ImagePath size(String imageType) {
    String checked = name(imageType, "imageType");
    if (size != null || !hasSizes()) {
      throw new IllegalArgumentException(
          "imageType: "
              + this
              + (size != null ? " already names a size" : " has no generated sizes"));
    }
    return new ImagePath(kind, ids, general, checked);
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public ImageKind kind() {
    return kind;
  }

  /**
   * Returns the id of the product image this path names.
   *
   * @return the image id for {@link #product(long, long)} paths, empty otherwise
   */
  public OptionalLong imageId() {
    return kind == ImageKind.PRODUCTS && ids.size() == 2
        ? OptionalLong.of(ids.get(1))
        : OptionalLong.empty();
  }

  /**
   * Returns the generated size this path names.
   *
   * @return the image type's name, empty for the original
   */
  public Optional<String> size() {
    return Optional.ofNullable(size);
  }

  // The product of a product path, for the path of an image added to it.
  long productId() {
    return ids.get(0);
  }

  boolean isProductList() {
    return kind == ImageKind.PRODUCTS && ids.size() == 1;
  }

  private boolean hasSizes() {
    return (kind == ImageKind.PRODUCTS && ids.size() == 2) || kind.onePerObject();
  }

  /**
   * Returns the path under {@code /api/}.
   *
   * @return for example {@code images/products/1/24/small_default}
   */
  @Override
  public String toString() {
    List<String> segments = new ArrayList<>();
    segments.add("images");
    segments.add(kind.pathSegment());
    ids.forEach(id -> segments.add(Long.toString(id)));
    if (general != null) {
      segments.add(general);
    }
    if (size != null) {
      segments.add(size);
    }
    return String.join("/", segments);
  }

  /** Equal when the paths are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ImagePath path && path.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  static long positive(long id, String field) {
    if (id <= 0) {
      throw new IllegalArgumentException(field + ": must be positive (got " + id + ")");
    }
    return id;
  }

  private static String name(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " \"" + value + "\": must hold only letters, digits, _ and -");
    }
    return value;
  }
}
