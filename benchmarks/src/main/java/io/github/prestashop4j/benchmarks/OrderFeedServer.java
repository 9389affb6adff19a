package io.github.prestashop4j.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A store of {@code count} orders generated on the fly from the recorded orders: order {@code i}
 * has id {@code i} and {@code date_add = date_upd = BASE + i seconds}, so the store's two orders
 * (by id; by {@code date_upd} then id) are the same and each page costs the same whatever its
 * offset. Answers {@code GET /api/orders} with {@code limit=offset,count}, {@code
 * filter[date_upd]=[from,to]} and {@code filter[id]=>[n]}, in JSON, as the SDK's {@code stream} and
 * {@code ChangeFeed} ask. Holds nothing per order, so it can serve a million from any heap.
 *
 * <p>Run as a main, it serves from its own JVM (so the client's heap is measured alone) and prints
 * its base URL on the first line of standard output, then serves until standard input closes.
 */
public final class OrderFeedServer implements LoopbackServer.Route {
  /** The {@code date_upd} of order 0. */
  public static final LocalDateTime BASE = LocalDateTime.of(2025, 1, 1, 0, 0, 0);

  private static final DateTimeFormatter STORE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern DATE_ADD = Pattern.compile("\"date_add\":\"[^\"]*\"");
  private static final Pattern DATE_UPD = Pattern.compile("\"date_upd\":\"[^\"]*\"");
  private static final Pattern INTERVAL = Pattern.compile("^\\[(.+),(.+)]$");
  private static final Pattern GREATER = Pattern.compile("^>\\[(\\d+)]$");

  private final long count;
  private final String[] templates;

  /**
   * A store of {@code count} orders.
   *
   * @param count how many orders
   */
  public OrderFeedServer(long count) {
    this.count = count;
    this.templates = Fixtures.jsonItems(Fixtures.ORDERS_JSON, "orders");
  }

  @Override
  public LoopbackServer.Reply answer(String method, URI uri, byte[] body) {
    if (!uri.getPath().equals("/api/orders")) {
      return new LoopbackServer.Reply(404, StoreRoute.JSON, new byte[0]);
    }
    String query = uri.getQuery() == null ? "" : uri.getQuery();
    long first = 1;
    long last = count;
    long offset = 0;
    int limit = Integer.MAX_VALUE;
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      switch (name) {
        case "limit" -> {
          int comma = value.indexOf(',');
          offset = comma < 0 ? 0 : Long.parseLong(value.substring(0, comma));
          limit = Integer.parseInt(comma < 0 ? value : value.substring(comma + 1));
        }
        case "filter[date_upd]" -> {
          Matcher m = INTERVAL.matcher(value);
          if (m.matches()) {
            first = Math.max(first, secondsFromBase(m.group(1)));
            last = Math.min(last, secondsFromBase(m.group(2)));
          }
        }
        case "filter[id]" -> {
          Matcher m = GREATER.matcher(value);
          if (m.matches()) {
            first = Math.max(first, Long.parseLong(m.group(1)) + 1);
          }
        }
        default -> {
          // display, sort, date, output_format: the answer already fits them.
        }
      }
    }
    long from = first + offset;
    long to = last < from ? from - 1 : Math.min(last, from + limit - 1L);
    return LoopbackServer.Reply.ok(StoreRoute.JSON, page(from, to));
  }

  private static long secondsFromBase(String storeTime) {
    LocalDateTime time = LocalDateTime.parse(storeTime.trim(), STORE_TIME);
    return ChronoUnit.SECONDS.between(BASE, time);
  }

  private byte[] page(long from, long to) {
    StringBuilder out = new StringBuilder(64 + (int) Math.max(0, to - from + 1) * 1800);
    out.append("{\"orders\":[");
    for (long id = from; id <= to; id++) {
      if (id > from) {
        out.append(',');
      }
      String time = "\"" + STORE_TIME.format(BASE.plusSeconds(id)) + "\"";
      String item = Fixtures.withId(templates[(int) (id % templates.length)], id);
      item = DATE_ADD.matcher(item).replaceFirst(Matcher.quoteReplacement("\"date_add\":" + time));
      item = DATE_UPD.matcher(item).replaceFirst(Matcher.quoteReplacement("\"date_upd\":" + time));
      out.append(item);
    }
    return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Serves {@code args[0]} orders until standard input closes.
   *
   * @param args the number of orders
   * @throws IOException if the server cannot start
   */
  public static void main(String[] args) throws IOException {
    long count = Long.parseLong(args[0]);
    try (LoopbackServer server =
        LoopbackServer.start(new OrderFeedServer(count), Duration.ZERO, 4)) {
      System.out.println(server.baseUrl());
      System.out.flush();
      while (System.in.read() >= 0) {
        // Serve until the parent closes our standard input or exits.
      }
    }
  }
}
