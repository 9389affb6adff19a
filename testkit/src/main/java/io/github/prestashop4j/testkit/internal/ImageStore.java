package io.github.prestashop4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code /api/images} part of the Webservice, shaped like the recorded 8.1.2 and 9.1.4 stores.
 * Product images live in the products' rows ({@code associations.images}, {@code
 * id_default_image}); the other kinds keep the set of objects that have an image. Image bytes are
 * kept as sent (no JPEG conversion, no resizing: every size answers the original); images never
 * uploaded answer a small seeded JPEG. State is guarded by the store's lock.
 */
final class ImageStore {
  static final List<String> KINDS =
      List.of(
          "general",
          "products",
          "categories",
          "manufacturers",
          "suppliers",
          "stores",
          "customizations");
  static final List<String> LOGOS = List.of("header", "mail", "invoice", "store_icon");
  static final List<String> MIME_TYPES =
      List.of(
          "image/gif",
          "image/jpg",
          "image/jpeg",
          "image/pjpeg",
          "image/png",
          "image/webp",
          "image/x-png");
  private static final String MIMES = String.join(", ", MIME_TYPES);

  /** A 4x4 JPEG, the bytes of every seeded image. */
  static final byte[] SEED_JPEG =
      Base64.getDecoder()
          .decode(
              "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4n"
                  + "ICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIy"
                  + "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAEAAQDASIAAhEBAxEB/8QAHwAAAQUB"
                  + "AQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1Fh"
                  + "ByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNk"
                  + "ZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT"
                  + "1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL"
                  + "/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYk"
                  + "NOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImK"
                  + "kpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3"
                  + "+Pn6/9oADAMBAAIRAxEAPwCbSfCmk/2fH/o9FFFY1a1TnfvP7zqwOIrfVqfvPZdWf//Z");

  /**
   * The image types (sizes) of the real demo stores: id, name, width, height, then the products,
   * categories, manufacturers, suppliers and stores flags. The extracted seed only holds copies.
   */
  private static final String[][] TYPES_8 = {
    {"1", "cart_default", "125", "125", "1", "0", "0", "0", "0"},
    {"6", "category_default", "141", "180", "0", "1", "0", "0", "0"},
    {"4", "home_default", "250", "250", "1", "0", "0", "0", "0"},
    {"5", "large_default", "800", "800", "1", "0", "1", "1", "0"},
    {"3", "medium_default", "452", "452", "1", "0", "1", "1", "0"},
    {"2", "small_default", "98", "98", "1", "1", "1", "1", "0"},
    {"7", "stores_default", "170", "115", "0", "0", "0", "0", "1"},
  };

  private static final String[][] TYPES_9 = {
    {"1", "cart_default", "125", "125", "1", "0", "0", "0", "0"},
    {"14", "category_cover", "1000", "200", "0", "1", "0", "0", "0"},
    {"16", "category_cover_2x", "2000", "400", "0", "1", "0", "0", "0"},
    {"6", "category_default", "180", "180", "0", "1", "0", "0", "0"},
    {"11", "default_lg", "336", "336", "1", "1", "0", "0", "0"},
    {"10", "default_md", "261", "261", "1", "1", "1", "1", "0"},
    {"9", "default_sm", "216", "216", "1", "1", "0", "0", "0"},
    {"12", "default_xl", "400", "400", "1", "0", "0", "0", "0"},
    {"8", "default_xs", "160", "160", "1", "1", "1", "1", "0"},
    {"5", "home_default", "250", "250", "1", "0", "0", "0", "0"},
    {"4", "large_default", "800", "800", "1", "0", "1", "1", "0"},
    {"3", "medium_default", "452", "452", "1", "0", "1", "1", "0"},
    {"13", "product_main", "720", "720", "1", "0", "0", "0", "0"},
    {"15", "product_main_2x", "1440", "1440", "1", "0", "0", "0", "0"},
    {"2", "small_default", "98", "98", "1", "1", "1", "1", "0"},
    {"7", "stores_default", "287", "160", "0", "0", "0", "0", "1"},
  };

  private static final String[] TYPE_FIELDS = {
    "id",
    "name",
    "width",
    "height",
    "products",
    "categories",
    "manufacturers",
    "suppliers",
    "stores"
  };

  /** The demo stores hold product images 1 to 23; the recorded uploads got 24 and on. */
  private static final long FIRST_NEW_PRODUCT_IMAGE = 24;

  private final Store store;
  private final String version;

