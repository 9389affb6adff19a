package io.github.prestashop4j.webservice;

import io.github.prestashop4j.webservice.internal.QueryStrings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query-string part of a Webservice request: display, filters, sort, limit, language, shop
 * context, virtual price fields and raw extras. Immutable and thread-safe; build it with {@link
 * #builder()} (or {@link #all()} / {@link #where(String, Filter)}) and reuse it freely.
 *
 * <pre>{@code
 * Query q = Query.builder()
 *     .display(Display.fields("id", "name", "price").association("categories", "id"))
 *     .filter("name", Filter.contains("mug"))
 *     .filter("price", Filter.between(10, 30))
 *     .filter("date_upd", Filter.greaterThan(LocalDate.of(2024, 1, 1)))
 *     .sortDesc("price")
 *     .sortAsc("id")
 *     .limit(20, 10)
 *     .language(1)
 *     .shop(1)
 *     .build();
 * q.toQueryString();
 * // display=%5Bid%2Cname%2Cprice%2Ccategories%5Bid%5D%5D&filter%5Bname%5D=%25%5Bmug%5D%25&...
 * }</pre>
 *
 * <p>Parameters are emitted in this order: {@code display}, the filters (in the order given), the
 * {@code price[...]} options, {@code sort}, {@code limit}, {@code date}, {@code language}, the shop
 * context, then the raw parameters. The server does not depend on the order.
 *
 * <p><b>{@code date=1}.</b> PrestaShop only lets {@code date_add} and {@code date_upd} be filtered
 * or sorted on when the request carries {@code date=1} (otherwise it answers code 32 or 38). The
 * query adds {@code date=1} by itself when a filter or a sort uses one of the {@linkplain
 * #DEFAULT_DATE_FIELDS date fields}; {@link Builder#dateFields(String...)} adds more names for
 * modules that declare such fields. Other date columns (such as {@code invoice_date}) are ordinary
 * fields and need nothing.
 *
 * <p><b>Encoding.</b> {@link #toQueryString()} percent-encodes names and values as UTF-8, leaving
 * only {@code A-Z a-z 0-9 - _ . ~} as they are: brackets in names ({@code filter%5Bname%5D}),
 * {@code [ ] | , % & = + # ! < > ;} and the space ({@code %20}, never {@code +}, which PHP would
 * read as a space) are all encoded.
 *
 * <p>Invalid settings are refused with an {@link IllegalArgumentException} that names the setting
 * and the rule, before any request is made.
 */
public final class Query {

  /**
   * Fields that need {@code date=1} to be filtered or sorted on: {@code date_add}, {@code
   * date_upd}.
   */
  public static final Set<String> DEFAULT_DATE_FIELDS = Set.of("date_add", "date_upd");

  private static final Query ALL = new Builder().build();

  // PrestaShop's Validate::isConfigName, which the server applies to price aliases (code 128).
  private static final Pattern PRICE_ALIAS = Pattern.compile("[A-Za-z0-9_-]+");
  // A top-level name PHP keeps as is (it turns ' ' and '.' into '_'), then optional [keys].
  private static final Pattern RAW_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\[[^\\[\\]]*\\])*");

  private final Map<String, Filter> filters;
  private final Display display;
  private final List<Sort> sorts;
  private final Limit limit;
  private final Integer pageSize;
  private final String language;
  private final String languageSetter;
  private final QueryParameter shopContext;
  private final Map<String, List<PriceOption>> prices;
  private final List<QueryParameter> raw;
  private final Set<String> dateFields;
  private final List<QueryParameter> parameters;
  private final String queryString;

  private Query(Builder b) {
    this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(b.filters));
    this.display = b.display;
    this.sorts = List.copyOf(b.sorts);
    this.limit = b.limit;
    this.pageSize = b.pageSize;
    this.language = b.language;
    this.languageSetter = b.languageSetter;
    this.shopContext = b.shopContext;
    Map<String, List<PriceOption>> p = new LinkedHashMap<>();
    b.prices.forEach((k, v) -> p.put(k, List.copyOf(v)));
    this.prices = Collections.unmodifiableMap(p);
    this.raw = List.copyOf(b.raw);
    this.dateFields = Collections.unmodifiableSet(new LinkedHashSet<>(b.dateFields));
    this.parameters = computeParameters();
    this.queryString = QueryStrings.toQueryString(parameters);
  }

  /**
   * A query without any parameter.
   *
   * @return the empty query
   */
  public static Query all() {
    return ALL;
  }

  /**
   * A query with one filter.
   *
   * <pre>{@code
   * Query.where("reference", Filter.beginsWith("demo_"))  // filter[reference]=[demo_]%
   * }</pre>
   *
   * @param field the field to filter on
   * @param filter the filter
   * @return the query
   * @throws IllegalArgumentException if the field is not a field name
   */
  public static Query where(String field, Filter filter) {
    return builder().filter(field, filter).build();
  }

  /**
   * A new builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder initialised with this query's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Decodes a query string the way PHP's {@code $_GET} does ({@code %XX} as UTF-8, {@code +} as a
   * space), keeping the order and any repeated name. A leading {@code ?} is ignored.
   *
   * @param encodedQueryString for example {@code display=full&filter%5Bid%5D=%5B1%5D}
   * @return the decoded parameters
   * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits, the bytes
   *     are not UTF-8, or a name is empty
   */
  public static List<QueryParameter> parse(String encodedQueryString) {
    Objects.requireNonNull(encodedQueryString, "encodedQueryString");
    return QueryStrings.parse(encodedQueryString);
  }

  /**
   * The parameters in emission order, decoded.
   *
   * @return an unmodifiable list; empty for {@link #all()}
   */
  public List<QueryParameter> parameters() {
    return parameters;
  }

  /**
   * The parameters percent-encoded as {@code name=value&...}, without a leading {@code ?}.
   *
   * @return the query string; empty for {@link #all()}
   */
  public String toQueryString() {
    return queryString;
  }

  /**
   * The filters, by field, in the order given.
   *
   * @return an unmodifiable map
   */
  public Map<String, Filter> filters() {
    return filters;
  }

  /**
   * The display, if set.
   *
   * @return the display
   */
  public Optional<Display> display() {
    return Optional.ofNullable(display);
  }

  /**
   * The sort keys, in order.
   *
   * @return an unmodifiable list; empty when the list is in the database's order
   */
  public List<Sort> sorts() {
    return sorts;
  }

  /**
   * The limit, if set.
   *
   * @return the limit
   */
  public Optional<Limit> limit() {
    return Optional.ofNullable(limit);
  }

  /**
   * The one language the query selects, if it selects exactly one ({@code language=N}): the
   * language that JSON's plain strings for multilingual fields are in.
   *
   * @return the language id
   */
  public OptionalInt singleLanguage() {
    return language != null && language.chars().allMatch(Character::isDigit)
        ? OptionalInt.of(Integer.parseInt(language))
        : OptionalInt.empty();
  }

  /**
   * The page size for auto-paging, if set. It is not a request parameter.
   *
   * @return the page size
   */
  public OptionalInt pageSize() {
    return pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize);
  }

  /**
   * The fields that make the query add {@code date=1}.
   *
   * @return {@link #DEFAULT_DATE_FIELDS} plus those added with {@link
   *     Builder#dateFields(String...)}
   */
  public Set<String> dateFields() {
    return dateFields;
  }

  /**
   * This query with another limit.
   *
   * @param offset how many entries to skip; 0 or more
   * @param count how many entries to return at most; 1 or more
   * @return the new query
   * @throws IllegalArgumentException if the offset is negative or the count less than 1
   */
  public Query withLimit(long offset, int count) {
    return toBuilder().limit(offset, count).build();
  }

  /**
   * This query with a stable order for paging by offset: {@code id} ascending is added as the last
   * sort key, so that items sharing a value of the other keys keep one order between pages. The
   * query is returned as is when it already sorts on {@code id}.
   *
   * @return this query, or a copy sorted by {@code id} last
   */
  public Query withStableOrder() {
    for (Sort sort : sorts) {
      if (sort.field().equals("id")) {
        return this;
      }
    }
    return toBuilder().sort(Sort.asc("id")).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q
        && q.parameters.equals(parameters)
        && Objects.equals(q.pageSize, pageSize)
        && q.dateFields.equals(dateFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameters, pageSize);
  }

  @Override
  public String toString() {
    return "Query{" + parameters + (pageSize == null ? "" : ", pageSize=" + pageSize) + "}";
  }

  private List<QueryParameter> computeParameters() {
    List<QueryParameter> out = new ArrayList<>();
    if (display != null) {
      out.add(new QueryParameter("display", display.expression()));
    }
    filters.forEach((f, v) -> out.add(new QueryParameter("filter[" + f + "]", v.expression())));
    prices.forEach(
        (alias, options) -> {
          for (PriceOption o : options) {
            out.add(new QueryParameter("price[" + alias + "][" + o.name() + "]", o.value()));
          }
        });
    if (!sorts.isEmpty()) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < sorts.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(sorts.get(i).expression());
      }
      out.add(new QueryParameter("sort", sb.append(']').toString()));
    }
    if (limit != null) {
      out.add(new QueryParameter("limit", limit.expression()));
    }
    if (needsDate()) {
      out.add(new QueryParameter("date", "1"));
    }
    if (language != null) {
      out.add(new QueryParameter("language", language));
    }
    if (shopContext != null) {
      out.add(shopContext);
    }
    out.addAll(raw);
    return List.copyOf(out);
  }

  private boolean needsDate() {
    for (String f : filters.keySet()) {
      if (dateFields.contains(f)) {
        return true;
      }
    }
    for (Sort s : sorts) {
      if (dateFields.contains(s.field())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds a {@link Query}. Not thread-safe; {@link #build()} may be called several times.
   *
   * <p>Settings that hold one value ({@link #display(Display)}, {@link #limit(int)}, {@link
   * #pageSize(int)}, the language, the shop context) keep the last value given; mutually exclusive
   * settings (for example {@link #shop(int)} and {@link #allShops()}) and repeated names (the same
   * filter field, sort field, price alias or raw name twice) are refused at once.
   */
  public static final class Builder {
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private Display display;
    private final List<Sort> sorts = new ArrayList<>();
    private Limit limit;
    private Integer pageSize;
    private String language;
    private String languageSetter;
    private QueryParameter shopContext;
    private final Map<String, List<PriceOption>> prices = new LinkedHashMap<>();
    private final List<QueryParameter> raw = new ArrayList<>();
    private final Set<String> dateFields = new LinkedHashSet<>(DEFAULT_DATE_FIELDS);

    private Builder() {}

    private Builder(Query q) {
      filters.putAll(q.filters);
      display = q.display;
      sorts.addAll(q.sorts);
      limit = q.limit;
      pageSize = q.pageSize;
      language = q.language;
      languageSetter = q.languageSetter;
      shopContext = q.shopContext;
      q.prices.forEach((k, v) -> prices.put(k, new ArrayList<>(v)));
      raw.addAll(q.raw);
      dateFields.addAll(q.dateFields);
    }

    /**
     * Adds a filter: {@code filter[field]=...}. Several filters must all match (AND). Filters on
     * multilingual fields use the field name as is and match in any selected {@linkplain
     * #language(int...) language}.
     *
     * @param field the field: letters, digits and {@code _}
     * @param filter the filter
     * @return this builder
     * @throws IllegalArgumentException if the field is not a field name, is {@code sort} or {@code
     *     limit} (the server ignores filters with those names), or already has a filter
     */
    public Builder filter(String field, Filter filter) {
      Names.field(field, "filter field");
      Objects.requireNonNull(filter, "filter");
      if (field.equals("sort") || field.equals("limit")) {
        throw new IllegalArgumentException(
            "filter field \"" + field + "\": the server silently ignores filter[" + field + "]");
      }
      if (filters.containsKey(field)) {
        throw new IllegalArgumentException(
            "filter field \""
                + field
                + "\": already filtered with "
                + filters.get(field)
                + "; the server keeps only one filter per field (combine values with Filter.in"
                + " or Filter.between)");
      }
      filters.put(field, filter);
      return this;
    }

    /**
     * Sets what is returned of each entity: {@code display}. Default: none (a list returns ids
     * only, a single entity everything).
     *
     * @param display the display
     * @return this builder
     */
    public Builder display(Display display) {
      this.display = Objects.requireNonNull(display, "display");
      return this;
    }

    /**
     * Adds sort keys, after any already added: {@code sort=[f1_ASC,f2_DESC]}. Default: none (the
     * database's order, which is not stable).
     *
     * @param sorts the keys, most significant first
     * @return this builder
     * @throws IllegalArgumentException if a field is sorted on twice
     */
    public Builder sort(Sort... sorts) {
      Objects.requireNonNull(sorts, "sorts");
      // Checked in full before anything is added: a refused call leaves the builder unchanged.
      List<Sort> added = new ArrayList<>(this.sorts);
      for (Sort s : sorts) {
        Objects.requireNonNull(s, "sort");
        for (Sort existing : added) {
          if (existing.field().equals(s.field())) {
            throw new IllegalArgumentException(
                "sort field \""
                    + s.field()
                    + "\": already sorted on ("
                    + existing.expression()
                    + ")");
          }
        }
        added.add(s);
      }
      this.sorts.clear();
      this.sorts.addAll(added);
      return this;
    }

    /**
     * Adds an ascending sort key.
     *
     * @param field the field
     * @return this builder
     * @throws IllegalArgumentException if the field is not a field name or is already sorted on
     */
    public Builder sortAsc(String field) {
      return sort(Sort.asc(field));
    }

    /**
     * Adds a descending sort key.
     *
     * @param field the field
     * @return this builder
     * @throws IllegalArgumentException if the field is not a field name or is already sorted on
     */
    public Builder sortDesc(String field) {
      return sort(Sort.desc(field));
    }

    /**
     * Returns at most {@code count} entries: {@code limit=count}. Default: no limit.
     *
     * @param count 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is less than 1
     */
    public Builder limit(int count) {
      return limit(0, count);
    }

    /**
     * Skips {@code offset} entries (0-based) and returns at most {@code count}: {@code
     * limit=offset,count} ({@code limit=count} when the offset is 0).
     *
     * @param offset 0 or more
     * @param count 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the offset is negative or the count less than 1
     */
    public Builder limit(long offset, int count) {
      this.limit = new Limit(offset, count);
      return this;
    }

    /**
     * Sets the page size used when the client pages through the list by itself. It is not sent.
     * Default: the client's.
     *
     * @param size 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the size is less than 1
     */
    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pageSize: must be at least 1 (got " + size + ")");
      }
      this.pageSize = size;
      return this;
    }

    /**
     * Restricts multilingual fields (output, filters, sorts) to some languages: one id gives {@code
     * language=1}, several {@code language=[1|3]}. Default: all the shop's languages.
     *
     * @param ids one or more language ids, each 1 or more
     * @return this builder
     * @throws IllegalArgumentException if no id is given, an id is less than 1 or repeated, or
     *     {@link #languageRange(int, int)} was used
     */
    public Builder language(int... ids) {
      Objects.requireNonNull(ids, "language ids");
      if (ids.length == 0) {
        throw new IllegalArgumentException("language: needs at least one language id");
      }
      Set<Integer> seen = new HashSet<>();
      for (int id : ids) {
        if (id < 1) {
          throw new IllegalArgumentException("language: id must be at least 1 (got " + id + ")");
        }
        if (!seen.add(id)) {
          throw new IllegalArgumentException("language: id " + id + " given twice");
        }
      }
      String value =
          ids.length == 1
              ? Integer.toString(ids[0])
              : "["
                  + String.join(
                      "|", Arrays.stream(ids).mapToObj(Integer::toString).toArray(String[]::new))
                  + "]";
      setLanguage("language", value);
      return this;
    }

    /**
     * Restricts multilingual fields to the languages whose ids are between {@code from} and {@code
     * to}, inclusive: {@code language=[from,to]}.
     *
     * @param from the first id, 1 or more
     * @param to the last id, {@code from} or more
     * @return this builder
     * @throws IllegalArgumentException if {@code from} is less than 1 or greater than {@code to},
     *     or {@link #language(int...)} was used
     */
    public Builder languageRange(int from, int to) {
      if (from < 1) {
        throw new IllegalArgumentException(
            "languageRange: from must be at least 1 (got " + from + ")");
      }
      if (to < from) {
        throw new IllegalArgumentException(
            "languageRange: to (" + to + ") must not be less than from (" + from + ")");
      }
      setLanguage("languageRange", "[" + from + "," + to + "]");
      return this;
    }

    private void setLanguage(String setter, String value) {
      if (languageSetter != null && !languageSetter.equals(setter)) {
        throw new IllegalArgumentException(
            setter
                + ": the languages are already set with "
                + languageSetter
                + "(...); language and languageRange are mutually exclusive");
      }
      languageSetter = setter;
      language = value;
    }

    /**
     * Works in the context of one shop: {@code id_shop=N}. Default: the shop the request URL
     * resolves to. An id the store does not know is answered with a redirect.
     *
     * @param idShop the shop id, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the id is less than 1, or {@link #allShops()} or {@link
     *     #shopGroup(int)} was used
     */
    public Builder shop(int idShop) {
      if (idShop < 1) {
        throw new IllegalArgumentException("shop: id must be at least 1 (got " + idShop + ")");
      }
      setShop("shop", new QueryParameter("id_shop", Integer.toString(idShop)));
      return this;
    }

    /**
     * Works in the context of all shops: {@code id_shop=all} (PrestaShop 8 and later).
     *
     * @return this builder
     * @throws IllegalArgumentException if {@link #shop(int)} or {@link #shopGroup(int)} was used
     */
    public Builder allShops() {
      setShop("allShops", new QueryParameter("id_shop", "all"));
      return this;
    }

    /**
     * Works in the context of a shop group: {@code id_group_shop=N}.
     *
     * @param idShopGroup the shop group id, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the id is less than 1, or {@link #shop(int)} or {@link
     *     #allShops()} was used
     */
    public Builder shopGroup(int idShopGroup) {
      if (idShopGroup < 1) {
        throw new IllegalArgumentException(
            "shopGroup: id must be at least 1 (got " + idShopGroup + ")");
      }
      setShop("shopGroup", new QueryParameter("id_group_shop", Integer.toString(idShopGroup)));
      return this;
    }

    private void setShop(String setter, QueryParameter parameter) {
      if (shopContext != null && !setterOf(shopContext).equals(setter)) {
        throw new IllegalArgumentException(
            setter
                + ": the shop context is already set ("
                + shopContext
                + "); shop(id), allShops() and shopGroup(id) are mutually exclusive");
      }
      shopContext = parameter;
    }

    private static String setterOf(QueryParameter p) {
      if (p.name().equals("id_group_shop")) {
        return "shopGroup";
      }
      return p.value().equals("all") ? "allShops" : "shop";
    }

    /**
     * Adds a virtual price field computed by the server: {@code price[alias][option]=value} for
     * each option. List the alias in {@link Display#fields(String...)} to get it in a field list.
     *
     * @param alias the name of the virtual field: letters, digits, {@code _} and {@code -}
     * @param options one or more options; each name at most once
     * @return this builder
     * @throws IllegalArgumentException if the alias is not valid (the server answers code 128) or
     *     already used, no option is given, or an option is given twice
     */
    public Builder price(String alias, PriceOption... options) {
      Objects.requireNonNull(alias, "price alias");
      Objects.requireNonNull(options, "price options");
      if (!PRICE_ALIAS.matcher(alias).matches()) {
        throw new IllegalArgumentException(
            "price alias \""
                + alias
                + "\": only letters, digits, '_' and '-' are allowed (the server refuses others"
                + " with code 128)");
      }
      if (prices.containsKey(alias)) {
        throw new IllegalArgumentException("price alias \"" + alias + "\": already declared");
      }
      if (options.length == 0) {
        throw new IllegalArgumentException(
            "price alias \""
                + alias
                + "\": needs at least one option, for example PriceOption.useTax(true)");
      }
      List<PriceOption> list = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (PriceOption o : options) {
        Objects.requireNonNull(o, "price option");
        if (!names.add(o.name())) {
          throw new IllegalArgumentException(
              "price alias \"" + alias + "\": option " + o.name() + " given twice");
        }
        list.add(o);
      }
      prices.put(alias, list);
      return this;
    }

    /**
     * Adds more field names that need {@code date=1} when filtered or sorted on, for resources
     * added by modules. {@link Query#DEFAULT_DATE_FIELDS} are always included.
     *
     * @param fields field names
     * @return this builder
     * @throws IllegalArgumentException if a name is not a field name
     */
    public Builder dateFields(String... fields) {
      Objects.requireNonNull(fields, "dateFields");
      List<String> checked = new ArrayList<>();
      for (String f : fields) {
        checked.add(Names.field(f, "date field"));
      }
      dateFields.addAll(checked);
      return this;
    }

    /**
     * Adds a parameter the builder has no method for, such as {@code depth}, {@code sendemail} or a
     * module's own parameter. The value is sent as given (percent-encoded).
     *
     * <p>Names the builder or the client manage are refused, with the method to use instead: {@code
     * display}, {@code filter[...]}, {@code sort}, {@code limit}, {@code date}, {@code language},
     * {@code id_shop}, {@code id_group_shop}, {@code id_shop_group}, {@code price[...]}, {@code
     * output_format}, {@code io_format}, {@code ws_key}, {@code ps_method}, {@code schema} and
     * {@code url}.
     *
     * @param name the name: letters, digits, {@code _} and {@code -}, optionally followed by {@code
     *     [key]} parts
     * @param value the value; may be empty
     * @return this builder
     * @throws IllegalArgumentException if the name is managed, malformed (PHP would change it) or
     *     already added, or the value contains an unpaired surrogate
     */
    public Builder raw(String name, String value) {
      Objects.requireNonNull(name, "raw name");
      Objects.requireNonNull(value, "raw value");
      Names.wellFormed(value, "raw parameter \"" + name + "\" value");
      if (!RAW_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "raw parameter \""
                + name
                + "\": a name is letters, digits, '_' and '-', optionally followed by [key] parts"
                + " (PHP renames or drops other names)");
      }
      int bracket = name.indexOf('[');
      String base = (bracket < 0 ? name : name.substring(0, bracket)).toLowerCase(Locale.ROOT);
      String instead = managed(base);
      if (instead != null) {
        throw new IllegalArgumentException("raw parameter \"" + name + "\": " + instead);
      }
      for (QueryParameter p : raw) {
        if (p.name().equals(name)) {
          throw new IllegalArgumentException(
              "raw parameter \"" + name + "\": already added (PHP would keep only the last one)");
        }
      }
      raw.add(new QueryParameter(name, value));
      return this;
    }

    private static String managed(String base) {
      switch (base) {
        case "display":
          return "managed by the builder; use display(Display)";
        case "filter":
          return "managed by the builder; use filter(field, Filter)";
        case "sort":
          return "managed by the builder; use sort(Sort...), sortAsc or sortDesc";
        case "limit":
          return "managed by the builder; use limit(count) or limit(offset, count)";
        case "date":
          return "managed by the builder: date=1 is added when a date field is filtered or sorted"
              + " on; use dateFields(...) for more date fields";
        case "language":
          return "managed by the builder; use language(ids...) or languageRange(from, to)";
        case "id_shop":
          return "managed by the builder; use shop(id) or allShops()";
        case "id_group_shop":
        case "id_shop_group":
          return "managed by the builder; use shopGroup(id)";
        case "price":
          return "managed by the builder; use price(alias, PriceOption...)";
        case "output_format":
        case "io_format":
          return "the client chooses the format of each request; it is not a query setting";
        case "ws_key":
          return "the key is sent by the client's authentication, never in the query";
        case "ps_method":
          return "the client sets the method override of each operation; it is not a query setting";
        case "schema":
          return "schemas are read with the client's schema operation; with schema the server"
              + " ignores every filter";
        case "url":
          return "the server's URL rewriting uses url for the request path";
        default:
          return null;
      }
    }

    /**
     * Builds the query.
     *
     * @return the immutable query
     */
    public Query build() {
      return new Query(this);
    }
  }
}
