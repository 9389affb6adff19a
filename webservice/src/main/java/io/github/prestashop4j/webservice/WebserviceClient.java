package io.github.prestashop4j.webservice;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.auth.ApiKeyAuth;
import io.github.prestashop4j.core.auth.AuthProvider;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.webservice.internal.Document;
import io.github.prestashop4j.webservice.internal.Exchange;
import io.github.prestashop4j.webservice.internal.WebserviceErrors;
import io.github.prestashop4j.webservice.internal.XmlReader;
import io.github.prestashop4j.webservice.model.Category;
import io.github.prestashop4j.webservice.model.Model;
import io.github.prestashop4j.webservice.model.ModelResource;
import io.github.prestashop4j.webservice.model.ModelResources;
import io.github.prestashop4j.webservice.model.ModelType;
import io.github.prestashop4j.webservice.model.OrderHistory;
import io.github.prestashop4j.webservice.model.Product;
import io.github.prestashop4j.webservice.model.StockAvailable;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Client for a PrestaShop store's Webservice API ({@code https://shop/api/...}), from 1.6 to 9.
 *
 * <pre>{@code
 * try (WebserviceClient shop = WebserviceClient.builder()
 *     .baseUrl("https://shop.example.com")
 *     .apiKey(System.getenv("PRESTASHOP_WS_KEY"))
 *     .build()) {
 *   shop.preflight(PermissionSet.builder().allow(WebserviceMethod.GET, "customers", "orders").build());
 *   Entity product = shop.resource("products").get(1);
 * }
 * }</pre>
 *
 * <p>{@link #resource(String)} gives the same operations on any resource the store exposes,
 * including those added by modules. The key travels only in the {@code Authorization} header, only
 * to the configured origin; redirects are never followed. Thread-safe; share one client per store.
 */
public final class WebserviceClient implements ModelResources, AutoCloseable {
  private static final Pattern RESOURCE = Pattern.compile("[A-Za-z0-9_-]+");

  private final Exchange exchange;

  private WebserviceClient(Builder builder, HttpPipeline pipeline) {
    this.exchange = new Exchange(pipeline, builder.format, builder.methodOverride);
  }

  /** Environment variable holding the shop URL, read by {@link #fromEnv()}. */
  public static final String URL_VARIABLE = "PRESTASHOP_URL";

  /** Environment variable holding the Webservice key, read by {@link #fromEnv()}. */
  public static final String KEY_VARIABLE = "PRESTASHOP_WS_KEY";

  /**
   * Starts a client.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a client for the store named by the environment: {@value #URL_VARIABLE} and {@value
   * #KEY_VARIABLE}. Other settings can still be changed on the builder.
   *
   * @return a builder with base URL and key set
   * @throws IllegalStateException naming the variable that is missing or blank
   */
  public static Builder fromEnv() {
    return fromEnv(System::getenv);
  }

  /**
   * Same as {@link #fromEnv()}, reading variables from a given source (a map in tests).
   *
   * @param environment returns a variable's value, or {@code null} when unset
   * @return a builder with base URL and key set
   * @throws IllegalStateException naming the variable that is missing or blank
   */
  public static Builder fromEnv(Function<String, String> environment) {
    return builder()
        .baseUrl(variable(environment, URL_VARIABLE))
        .apiKey(variable(environment, KEY_VARIABLE));
  }

  private static String variable(Function<String, String> environment, String name) {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + ": environment variable is not set");
    }
    return value.trim();
  }

  /**
   * Returns the operations on one resource.
   *
   * @param name the resource name as in the URL, for example {@code products} or a module's own
   * @return the resource; no request is made
   * @throws IllegalArgumentException if the name holds characters other than letters, digits,
   *     {@code _} and {@code -}
   */
  public WebserviceResource resource(String name) {
    Objects.requireNonNull(name, "name");
    if (!RESOURCE.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "resource \"" + name + "\": must hold only letters, digits, _ and -");
    }
    return new WebserviceResource(name, exchange);
  }

  /**
   * Returns the typed operations on a model's resource; the accessors such as {@link #products()}
   * call this.
   *
   * @param type the model's type, for example {@code Product.TYPE}
   * @param <M> the model
   * @return the typed resource; no request is made
   */
  @Override
  public <M extends Model> ModelResource<M> resource(ModelType<M> type) {
    Objects.requireNonNull(type, "type");
    return ModelResource.of(type, resource(type.resourceName()), exchange::storeVersion);
  }

  /**
   * Sets the stock of a product or of one of its combinations: finds its {@code stock_availables}
   * row, then changes {@code quantity} with a PATCH (PrestaShop 8.0 and later) or, on older stores
   * or while the version is unknown, a PUT of the whole row. Product {@code quantity} is read-only:
   * this is the way to change stock.
   *
   * @param productId the product
   * @param combinationId the combination ({@code id_product_attribute}), 0 for the product itself
   * @param quantity the new quantity, negative for an oversold product
   * @param shop the shop context, for example {@code Query.builder().shop(2).build()} or a shop
   *     group when the group shares its stock; {@link Query#all()} for the default shop
   * @return the stored row
   * @throws java.util.NoSuchElementException if the store has no such row
   * @throws IllegalStateException if the store has several rows for it in that context
   */
  public StockAvailable setStockQuantity(
      long productId, long combinationId, long quantity, Query shop) {
    Objects.requireNonNull(shop, "shop");
    if (productId < 1 || combinationId < 0) {
      throw new IllegalArgumentException(
          "productId: must be 1 or more, combinationId: 0 or more (got "
              + productId
              + ", "
              + combinationId
              + ")");
    }
    Query rows =
        shop.toBuilder()
            .filter("id_product", Filter.equalTo(productId))
            .filter("id_product_attribute", Filter.equalTo(combinationId))
            .build();
    List<StockAvailable> found = stockAvailables().list(rows).items();
    if (found.isEmpty()) {
      throw new NoSuchElementException(
          "stock_availables: no row for product "
              + productId
              + " combination "
              + combinationId
              + " in this shop context");
    }
    if (found.size() > 1) {
      throw new IllegalStateException(
          "stock_availables: "
              + found.size()
              + " rows for product "
              + productId
              + " combination "
              + combinationId
              + "; name one shop (Query.builder().shop(id))");
    }
    return setStockQuantity(found.get(0), quantity, shop);
  }

  /**
   * Sets the quantity of a {@code stock_availables} row already read, without reading it again: a
   * PATCH of the quantity (PrestaShop 8.0 and later) or, on older stores or while the version is
   * unknown, a PUT of the row as read with the new quantity.
   *
   * @param row the row as the store sent it
   * @param quantity the new quantity, negative for an oversold product
   * @param shop the shop context the row was read in; {@link Query#all()} for the default shop
   * @return the stored row
   */
  public StockAvailable setStockQuantity(StockAvailable row, long quantity, Query shop) {
    Objects.requireNonNull(shop, "shop");
    StockAvailable changed = row.toBuilder().quantity(quantity).build();
    boolean patch = storeVersion().map(StoreVersion::supportsPatch).orElse(false);
    return patch
        ? stockAvailables().patch(changed, shop)
        : stockAvailables().replace(changed, shop);
  }

  /**
   * Moves an order to a new state by adding an {@code order_histories} entry, as the back office
   * does; with {@code notifyCustomer} the store sends the state's e-mail ({@code sendemail=1}).
   *
   * @param orderId the order
   * @param orderStateId the new state, an {@code order_states} id
   * @param notifyCustomer whether the customer gets the state's e-mail
   * @return the stored history entry
   */
  public OrderHistory changeOrderState(long orderId, long orderStateId, boolean notifyCustomer) {
    if (orderId < 1 || orderStateId < 1) {
      throw new IllegalArgumentException(
          "orderId, orderStateId: must be 1 or more (got " + orderId + ", " + orderStateId + ")");
    }
    OrderHistory entry = OrderHistory.builder().idOrder(orderId).idOrderState(orderStateId).build();
    Query query = Query.builder().raw("sendemail", notifyCustomer ? "1" : "0").build();
    return orderHistories().create(entry, query);
  }

  /**
   * Returns the operations on the store's images ({@code /api/images/...}): list, download, upload,
   * replace and delete.
   *
   * @return the images API; no request is made
   */
  public WebserviceImages images() {
    return new WebserviceImages(exchange);
  }

  /**
   * Reads what this key may do: {@code GET /api/}, always in XML (its JSON form is a PHP fatal
   * error on 8.x and 9.x).
   *
   * @return the granted resources and methods, shop name and store version
   * @throws io.github.prestashop4j.core.AuthenticationException if the key is refused
   */
  public Capabilities capabilities() {
    return capabilities(RequestOptions.defaults());
  }

  /**
   * Reads what this key may do, with per-call options.
   *
   * @param options the options
   * @return the capabilities
   */
  public Capabilities capabilities(RequestOptions options) {
    Exchange.Raw reply = exchange.rootListing(options);
    String shopName = "";
    PermissionSet.Builder granted = PermissionSet.builder();
    for (XmlReader.Node api : reply.nodes()) {
      if (!api.name().equals("api")) {
        continue;
      }
      shopName = api.attributes().getOrDefault("shopName", "");
      for (XmlReader.Node resource : api.children()) {
        for (WebserviceMethod method : WebserviceMethod.values()) {
          String flag = resource.attributes().get(method.name().toLowerCase(Locale.ROOT));
          if ("true".equals(flag)) {
            granted.allow(method, resource.name());
          }
        }
      }
    }
    return new Capabilities(shopName, granted.build(), exchange.storeVersion());
  }

  /**
   * Checks before a job starts that the key has every permission it needs, in one request.
   *
   * @param needed the resources and methods the job uses
   * @return the capabilities read
   * @throws MissingPermissionsException naming every missing resource and method
   */
  public Capabilities preflight(PermissionSet needed) {
    Capabilities capabilities = capabilities();
    PermissionSet missing = capabilities.missing(needed);
    if (!missing.isEmpty()) {
      throw new MissingPermissionsException(missing);
    }
    return capabilities;
  }

  /**
   * Searches products by words, as the shop's search does: {@code GET /api/search}.
   *
   * @param words the words to search
   * @param languageId the language the words are in
   * @return the products found (at most 10, a store limit) and their categories
   */
  public SearchResult search(String words, int languageId) {
    Objects.requireNonNull(words, "words");
    if (words.isBlank()) {
      throw new IllegalArgumentException("words: must not be blank");
    }
    Document document =
        exchange
            .list(
                "search",
                Query.builder().raw("query", words).language(languageId).build(),
                null,
                RequestOptions.defaults())
            .document();
    List<Product> products = List.of();
    List<Category> categories = List.of();
    for (Document.Section section : document.sections()) {
      if (section.name().equals("products")) {
        products = section.items().stream().map(Product.TYPE::decode).toList();
      } else if (section.name().equals("categories")) {
        categories = section.items().stream().map(Category.TYPE::decode).toList();
      }
    }
    return new SearchResult(products, categories);
  }

  /**
   * Returns the store's PrestaShop version, as the last response's {@code PSWS-Version} said.
   *
   * @return the version, empty until a response carried it
   */
  public Optional<StoreVersion> storeVersion() {
    return exchange.storeVersion();
  }

  /** Closes the HTTP transport if this client created it. */
  @Override
  public void close() {
    exchange.close();
  }

  /** Shows the API URL, never the key. */
  @Override
  public String toString() {
    return "WebserviceClient[" + exchange + "]";
  }

  /**
   * Products and categories found by {@link #search(String, int)}.
   *
   * @param products the products, as minimal list items (id and link): read the fields needed with
   *     {@code client.products().get(id)} or a listing filtered on the ids
   * @param categories the categories of those products, as minimal list items
   */
  public record SearchResult(List<Product> products, List<Category> categories) {
    /**
     * Copies the lists.
     *
     * @param products the products found
     * @param categories their categories
     */
    public SearchResult {
      products = List.copyOf(products);
      categories = List.copyOf(categories);
    }
  }

  /** Builds a {@link WebserviceClient}. */
  public static final class Builder {
    private String baseUrl;
    private AuthProvider auth;
    private ClientConfig httpConfig;
    private ResponseFormat format = ResponseFormat.AUTO;
    private boolean methodOverride;

    private Builder() {}

    /**
     * Sets the shop's address, for example {@code https://shop.example.com} or {@code
     * https://example.com/shop}; requests go to {@code <baseUrl>/api/}.
     *
     * @param baseUrl the shop URL (plain {@code http://} only to loopback unless allowed in the
     *     HTTP configuration)
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the Webservice key (32 letters and digits), sent as HTTP Basic user name.
     *
     * @param key the key; never printed
     * @return this builder
     * @throws IllegalArgumentException if it is not 32 letters and digits
     */
    public Builder apiKey(String key) {
      this.auth = ApiKeyAuth.of(key);
      return this;
    }

    /**
     * Sets another way to authenticate, for example a key provider that rotates keys.
     *
     * @param auth the provider
     * @return this builder
     */
    public Builder auth(AuthProvider auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /**
     * Sets timeouts, retries, proxy, transport, clock and the other HTTP settings; its base URL is
     * replaced by {@link #baseUrl(String)}.
     *
     * @param httpConfig the settings; default {@link ClientConfig} defaults
     * @return this builder
     */
    public Builder httpConfig(ClientConfig httpConfig) {
      this.httpConfig = Objects.requireNonNull(httpConfig, "httpConfig");
      return this;
    }

    /**
     * Sets the format reads are asked in.
     *
     * @param format the format; default {@link ResponseFormat#AUTO}
     * @return this builder
     */
    public Builder responseFormat(ResponseFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sends PUT, PATCH and DELETE as POST with {@code ps_method=...}, for hosts or proxies that
     * block those methods. Retries still follow the real method.
     *
     * @param methodOverride {@code true} to override; default {@code false}
     * @return this builder
     */
    public Builder methodOverride(boolean methodOverride) {
      this.methodOverride = methodOverride;
      return this;
    }

    /**
     * Checks the settings and builds the client.
     *
     * @return the client
     * @throws IllegalStateException if the base URL or the key is missing, naming it
     * @throws io.github.prestashop4j.core.InsecureTransportException if the URL is plain {@code
     *     http://} to a non-loopback host without {@code allowInsecureHttp}
     */
    public WebserviceClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl: is required");
      }
      if (auth == null) {
        throw new IllegalStateException("apiKey: is required (or auth)");
      }
      ClientConfig config =
          (httpConfig == null ? ClientConfig.builder() : httpConfig.toBuilder())
              .baseUrl(baseUrl)
              .build();
      HttpPipeline pipeline =
          HttpPipeline.builder(config).auth(auth).errorDecoder(new WebserviceErrors()).build();
      return new WebserviceClient(this, pipeline);
    }
  }
}