  /** Objects of a kind (not products) that have an image. */
  private final Map<String, Set<Long>> withImage = new HashMap<>();

  /** Bytes sent for an image, by path ("products/1/24", "categories/3", "general/header"). */
  private final Map<String, byte[]> files = new HashMap<>();

  /** Customization pictures: cart, then customization, then picture index. */
  private final Map<Long, TreeMap<Long, TreeSet<Long>>> pictures = new TreeMap<>();

  private long nextProductImage;

  ImageStore(Store store) {
    this.store = store;
    this.version = store.model.version;
    store.lock.writeLock().lock();
    try {
      seedImageTypes();
      long max = FIRST_NEW_PRODUCT_IMAGE - 1;
      for (Store.Row p : store.rows("products")) {
        for (long id : productImages(p)) {
          max = Math.max(max, id);
        }
      }
      nextProductImage = max + 1;
      Set<Long> categories = new LinkedHashSet<>();
      for (Store.Row c : store.rows("categories")) {
        if (c.id > 2) { // the root and home categories have no image in the demo stores
          categories.add(c.id);
        }
      }
      withImage.put("categories", categories);
      for (String kind : List.of("manufacturers", "suppliers", "stores")) {
        Set<Long> ids = new LinkedHashSet<>();
        store.rows(kind).forEach(r -> ids.add(r.id));
        withImage.put(kind, ids);
      }
    } finally {
      store.lock.writeLock().unlock();
    }
  }

  private void seedImageTypes() {
    Model.Resource r = store.model.resources.get("image_types");
    if (r == null) {
      return;
    }
    for (Store.Row old : store.rows("image_types")) {
      store.remove("image_types", old.id);
    }
    for (String[] t : version.startsWith("8") ? TYPES_8 : TYPES_9) {
      Object[] values = new Object[r.fields.size()];
      for (Model.Field f : r.fields) {
        values[f.index] = "";
      }
      for (int i = 0; i < TYPE_FIELDS.length; i++) {
        Model.Field f = r.byName.get(TYPE_FIELDS[i]);
        if (f != null && !f.i18n) {
          values[f.index] = t[i];
        }
      }
      store.put("image_types", new Store.Row(Long.parseLong(t[0]), values, null));
    }
  }

  /**
   * @param method the method after {@code ps_method}
   * @param httpMethod the request's own method, which decides whether PHP parses a multipart body
   */
  Answer handle(
      String method,
      String httpMethod,
      List<String> segs,
      Request q,
      Map<String, String> headers,
      byte[] body,
      boolean json,
      String base) {
    if (segs.size() == 1) {
      requireRead(method);
      return json ? new Answer(200, null, null) : xml(kindsListing(base));
    }
    String kind = segs.get(1);
    if (!KINDS.contains(kind)) {
      throw new WsError(
          400,
          48,
          "Image of type \""
              + kind
              + "\" does not exist. Did you mean: \""
              + Text.closest(kind, KINDS)
              + "\"? The full list is: "
              + Text.quotedList(KINDS));
    }
    List<String> rest = segs.subList(2, segs.size());
    Upload upload =
        method.equals("POST") || method.equals("PUT")
            ? Upload.parse(httpMethod, headers.get("content-type"), body)
            : null;
    boolean lockWrite = !method.equals("GET") && !method.equals("HEAD");
    var lock = lockWrite ? store.lock.writeLock() : store.lock.readLock();
    lock.lock();
    try {
      switch (kind) {
        case "general":
          return general(method, rest, upload, json, base);
        case "products":
          return products(method, rest, upload, json, base);
        case "customizations":
          return customizations(method, rest, upload, base);
        default:
          return single(kind, method, rest, upload, json, base);
      }
    } finally {
      lock.unlock();
    }
  }

  // ---- listings

  private String kindsListing(String base) {
    StringBuilder sb = new StringBuilder(Render.XML_HEAD).append("<image_types>\n");
    for (String k : KINDS) {
      endpoint(sb, k, base + "/api/images/" + k, false);
    }
    return sb.append("</image_types>\n").append(Render.XML_TAIL).toString();
  }

  private static void endpoint(StringBuilder sb, String name, String url, boolean put) {
    sb.append('<')
        .append(name)
        .append(" xlink:href=\"")
        .append(url)
        .append("\" get=\"true\" put=\"")
        .append(put)
        .append("\" post=\"false\" patch=\"false\" delete=\"false\" head=\"true\"")
        .append(" upload_allowed_mimetypes=\"")
        .append(MIMES)
        .append("\"/>\n");
  }

