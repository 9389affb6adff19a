package io.github.prestashop4j.cloudsync;

import io.github.prestashop4j.cloudsync.model.RawRecord;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.paging.IncrementalPullException;
import io.github.prestashop4j.core.paging.ItemHandler;
import io.github.prestashop4j.core.paging.Watermark;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls every record of a collection changed since a {@link Watermark}, in timestamp order, each
 * delivered once per change; started by {@link RawCollection#incremental(ChangeField)}.
 *
 * <pre>{@code
 * Watermark since = Watermark.parse(store.load());   // or Watermark.at(Instant) the first time
 * Watermark reached = shop.orders().incremental(ChangeField.UPDATED_AT)
 *     .since(since)
 *     .onCheckpoint(w -> store.save(w.asString()))
 *     .forEach(order -> erp.upsert(order));
 * store.save(reached.asString());
 * }</pre>
 *
 * <p><b>How.</b> Each request asks for {@code <field>Start=<watermark timestamp>} (inclusive),
 * sorted by the field ascending, from offset 0. The server must honour that sort: a page whose
 * timestamps go down fails the pull with {@link DecodeException} rather than moving the watermark
 * past records it has not seen. Records of one timestamp are taken in id order. Records the
 * watermark {@linkplain Watermark#covers covers} are skipped; each other record goes to the
 * handler, and the watermark advances past it once the handler returned. Once the watermark moved
 * past the {@code Start} just sent, the next request starts again from it rather than following the
 * page links, so records sharing one timestamp across a page boundary are neither lost nor
 * repeated, whatever order the server gives equal timestamps. While the watermark stays at that
 * {@code Start} (more records share one timestamp than a page holds), the pull follows the server's
 * next page ({@code links.next}, or the next offset); that relies on the server keeping equal
 * timestamps in a stable order, so choose a {@link #pageSize(int) page size} larger than the
 * largest burst of equal timestamps you expect.
 *
 * <p><b>Delivery is at-least-once.</b> If the handler throws, the pull stops with {@link
 * IncrementalPullException}, whose watermark does not cover the failed record. Any other failure
 * (the API, the network) is thrown unchanged; the last {@link #onCheckpoint checkpoint} is then
 * where to resume. A record without the change field cannot be placed and is skipped (logged at
 * DEBUG); a record without {@code id} cannot be de-duplicated and fails the pull with {@link
 * DecodeException}.
 *
 * <p>Not thread-safe: configure and run it on one thread.
 *
 * @param <T> the record type
 */
public final class IncrementalPull<T extends RawRecord> {
  private static final Logger LOG = LoggerFactory.getLogger(IncrementalPull.class);

  private final RawCollection<T> collection;
  private final ChangeField field;
  private Watermark since;
  private RawQuery filter = RawQuery.all();
  private int pageSize = 100;
  private RequestOptions options = RequestOptions.defaults();
  private Consumer<Watermark> checkpoint = w -> {};

  IncrementalPull(RawCollection<T> collection, ChangeField field) {
    this.collection = collection;
    this.field = field;
  }

  /**
   * Sets where to start.
   *
   * @param since the watermark of the previous run, or {@link Watermark#at(Instant)}; required
   * @return this pull
   */
  public IncrementalPull<T> since(Watermark since) {
    this.since = Objects.requireNonNull(since, "since");
    return this;
  }

  /**
   * Restricts the pull with filters (for example {@code isPaid=true}, or an upper bound {@code
   * <field>End}). The query's limit, offset, sort and the {@code <field>Start} filter are replaced
   * by the pull's own.
   *
   * @param filter the filters; default none
   * @return this pull
   */
  public IncrementalPull<T> filter(RawQuery filter) {
    this.filter = Objects.requireNonNull(filter, "filter");
    return this;
  }

  /**
   * Sets how many records each request asks for.
   *
   * @param pageSize 1 or more; default 100
   * @return this pull
   * @throws IllegalArgumentException if less than 1
   */
  public IncrementalPull<T> pageSize(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize: must be at least 1 (got " + pageSize + ")");
    }
    this.pageSize = pageSize;
    return this;
  }

  /**
   * Sets per-call options for every request of the pull.
   *
   * @param options the options; default {@link RequestOptions#defaults()}
   * @return this pull
   */
  public IncrementalPull<T> options(RequestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * Sets what is told the watermark after each page that delivered at least one record, typically
   * to store it. It runs on the pulling thread, after the handlers of that page returned.
   *
   * @param checkpoint receives the advanced watermark; default does nothing
   * @return this pull
   */
  public IncrementalPull<T> onCheckpoint(Consumer<Watermark> checkpoint) {
    this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    return this;
  }

  /**
   * Runs the pull to the end of the collection.
   *
   * @param handler receives each new or changed record, in timestamp then id order
   * @return the watermark covering every record delivered; the start watermark when none was
   * @throws IllegalStateException if {@link #since(Watermark)} was not set
   * @throws IncrementalPullException if the handler threw; nothing after the failed record was
   *     delivered
   * @throws io.github.prestashop4j.core.PrestaShopException if a request failed
   */
  public Watermark forEach(ItemHandler<? super T> handler) {
    Objects.requireNonNull(handler, "handler");
    if (since == null) {
      throw new IllegalStateException("since: is required; use Watermark.at(instant) to start");
    }
    // The watermark last built; the pull tracks the ids of the current timestamp itself and builds
    // a
    // new watermark once per page, not once per record.
    Watermark watermark = since;
    Instant at = since.timestamp();
    Set<String> ids = new HashSet<>(since.deliveredIds());
    RawQuery query = null;
    Instant sentStart = null;
    URI next = null;
    Instant last = null;
    while (true) {
      RawCollection.Fetched<T> fetched;
      if (next == null) {
        sentStart = at;
        query =
            filter.toBuilder()
                .filter(field.field() + "Start", sentStart)
                .sort(field.field(), SortDirection.ASC)
                .limit(pageSize)
                .offset(0)
                .build();
        last = null;
        fetched = collection.fetch(collection.listUri(query), query, options);
      } else {
        fetched = collection.fetch(next, query, options);
      }
      List<T> items = fetched.page.items();
      List<Keyed<T>> page = inOrder(items, last);
      if (!page.isEmpty()) {
        last = page.get(page.size() - 1).timestamp;
      }
      boolean delivered = false;
      for (Keyed<T> record : page) {
        int order = record.timestamp.compareTo(at);
        if (order < 0 || order == 0 && ids.contains(record.id)) {
          continue;
        }
        try {
          handler.handle(record.item);
        } catch (Exception e) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          throw new IncrementalPullException(
              "Incremental pull of "
                  + collection.name()
                  + ": the handler failed on the record with id "
                  + record.id
                  + "; resume from the exception's watermark",
              delivered ? Watermark.of(at, ids) : watermark,
              e);
        }
        if (order > 0) {
          at = record.timestamp;
          ids.clear();
        }
        ids.add(record.id);
        delivered = true;
      }
      if (delivered) {
        watermark = Watermark.of(at, ids);
        checkpoint.accept(watermark);
      }
      if (fetched.next == null || items.isEmpty()) {
        return watermark;
      }
      // Once the watermark moved past the Start just sent, asking again from it skips everything
      // already delivered. While it stays at that Start (a group of equal timestamps longer than a
      // page), the group continues on the server's next page.
      next = at.isAfter(sentStart) ? null : fetched.next;
    }
  }

  /**
   * Keys the records of a page, checking that the server sorted them by the change field (from
   * {@code previous}, the last timestamp of the page before, when the page continues it), and
   * orders records of equal timestamps by id.
   */
  private List<Keyed<T>> inOrder(List<T> items, Instant previous) {
    List<Keyed<T>> keyed = new ArrayList<>(items.size());
    for (T item : items) {
      Optional<Instant> timestamp = item.instant(field.field());
      if (timestamp.isEmpty()) {
        LOG.debug(
            "Incremental pull of {}: skipped a record without {}",
            collection.name(),
            field.field());
        continue;
      }
      if (previous != null && timestamp.get().isBefore(previous)) {
        // Sorting here would move the watermark past records of the earlier timestamps that other
        // pages hold, and the next request, starting at the watermark, would never see them.
        throw new DecodeException(
            "Incremental pull of "
                + collection.name()
                + ": the server did not sort by "
                + field.field()
                + " ("
                + timestamp.get()
                + " came after "
                + previous
                + ")",
            null);
      }
      previous = timestamp.get();
      String id =
          item.id()
              .orElseThrow(
                  () ->
                      new DecodeException(
                          "Incremental pull of "
                              + collection.name()
                              + ": a record has no id and cannot be de-duplicated",
                          null));
      keyed.add(new Keyed<>(item, timestamp.get(), id));
    }
    keyed.sort(
        Comparator.<Keyed<T>, Instant>comparing(k -> k.timestamp)
            .thenComparing(k -> k.id, Watermark.ID_ORDER));
    return keyed;
  }

  private static final class Keyed<T> {
    final T item;
    final Instant timestamp;
    final String id;

    Keyed(T item, Instant timestamp, String id) {
      this.item = item;
      this.timestamp = timestamp;
      this.id = id;
    }
  }

  @Override
  public String toString() {
    return "IncrementalPull[" + collection.name() + ", " + field + ", since=" + since + "]";
  }
}
