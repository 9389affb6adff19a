package io.github.prestashop4j.webservice;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.NotFoundException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.webservice.internal.Exchange;
import io.github.prestashop4j.webservice.internal.ImageTransfers;
import io.github.prestashop4j.webservice.internal.XmlReader;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The store's images ({@code /api/images/...}): list, download, upload, replace and delete the
 * images of products, categories, manufacturers, suppliers, stores and customizations, and the
 * shop's logos.
 *
 * <pre>{@code
 * WebserviceImages images = shop.images();
 * for (long imageId : images.productImageIds(1)) {
 *   images.download(ImagePath.product(1, imageId).size("small_default"),
 *       Path.of("product-1-" + imageId + ".jpg"));
 * }
 * ImagePath added = images.upload(ImagePath.product(1), ImageFile.of(Path.of("shoe.jpg")));
 * images.replace(added, ImageFile.of(Path.of("shoe-v2.png")));
 * images.delete(added);
 * }</pre>
 *
 * <p>Downloads stream to an {@link OutputStream} or a {@link Path} without holding the image in
 * memory, within the call's deadline; an answer that is not an image (an error document, an HTML
 * page) becomes an exception and is never written. Uploads are {@code multipart/form-data} with the
 * file in field {@code image}; replacing is {@code POST ...?ps_method=PUT}, the only form PHP reads
 * a file from. Uploads are never retried once they may have reached the store, and a 5xx answer to
 * one is an {@link UnconfirmedWriteException}. Listings are read in XML whatever the client's
 * {@link ResponseFormat}: their JSON form is broken on the stores.
 *
 * <p>Obtained from {@link WebserviceClient#images()}. Immutable and thread-safe.
 */
public final class WebserviceImages {
  /** Default of {@link #withMaxUploadBytes(long)}: 32 MiB, a memory bound, not a store limit. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 32L * 1024 * 1024;

  private final Exchange exchange;
  private final ImageTransfers transfers;
  private final RequestOptions options;
  private final long maxUploadBytes;

  WebserviceImages(Exchange exchange) {
    this(exchange, RequestOptions.defaults(), DEFAULT_MAX_UPLOAD_BYTES);
  }

  private WebserviceImages(Exchange exchange, RequestOptions options, long maxUploadBytes) {
    this.exchange = exchange;
    this.transfers = new ImageTransfers(exchange);
    this.options = options;
    this.maxUploadBytes = maxUploadBytes;
  }

  /**
   * Returns a copy whose calls use other options, for example a longer call timeout for large
   * downloads.
   *
   * @param options timeouts, retry policy and headers for each call
   * @return the copy
   */
  public WebserviceImages withOptions(RequestOptions options) {
    return new WebserviceImages(
        exchange, Objects.requireNonNull(options, "options"), maxUploadBytes);
  }

  /**
   * Returns a copy that refuses, before sending, files larger than a limit. Set it to the store's
   * own limit (its {@code PS_LIMIT_UPLOAD_IMAGE_VALUE} setting, in MB, from PrestaShop 8; 3,000,000
   * bytes on 1.6 and 1.7), which answers a larger file with error 72.
   *
   * @param maxUploadBytes the largest file sent, in bytes; default {@link
   *     #DEFAULT_MAX_UPLOAD_BYTES}
   * @return the copy
   * @throws IllegalArgumentException if the limit is not positive
   */
  public WebserviceImages withMaxUploadBytes(long maxUploadBytes) {
    if (maxUploadBytes <= 0 || maxUploadBytes > Integer.MAX_VALUE - 1024) {
      throw new IllegalArgumentException(
          "maxUploadBytes: must be between 1 and " + (Integer.MAX_VALUE - 1024));
    }
    return new WebserviceImages(exchange, options, maxUploadBytes);
  }

  /**
   * Lists the image types (generated sizes) with their dimensions: {@code GET
   * /api/image_types?display=full}.
   *
   * @return the image types, in the store's order
   * @throws DecodeException if an image type lacks its id, name, width or height
   */
  public List<ImageType> imageTypes() {
    Query query = Query.builder().display(Display.full()).build();
    List<ImageType> types = new ArrayList<>();
    for (Entity entity :
        new WebserviceResource("image_types", exchange).withOptions(options).list(query).items()) {
      types.add(imageType(entity));
    }
    return List.copyOf(types);
  }

  /**
   * Lists the kinds of images with the methods allowed and the media types accepted: {@code GET
   * /api/images}.
   *
   * @return the kinds, for example {@code general}, {@code products}, ... {@code customizations}
   */
  public List<ImageEndpoint> kinds() {
    return endpoints(transfers.read("images", options), "image_types");
  }

  /**
   * Lists the shop's logos with the methods allowed: {@code GET /api/images/general}.
   *
   * @return the logos, for example {@code header}, {@code mail}, {@code invoice}, {@code
   *     store_icon}
   */
  public List<ImageEndpoint> generalImages() {
    return endpoints(transfers.read("images/general", options), "general_image_types");
  }

  /**
   * Lists a kind's sizes and the objects that have an image: {@code GET /api/images/products},
   * {@code /categories}, {@code /manufacturers}, {@code /suppliers} or {@code /stores}.
   *
   * @param kind the kind
   * @return the sizes and ids
   * @throws IllegalArgumentException for {@link ImageKind#GENERAL} (see {@link #generalImages()})
   *     and {@link ImageKind#CUSTOMIZATIONS} (see {@link #customizationCarts()})
   */
  public ImageListing list(ImageKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind == ImageKind.GENERAL || kind == ImageKind.CUSTOMIZATIONS) {
      throw new IllegalArgumentException(
          "kind "
              + kind
              + ": has no such listing; use "
              + (kind == ImageKind.GENERAL ? "generalImages()" : "customizationCarts()"));
    }
    List<XmlReader.Node> nodes = transfers.read("images/" + kind.pathSegment(), options);
    List<ImageListing.Size> sizes = new ArrayList<>();
    XmlReader.Node types = find(nodes, "image_types");
    if (types != null) {
      for (XmlReader.Node type : types.children()) {
        String id = type.attributes().get("id");
        String name = type.attributes().get("name");
        if (id != null && name != null) {
          sizes.add(new ImageListing.Size(number(id, "image_type id"), name));
        }
      }
    }
    return new ImageListing(sizes, ids(find(nodes, "images")));
  }

  /**
   * Lists the ids of a product's images: {@code GET /api/images/products/{productId}}.
   *
   * @param productId the product
   * @return the image ids, in the store's order; empty for a product without images and for a
   *     product that does not exist (the store answers both with an empty 404)
   * @throws IllegalArgumentException if the id is not positive
   */
  public List<Long> productImageIds(long productId) {
    ImagePath path = ImagePath.product(productId);
    List<XmlReader.Node> nodes;
    try {
      nodes = transfers.read(path.toString(), options);
    } catch (NotFoundException e) {
      return List.of();
    }
    return ids(find(nodes, "image"));
  }

  /**
   * Lists the carts that hold customizations: {@code GET /api/images/customizations}.
   *
   * @return the cart ids
   */
  public List<Long> customizationCarts() {
    return ids(find(transfers.read("images/customizations", options), "carts"));
  }

  /**
   * Lists a cart's customizations that take pictures: {@code GET
   * /api/images/customizations/{cartId}}.
   *
   * @param cartId the cart
   * @return the customization ids
   * @throws IllegalArgumentException if the id is not positive
   */
  public List<Long> customizations(long cartId) {
    ImagePath.positive(cartId, "cartId");
    return ids(find(transfers.read("images/customizations/" + cartId, options), "customizations"));
  }

  /**
   * Lists a customization's pictures: {@code GET
   * /api/images/customizations/{cartId}/{customizationId}}.
   *
   * @param cartId the cart
   * @param customizationId the customization
   * @return the pictures' indexes, for {@link ImagePath#customization(long, long, long)}
   * @throws IllegalArgumentException if an id is not positive
   */
  public List<Long> customizationImages(long cartId, long customizationId) {
    ImagePath.positive(cartId, "cartId");
    ImagePath.positive(customizationId, "customizationId");
    return ids(
        find(
            transfers.read("images/customizations/" + cartId + "/" + customizationId, options),
            "images"));
  }

  /**
   * Streams an image to a stream, without holding it in memory. A failure before the first byte is
   * retried like any read; after it, it is reported (the bytes already written stay written).
   *
   * @param image the image, optionally in one size ({@link ImagePath#size(String)})
   * @param out where the bytes go; flushed by the caller, not closed
   * @return the media type and the number of bytes written
   * @throws IllegalArgumentException if the path names no single image (a product's image list)
   * @throws io.github.prestashop4j.core.InvalidRequestException for an unknown image id (code 57)
   *     or size (code 58), or an error document sent with a success status
   * @throws DecodeException if the store answered something that is not an image; nothing is
   *     written then
   * @throws java.io.UncheckedIOException if writing to {@code out} fails
   * @throws io.github.prestashop4j.core.DeadlineExceededException if the call's deadline passes
   */
  public ImageDownload download(ImagePath image, OutputStream out) {
    Objects.requireNonNull(out, "out");
    return transfers.download(single(image, "download"), out, options);
  }

  /**
   * Downloads an image to a file, without holding it in memory: the bytes go to a temporary file in
   * the same directory, which replaces {@code target} once complete and is deleted on any failure,
   * so no half-written file is ever left. An existing {@code target} is replaced.
   *
   * @param image the image, optionally in one size
   * @param target the file to write
   * @return the media type and the number of bytes written
   * @throws IllegalArgumentException if the path names no single image
   * @throws io.github.prestashop4j.core.InvalidRequestException for an unknown image id or size
   * @throws DecodeException if the store answered something that is not an image
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public ImageDownload download(ImagePath image, Path target) {
    Objects.requireNonNull(target, "target");
    return transfers.download(single(image, "download"), target, options);
  }

  /**
   * Adds an image: {@code POST} to {@code images/products/{productId}} (a new product image, the
   * product's first one becoming its cover), to a category, manufacturer, supplier or store without
   * an image, or to a customization field.
   *
   * @param target {@link ImagePath#product(long)}, {@link ImagePath#of(ImageKind, long)} or {@link
   *     ImagePath#customization(long, long, long)} (with the field's id)
   * @param file the image
   * @return the new image's path: for a product, with the id the store gave it; otherwise {@code
   *     target}
   * @throws IllegalArgumentException if the target cannot take a new image (a product image's own
   *     path, a size, a logo) or the file is empty, too large or of a type PrestaShop refuses,
   *     before anything is sent
   * @throws io.github.prestashop4j.core.InvalidRequestException if the store refuses it, for
   *     example an image that already exists (code 65: use {@link #replace}) or an unknown product
   *     or unreadable image (code 76)
   * @throws UnconfirmedWriteException if the store answered with a server error: the image may have
   *     been added
   */
  public ImagePath upload(ImagePath target, ImageFile file) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(file, "file");
    boolean product = target.isProductList();
    if (!product && !target.kind().onePerObject() && target.kind() != ImageKind.CUSTOMIZATIONS) {
      throw new IllegalArgumentException(
          "target "
              + target
              + ": "
              + (target.kind() == ImageKind.GENERAL
                  ? "the shop's logos can only be replaced"
                  : "to add a product image, upload to ImagePath.product(productId); to change"
                      + " one, replace() it"));
    }
    requireOriginal(target, "upload");
    ImageFile.Content content = file.read(maxUploadBytes);
    List<XmlReader.Node> answer =
        transfers.upload(
            target.toString(),
            false,
            content.bytes(),
            file.filename(),
            content.contentType(),
            options);
    if (!product) {
      return target;
    }
    XmlReader.Node image = find(answer, "image");
    XmlReader.Node id = image == null ? null : image.child("id");
    if (id == null || id.text().isBlank()) {
      throw new DecodeException(
          "POST " + target + ": the store's answer holds no <image><id>", null);
    }
    return ImagePath.product(target.productId(), number(id.text().trim(), "image id"));
  }

  /**
   * Replaces an existing image ({@code POST ...?ps_method=PUT}, multipart); its generated sizes are
   * made again. Product images are stored as JPEG whatever the type sent.
   *
   * @param image a product image, a category, manufacturer, supplier or store image, a logo ({@link
   *     ImagePath#general(String)}) or a customization picture
   * @param file the new image
   * @throws IllegalArgumentException if the path names no single image or a size, or the file is
   *     empty, too large or of a type PrestaShop refuses, before anything is sent
   * @throws io.github.prestashop4j.core.InvalidRequestException if the store refuses it, for
   *     example a file that is not an image (code 73)
   * @throws io.github.prestashop4j.core.ServerException if the image does not exist (code 63); as
   *     {@link UnconfirmedWriteException} for any server error, since it may have been replaced
   */
  public void replace(ImagePath image, ImageFile file) {
    Objects.requireNonNull(file, "file");
    String path = single(image, "replace");
    requireOriginal(image, "replace");
    ImageFile.Content content = file.read(maxUploadBytes);
    transfers.upload(path, true, content.bytes(), file.filename(), content.contentType(), options);
  }

  /**
   * Deletes an image and its generated sizes. Sent as {@code DELETE}, or as {@code POST
   * ...?ps_method=DELETE} when the client overrides methods.
   *
   * @param image a product image, a category, manufacturer, supplier or store image, or a
   *     customization picture
   * @throws IllegalArgumentException if the path names no single image, a size or a logo (logos
   *     cannot be deleted)
   * @throws io.github.prestashop4j.core.ServerException if the image does not exist on disk (code
   *     64); as {@link UnconfirmedWriteException}
   */
  public void delete(ImagePath image) {
    String path = single(image, "delete");
    requireOriginal(image, "delete");
    if (image.kind() == ImageKind.GENERAL) {
      throw new IllegalArgumentException(
          "image " + image + ": the shop's logos cannot be deleted, only replaced");
    }
    transfers.delete(path, options);
  }

  /** Shows the options only. */
  @Override
  public String toString() {
    return "WebserviceImages[maxUploadBytes=" + maxUploadBytes + "]";
  }

  private static String single(ImagePath image, String operation) {
    Objects.requireNonNull(image, "image");
    if (image.isProductList()) {
      throw new IllegalArgumentException(
          "image "
              + image
              + ": names a product's image list, not one image; "
              + operation
              + " needs ImagePath.product(productId, imageId)");
    }
    return image.toString();
  }

  private static void requireOriginal(ImagePath image, String operation) {
    if (image.size().isPresent()) {
      throw new IllegalArgumentException(
          "image " + image + ": sizes are generated by the store; " + operation + " the original");
    }
  }

  private static List<ImageEndpoint> endpoints(List<XmlReader.Node> nodes, String container) {
    XmlReader.Node root = find(nodes, container);
    if (root == null) {
      return List.of();
    }
    List<ImageEndpoint> endpoints = new ArrayList<>();
    for (XmlReader.Node node : root.children()) {
      Set<WebserviceMethod> methods = EnumSet.noneOf(WebserviceMethod.class);
      for (WebserviceMethod method : WebserviceMethod.values()) {
        if ("true".equals(node.attributes().get(method.name().toLowerCase(Locale.ROOT)))) {
          methods.add(method);
        }
      }
      List<String> types = new ArrayList<>();
      String allowed = node.attributes().getOrDefault("upload_allowed_mimetypes", "");
      for (String type : allowed.split(",")) {
        if (!type.isBlank()) {
          types.add(type.strip());
        }
      }
      endpoints.add(new ImageEndpoint(node.name(), methods, types));
    }
    return List.copyOf(endpoints);
  }

  private static XmlReader.Node find(List<XmlReader.Node> nodes, String name) {
    for (XmlReader.Node node : nodes) {
      if (node.name().equals(name)) {
        return node;
      }
    }
    return null;
  }

  // The ids of a listing's items, held in their id attributes.
  private static List<Long> ids(XmlReader.Node container) {
    if (container == null) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    for (XmlReader.Node item : container.children()) {
      String id = item.attributes().get("id");
      if (id != null) {
        ids.add(number(id, item.name() + " id"));
      }
    }
    return List.copyOf(ids);
  }

  private static ImageType imageType(Entity entity) {
    Map<String, String> other = new LinkedHashMap<>();
    Set<ImageKind> kinds = EnumSet.noneOf(ImageKind.class);
    for (String field : entity.fieldNames()) {
      String value = entity.text(field).orElse("");
      switch (field) {
        case "id", "name", "width", "height" -> {
          // Modelled.
        }
        case "products", "categories", "manufacturers", "suppliers", "stores" -> {
          if (value.equals("1") || value.equalsIgnoreCase("true")) {
            kinds.add(ImageKind.valueOf(field.toUpperCase(Locale.ROOT)));
          }
        }
        default -> other.put(field, value);
      }
    }
    return new ImageType(
        number(required(entity, "id"), "image_type id"),
        required(entity, "name"),
        (int) number(required(entity, "width"), "image_type width"),
        (int) number(required(entity, "height"), "image_type height"),
        kinds,
        other);
  }

  private static String required(Entity entity, String field) {
    return entity
        .text(field)
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new DecodeException("image_type: the store sent no " + field, null));
  }

  private static long number(String text, String what) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new DecodeException(what + ": \"" + text + "\" is not a number", e);
    }
  }
}