  /** The kind's sizes and the objects with an image, as {@code GET /api/images/{kind}}. */
  private String kindListing(String kind, List<Long> ids, String base) {
    StringBuilder sb = new StringBuilder(Render.XML_HEAD).append("<image_types>\n");
    for (String[] t : types(kind)) {
      sb.append("<image_type id=\"")
          .append(t[0])
          .append("\" name=\"")
          .append(Text.attr(t[1]))
          .append("\" xlink:href=\"")
          .append(base)
          .append("/api/image_types/")
          .append(t[0])
          .append("\"/>\n");
    }
    sb.append("</image_types>\n<images>\n");
    for (long id : ids) {
      sb.append("<image id=\"")
          .append(id)
          .append("\" xlink:href=\"")
          .append(base)
          .append("/api/images/")
          .append(kind)
          .append('/')
          .append(id)
          .append("\"/>\n");
    }
    return sb.append("</images>\n").append(Render.XML_TAIL).toString();
  }

  /** The image types (id, name) flagged for a kind, by name, from the store's image_types. */
  private List<String[]> types(String kind) {
    Model.Resource r = store.model.resources.get("image_types");
    List<String[]> out = new ArrayList<>();
    if (r == null || r.byName.get(kind) == null) {
      return out;
    }
    Model.Field name = r.byName.get("name");
    Model.Field flag = r.byName.get(kind);
    for (Store.Row row : store.rows("image_types")) {
      if ("1".equals(row.value(flag, 0))) {
        out.add(new String[] {Long.toString(row.id), row.value(name, 0)});
      }
    }
    out.sort((a, b) -> a[1].compareTo(b[1]));
    return out;
  }

  private void checkSize(String kind, String size) {
    List<String> names = new ArrayList<>();
    for (String[] t : types(kind)) {
      names.add(t[1]);
    }
    if (!names.contains(size)) {
      throw new WsError(
          400,
          58,
          "This image size does not exist. Did you mean: \""
              + Text.closest(size, names)
              + "\"? The full list is: "
              + Text.quotedList(names));
    }
  }

  // ---- products

  private Answer products(
      String method, List<String> rest, Upload upload, boolean json, String base) {
    if (rest.isEmpty()) {
      requireRead(method);
      List<Long> ids = new ArrayList<>();
      for (Store.Row p : store.rows("products")) {
        if (!productImages(p).isEmpty()) {
          ids.add(p.id);
        }
      }
      return json ? new Answer(200, null, null) : xml(kindListing("products", ids, base));
    }
    long productId = id(rest.get(0));
    Store.Row product = productId > 0 ? store.get("products", productId) : null;
    if (rest.size() == 1) {
      if (method.equals("POST") || method.equals("PUT")) {
        return addProductImage(product, productId, upload, base);
      }
      requireRead(method);
      List<Long> images = product == null ? List.of() : productImages(product);
      if (images.isEmpty()) {
        return Answer.empty(404);
      }
      if (json) {
        return productListingJson(images);
      }
      StringBuilder sb = new StringBuilder(Render.XML_HEAD);
      sb.append("<image id=\"").append(productId).append("\">\n");
      for (long i : images) {
        sb.append("<declination id=\"")
            .append(i)
            .append("\" xlink:href=\"")
            .append(base)
            .append("/api/images/products/")
            .append(productId)
            .append('/')
            .append(i)
            .append("\"/>\n");
      }
      return xml(sb.append("</image>\n").append(Render.XML_TAIL).toString());
    }
    long imageId = id(rest.get(1));
    if (product == null || !productImages(product).contains(imageId)) {
      throw noSuchImage();
    }
    String key = "products/" + productId + "/" + imageId;
    if (rest.size() > 2) {
      checkSize("products", rest.get(2));
      requireRead(method);
      return image(key);
    }
    switch (method) {
      case "GET":
      case "HEAD":
        return image(key);
      case "PUT":
        return replace(key, upload);
      case "DELETE":
        deleteProductImage(product, imageId);
        files.remove(key);
        return new Answer(200, null, null);
      default:
        throw notAllowed(method);
    }
  }

