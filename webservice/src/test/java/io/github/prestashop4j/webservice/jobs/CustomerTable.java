package io.github.prestashop4j.webservice.jobs;

import io.github.prestashop4j.core.http.Deadline;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpResponse;
import io.github.prestashop4j.core.http.HttpTransport;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.QueryParameter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * A store's {@code customers} table behind a transport: answers the change feed's listings ({@code
 * filter[date_upd]=[from,to]}, {@code sort=[date_upd_ASC,id_ASC]}, {@code limit=offset,count}) as
 * PrestaShop does, and lets a test change rows between requests.
 */
final class CustomerTable implements HttpTransport {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Map<Long, LocalDateTime> updated = new TreeMap<>();
  private final List<String> queries = new ArrayList<>();
  private IntConsumer beforeRequest = n -> {};
  private int reversedPages;

  synchronized void put(long id, LocalDateTime dateUpd) {
    updated.put(id, dateUpd);
  }

  synchronized void remove(long id) {
    updated.remove(id);
  }

  /** Runs before the n-th listing request (1-based) is answered: a concurrent writer. */
  void beforeRequest(IntConsumer hook) {
    this.beforeRequest = hook;
  }

  /** Answers the next listings in descending order, as a store ignoring the sort would. */
  void ignoreSortFor(int pages) {
    this.reversedPages = pages;
  }

  synchronized List<String> queries() {
    return List.copyOf(queries);
  }

  @Override
  public HttpResponse send(HttpRequest request, Deadline deadline) {
    String rawQuery = request.uri().getRawQuery();
    int n;
    synchronized (this) {
      queries.add(rawQuery == null ? "" : rawQuery);
      n = queries.size();
    }
    beforeRequest.accept(n);
    synchronized (this) {
      return answer(rawQuery == null ? "" : rawQuery);
    }
  }

  private HttpResponse answer(String rawQuery) {
    List<QueryParameter> parameters = Query.parse(rawQuery);
    LocalDateTime from = LocalDateTime.MIN;
    LocalDateTime to = LocalDateTime.MAX;
    long offset = 0;
    long count = Long.MAX_VALUE;
    boolean idsOnly = false;
    boolean byId = false;
    long afterId = 0;
    for (QueryParameter p : parameters) {
      if (p.name().equals("filter[date_upd]")) {
        String[] bounds = p.value().substring(1, p.value().length() - 1).split(",");
        from = LocalDateTime.parse(bounds[0], TIME);
        to = LocalDateTime.parse(bounds[1], TIME);
      } else if (p.name().equals("limit")) {
        String[] parts = p.value().split(",");
        offset = parts.length == 2 ? Long.parseLong(parts[0]) : 0;
        count = Long.parseLong(parts[parts.length - 1]);
      } else if (p.name().equals("display")) {
        idsOnly = p.value().equals("[id]");
      } else if (p.name().equals("sort")) {
        byId = p.value().equals("[id_ASC]");
      } else if (p.name().equals("filter[id]")) {
        afterId = Long.parseLong(p.value().substring(2, p.value().length() - 1));
      }
    }
    LocalDateTime low = from;
    LocalDateTime high = to;
    long minId = afterId;
    Comparator<Map.Entry<Long, LocalDateTime>> order =
        Map.Entry.<Long, LocalDateTime>comparingByValue().thenComparing(Map.Entry.comparingByKey());
    if (idsOnly || byId) {
      order = Map.Entry.comparingByKey();
    } else if (reversedPages > 0) {
      reversedPages--;
      order = order.reversed();
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><prestashop><customers>");
    updated.entrySet().stream()
        .filter(e -> !e.getValue().isBefore(low) && !e.getValue().isAfter(high))
        .filter(e -> e.getKey() > minId)
        .sorted(order)
        .skip(offset)
        .limit(count)
        .forEach(
            e ->
                xml.append("<customer><id>")
                    .append(e.getKey())
                    .append("</id><date_upd>")
                    .append(TIME.format(e.getValue()))
                    .append("</date_upd><lastname>L")
                    .append(e.getKey())
                    .append("</lastname></customer>"));
    byte[] body =
        xml.append("</customers></prestashop>").toString().getBytes(StandardCharsets.UTF_8);
    return new Answer(body);
  }

  @Override
  public void close() {}

  private static final class Answer implements HttpResponse {
    private final InputStream body;

    Answer(byte[] body) {
      this.body = new ByteArrayInputStream(body);
    }

    @Override
    public int statusCode() {
      return 200;
    }

    @Override
    public HttpHeaders headers() {
      return HttpHeaders.of(
          Map.of(
              "Content-Type", List.of("text/xml;charset=utf-8"), "PSWS-Version", List.of("8.1.2")));
    }

    @Override
    public InputStream body() {
      return body;
    }

    @Override
    public void close() {}
  }
}