  private Answer addProductImage(Store.Row product, long productId, Upload upload, String base) {
    byte[] bytes = upload.require();
    if (product == null) {
      throw new WsError(400, 76, "Product " + productId + " does not exist");
    }
    upload.requireAllowedType();
    long imageId = nextProductImage++;
    // Creation does not sniff the file; the copy fails and the id is spent, as on the store.
    if (sniff(bytes) == null) {
      throw notCopied();
    }
    List<Long> images = new ArrayList<>(productImages(product));
    boolean cover = images.isEmpty();
    images.add(imageId);
    setProductImages(product, images, cover ? imageId : -1);
    files.put("products/" + productId + "/" + imageId, bytes);
    StringBuilder sb = new StringBuilder(Render.XML_HEAD);
    sb.append("<image>\n<id><![CDATA[")
        .append(imageId)
        .append("]]></id>\n<id_product><![CDATA[")
        .append(productId)
        .append("]]></id_product>\n<position><![CDATA[")
        .append(images.size())
        .append("]]></position>\n<cover><![CDATA[")
        .append(cover ? "1" : "")
        .append("]]></cover>\n<legend>");
    for (long lang : store.languages) {
      sb.append("<language id=\"")
          .append(lang)
          .append("\" xlink:href=\"")
          .append(base)
          .append("/api/languages/")
          .append(lang)
          .append("\"><![CDATA[]]></language>");
    }
    sb.append("</legend>\n</image>\n<content encode=\"base64\"><![CDATA[")
        .append(Base64.getEncoder().encodeToString(bytes))
        .append("]]></content>\n");
    return xml(sb.append(Render.XML_TAIL).toString());
  }

  private void deleteProductImage(Store.Row product, long imageId) {
    List<Long> images = new ArrayList<>(productImages(product));
    images.remove(imageId);
    Model.Field cover = store.model.resources.get("products").byName.get("id_default_image");
    long newCover = -1;
    if (cover != null && Long.toString(imageId).equals(product.value(cover, 0))) {
      newCover = images.isEmpty() ? 0 : images.get(0);
    }
    setProductImages(product, images, newCover);
  }

  /** Replaces the product's image list; {@code cover} >= 0 sets id_default_image (0 = none). */
  private void setProductImages(Store.Row product, List<Long> images, long cover) {
    Model.Resource r = store.model.resources.get("products");
    Object[] values = product.values.clone();
    Model.Field def = r.byName.get("id_default_image");
    if (def != null && cover >= 0) {
      values[def.index] = cover == 0 ? "" : Long.toString(cover);
    }
    Map<String, List<String[]>> assocs =
        product.associations == null
            ? new HashMap<>()
            : new java.util.LinkedHashMap<>(product.associations);
    Model.Association a = r.associationsByName.get("images");
    if (a != null) {
      List<String[]> rows = new ArrayList<>();
      for (long i : images) {
        String[] row = new String[a.fields.size()];
        java.util.Arrays.fill(row, "");
        row[0] = Long.toString(i);
        rows.add(row);
      }
      assocs.put("images", List.copyOf(rows));
    }
    store.put("products", new Store.Row(product.id, values, assocs));
  }

  private static List<Long> productImages(Store.Row p) {
    if (p.associations == null) {
      return List.of();
    }
    List<Long> out = new ArrayList<>();
    for (String[] i : p.associations.getOrDefault("images", List.of())) {
      long id = Text.phpInt(i[0]);
      if (id > 0 && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The recorded JSON answer to a product's image list: an unnamed list, warnings, code 61. */
  private Answer productListingJson(List<Long> images) {
    StringBuilder sb = new StringBuilder("{\"\":[{\"id\":\"").append(images.get(0)).append("\"}");
    for (long i : images) {
      sb.append(",{\"id\":").append(i).append('}');
    }
    sb.append("],\"errors\":[");
    String warning =
        "[PHP Warning #2] Undefined array key \\\"objectsNodeName\\\""
            + " (\\/var\\/www\\/prestashop\\/classes\\/webservice\\/WebserviceOutputJSON.php, line "
            + (version.startsWith("8") ? "127" : "107")
            + ")";
    for (int i = 0; i < images.size() + 1; i++) {
      sb.append("{\"code\":3,\"message\":\"").append(warning).append("\"},");
    }
    sb.append("{\"code\":61,\"message\":\"This image does not exist on disk\"}]}");
    return Answer.text(500, Answer.JSON, sb.toString());
  }

  // ---- categories, manufacturers, suppliers, stores: one image per object

  private Answer single(
      String kind, String method, List<String> rest, Upload upload, boolean json, String base) {
    Set<Long> has = withImage.get(kind);
    if (rest.isEmpty()) {
      requireRead(method);
      List<Long> ids = new ArrayList<>();
      for (Store.Row r : store.rows(kind)) {
        if (has.contains(r.id)) {
          ids.add(r.id);
        }
      }
      return json ? new Answer(200, null, null) : xml(kindListing(kind, ids, base));
    }
    long id = id(rest.get(0));
    boolean exists = id > 0 && store.get(kind, id) != null;
    String key = kind + "/" + id;
    if (rest.size() > 1) {
      checkSize(kind, rest.get(1));
      requireRead(method);
      return image(requireImage(exists && has.contains(id), key));
    }
    switch (method) {
      case "GET":
      case "HEAD":
        return image(requireImage(exists && has.contains(id), key));
      case "POST":
        byte[] bytes = upload.require();
        if (!exists) {
          throw new WsError(400, 76, "Unable to find the object " + key);
        }
        requireNew(upload, bytes, has.contains(id));
        has.add(id);
        files.put(key, bytes);
        return image(key);
      case "PUT":
        requireImage(exists && has.contains(id), key);
        return replace(key, upload);
      case "DELETE":
        requireImage(exists && has.contains(id), key);
        has.remove(id);
        files.remove(key);
        return new Answer(200, null, null);
      default:
        throw notAllowed(method);
    }
  }

  // A creation (POST) of an image that must not exist yet: the store's checks, in its order.
  private static void requireNew(Upload upload, byte[] bytes, boolean taken) {
    if (taken) {
      throw new WsError(
          400, 65, "This image already exists. To modify it, please use the PUT method");
    }
    upload.requireAllowedType();
    if (sniff(bytes) == null) {
      throw notCopied();
    }
  }

  private static WsError noSuchImage() {
    return new WsError(400, 57, "This image id does not exist");
  }

  private static WsError notCopied() {
    return new WsError(400, 76, "An error occurred while copying image");
  }

  private static WsError unrecognizedFormat() {
    return new WsError(
        400,
        73,
        "This type of image format is not recognized, allowed formats are: "
            + String.join("\", \"", MIME_TYPES));
  }

  private static String requireImage(boolean present, String key) {
    if (!present) {
      throw noSuchImage();
    }
    return key;
  }

  // ---- general (logos): read and replace only

  private Answer general(
      String method, List<String> rest, Upload upload, boolean json, String base) {
    if (rest.isEmpty()) {
      requireRead(method);
      if (json) {
        return new Answer(200, null, null);
      }
      StringBuilder sb = new StringBuilder(Render.XML_HEAD).append("<general_image_types>\n");
      for (String logo : LOGOS) {
        endpoint(sb, logo, base + "/api/images/general/" + logo, true);
      }
      return xml(sb.append("</general_image_types>\n").append(Render.XML_TAIL).toString());
    }
    String name = rest.get(0);
    if (!LOGOS.contains(name) || rest.size() > 1) {
      throw noSuchImage();
    }
    String key = "general/" + name;
    switch (method) {
      case "GET":
      case "HEAD":
        return image(key);
      case "PUT":
        return replace(key, upload);
      default:
        throw notAllowed(method);
    }
  }

  // ---- customizations: pictures sent through the Webservice

  private Answer customizations(String method, List<String> rest, Upload upload, String base) {
    if (rest.size() < 3) {
      requireRead(method);
      StringBuilder sb = new StringBuilder(Render.XML_HEAD);
      if (rest.isEmpty()) {
        ids(sb, "carts", "cart", pictures.keySet(), base + "/api/images/customizations/");
      } else {
        TreeMap<Long, TreeSet<Long>> cart = pictures.getOrDefault(id(rest.get(0)), new TreeMap<>());
        String url = base + "/api/images/customizations/" + rest.get(0) + "/";
        if (rest.size() == 1) {
          ids(sb, "customizations", "customization", cart.keySet(), url);
        } else {
          Set<Long> images = cart.getOrDefault(id(rest.get(1)), new TreeSet<>());
          ids(sb, "images", "image", images, url + rest.get(1) + "/");
        }
      }
      return xml(sb.append(Render.XML_TAIL).toString());
    }
    long cartId = id(rest.get(0));
    long customization = id(rest.get(1));
    long index = id(rest.get(2));
    if (cartId <= 0 || customization <= 0 || index < 0 || rest.size() > 3) {
      throw noSuchImage();
    }
    String key = "customizations/" + cartId + "/" + customization + "/" + index;
    TreeSet<Long> existing =
        pictures.getOrDefault(cartId, new TreeMap<>()).getOrDefault(customization, new TreeSet<>());
    switch (method) {
      case "GET":
      case "HEAD":
        return image(requireImage(existing.contains(index), key));
      case "POST":
        byte[] bytes = upload.require();
        requireNew(upload, bytes, existing.contains(index));
        pictures
            .computeIfAbsent(cartId, k -> new TreeMap<>())
            .computeIfAbsent(customization, k -> new TreeSet<>())
            .add(index);
        files.put(key, bytes);
        return image(key);
      case "PUT":
        requireImage(existing.contains(index), key);
        return replace(key, upload);
      case "DELETE":
        requireImage(existing.contains(index), key);
        existing.remove(index);
        if (existing.isEmpty()) {
          pictures.get(cartId).remove(customization);
          if (pictures.get(cartId).isEmpty()) {
            pictures.remove(cartId);
          }
        }
        files.remove(key);
        return new Answer(200, null, null);
      default:
        throw notAllowed(method);
    }
  }

  private static void ids(
      StringBuilder sb, String list, String item, Set<Long> ids, String urlPrefix) {
    sb.append('<').append(list).append(">\n");
    for (long id : ids) {
      sb.append('<')
          .append(item)
          .append(" id=\"")
          .append(id)
          .append("\" xlink:href=\"")
          .append(urlPrefix)
          .append(id)
          .append("\"/>\n");
    }
    sb.append("</").append(list).append(">\n");
  }

  // ---- common

  /** Replacement sniffs the file (unlike creation) and answers the stored image. */
  private Answer replace(String key, Upload upload) {
    byte[] bytes = upload.require();
    upload.requireAllowedType();
    if (sniff(bytes) == null) {
      throw unrecognizedFormat();
    }
    files.put(key, bytes);
    return image(key);
  }

  private Answer image(String key) {
    byte[] bytes = files.getOrDefault(key, SEED_JPEG);
    String type = sniff(bytes);
    return new Answer(200, type == null ? "image/jpeg" : type, bytes);
  }

  static String sniff(byte[] b) {
    if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(b, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
      return "image/png";
    }
    if (starts(b, 0, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
      return "image/webp";
    }
    return null;
  }

  private static boolean starts(byte[] b, int offset, int... sig) {
    if (b.length < offset + sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[offset + i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  private static long id(String seg) {
    return seg.matches("\\d{1,18}") ? Long.parseLong(seg) : -1;
  }

  private static void requireRead(String method) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw notAllowed(method);
    }
  }

  private static WsError notAllowed(String method) {
    return new WsError(405, 101, "Method " + method + " is not allowed for the resource images");
  }

  private static Answer xml(String body) {
    return Answer.text(200, Answer.XML, body);
  }

  /** The {@code image} field of a multipart request, as PHP would see it in {@code $_FILES}. */
  static final class Upload {
    private final byte[] content;
    private final String type;

    private Upload(byte[] content, String type) {
      this.content = content;
      this.type = type;
    }

    /** PHP parses multipart bodies of POST requests only: a real PUT never has a file. */
    static Upload parse(String method, String contentType, byte[] body) {
      if (!method.equals("POST")
          || contentType == null
          || body == null
          || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
        return new Upload(null, null);
      }
      int b = contentType.indexOf("boundary=");
      if (b < 0) {
        return new Upload(null, null);
      }
      String boundary = contentType.substring(b + 9).split(";")[0].trim().replace("\"", "");
      byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int pos = indexOf(body, delimiter, 0);
      while (pos >= 0) {
        int start = pos + delimiter.length;
        if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
          break;
        }
        int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
        int next =
            indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), start);
        if (headersEnd < 0 || next < 0 || headersEnd > next) {
          break;
        }
        String partHeaders = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
        String lower = partHeaders.toLowerCase(Locale.ROOT);
        if (lower.contains("name=\"image\"") && lower.contains("filename=")) {
          String type = "";
          for (String line : partHeaders.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
              type = line.substring(13).trim().toLowerCase(Locale.ROOT);
            }
          }
          byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
          return new Upload(content, type);
        }
        pos = next + 2;
      }
      return new Upload(null, null);
    }

    byte[] require() {
      if (content == null || content.length == 0) {
        throw new WsError(400, 76, "Please set an \"image\" parameter with image data for value");
      }
      return content;
    }

    void requireAllowedType() {
      if (!MIME_TYPES.contains(type)) {
        throw unrecognizedFormat();
      }
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
      outer:
      for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (hay[i + j] != needle[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
