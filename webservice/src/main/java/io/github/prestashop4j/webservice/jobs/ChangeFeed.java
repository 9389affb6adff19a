package io.github.prestashop4j.webservice.jobs;

import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.paging.IncrementalPullException;
import io.github.prestashop4j.core.paging.ItemHandler;
import io.github.prestashop4j.core.paging.Watermark;
import io.github.prestashop4j.webservice.Filter;
import io.github.prestashop4j.webservice.Query;
import io.github.prestashop4j.webservice.model.Model;
import io.github.prestashop4j.webservice.model.ModelResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pulls the objects of a resource changed since the last run, in {@code date_upd} then {@code id}
 * order, and hands each to a handler: the CRM-style sync of customers, addresses or orders.
 *
 * <pre>{@code
 * ChangeFeed<Customer> feed = ChangeFeed.of(shop.customers(), Customer::dateUpd)
 *     .onCheckpoint(w -> store.save(w.asString()))   // after each page
 *     .listener(p -> log.info("{} customers, {} pages", p.delivered(), p.pages()));
 * Watermark since = saved == null
 *     ? ChangeFeed.watermarkAt(LocalDateTime.of(2026, 1, 1, 0, 0)) : Watermark.parse(saved);
 * Watermark reached = feed.run(since, crm::upsert);  // the handler is called once per change
 * store.save(reached.asString());
 * }</pre>
 *
 * <p><b>Requests.</b> Each page is {@code filter[date_upd]=[from,9999-12-31 23:59:59]&date=1},
 * {@code sort=[date_upd_ASC,id_ASC]}, {@code display=full}, {@code limit=offset,pageSize}, where
 * {@code from} is the watermark's time less the {@link #overlap(Duration) overlap}. After a page
 * that moved the watermark, the next one starts again from the new {@code from} at offset 0, so an
 * object updated while the run pages (it moves to the end of the order) is neither skipped nor
 * lost: it comes later in this run or in the next one. A page that moved nothing (a burst of equal
 * times larger than a page) is followed by the next offset.
 *
 * <p><b>Times.</b> PrestaShop's {@code date_upd} has one-second resolution, is inclusive in the
 * interval filter and is the store's local time; the watermark holds the store's own {@code
 * date_upd} (written as if it were UTC: {@link #watermarkAt(LocalDateTime)}), never the client's
 * clock, so the store's time zone and clock skew do not matter. Because a write that commits late
 * may carry an earlier second than objects already seen, each run reads again the {@code overlap}
 * before the watermark (default 10 seconds) and de-duplicates by {@code (id, date_upd)}: the
 * watermark keeps the keys of the objects delivered within the overlap.
 *
 * <p><b>Delivery is at-least-once.</b> The watermark moves past an object only after the handler
 * returned. If the handler throws, the run stops with {@link IncrementalPullException}, whose
 * watermark does not cover the failed object; any other failure (the store, the network) is thrown
 * unchanged, and the last checkpoint is where to resume. An object without {@code date_upd} (a zero
 * date) cannot be placed and is not delivered.
 *
 * <p>Deleted objects leave no trace in PrestaShop: {@link #missingIds(Collection)} lists the ids
 * that disappeared. Immutable and thread-safe; one run is sequential.
 *
 * @param <M> the model
 */
public final class ChangeFeed<M extends Model> {
  /** Default {@link #overlap(Duration)}. */
  public static final Duration DEFAULT_OVERLAP = Duration.ofSeconds(10);

  /** Default {@link #pageSize(int)}. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private static final LocalDateTime END = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

  private final ModelResource<M> resource;
  private final Function<M, java.util.Optional<LocalDateTime>> changedAt;
  private final Query base;
  private final Duration overlap;
  private final int pageSize;
  private final Consumer<Watermark> checkpoint;
  private final ProgressListener listener;
  private final Clock clock;

  private ChangeFeed(
      ModelResource<M> resource,
      Function<M, java.util.Optional<LocalDateTime>> changedAt,
      Query base,
      Duration overlap,
      int pageSize,
      Consumer<Watermark> checkpoint,
      ProgressListener listener,
      Clock clock) {
    this.resource = resource;
    this.changedAt = changedAt;
    this.base = base;
    this.overlap = overlap;
    this.pageSize = pageSize;
    this.checkpoint = checkpoint;
    this.listener = listener;
    this.clock = clock;
  }

  /**
   * Starts a feed over a resource.
   *
   * @param resource the typed resource, for example {@code shop.customers()}
   * @param changedAt the model's {@code date_upd} getter, for example {@code Customer::dateUpd}
   * @param <M> the model
   * @return the feed, with the defaults
   * @throws IllegalArgumentException if the resource has no {@code date_upd}
   */
  public static <M extends Model> ChangeFeed<M> of(
      ModelResource<M> resource, Function<M, java.util.Optional<LocalDateTime>> changedAt) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(changedAt, "changedAt");
    if (resource.type().field("date_upd").isEmpty()) {
      throw new IllegalArgumentException(
          "resource " + resource.type().resourceName() + ": has no date_upd to follow");
    }
    return new ChangeFeed<>(
        resource,
        changedAt,
        Query.all(),
        DEFAULT_OVERLAP,
        DEFAULT_PAGE_SIZE,
        w -> {},
        p -> {},
        Clock.systemUTC());
  }

  /**
   * Returns the watermark of a first run: everything changed at or after a time of the store.
   *
   * @param storeTime a {@code date_upd} of the store, in its own time zone
   * @return the watermark
   */
  public static Watermark watermarkAt(LocalDateTime storeTime) {
    return Watermark.at(instant(Objects.requireNonNull(storeTime, "storeTime")));
  }

  /**
   * Returns a copy that narrows the feed, for example to a shop or with a filter of its own.
   *
   * @param query a shop context or filters; must not sort, limit or filter on {@code date_upd}
   * @return the copy
   * @throws IllegalArgumentException if the query sorts, limits or filters on {@code date_upd}
   */
  public ChangeFeed<M> query(Query query) {
    Objects.requireNonNull(query, "query");
    if (!query.sorts().isEmpty()
        || query.limit().isPresent()
        || query.filters().containsKey("date_upd")) {
      throw new IllegalArgumentException(
          "query: must not sort, limit or filter on date_upd; the feed does");
    }
    return new ChangeFeed<>(
        resource, changedAt, query, overlap, pageSize, checkpoint, listener, clock);
  }

  /**
   * Returns a copy that reads again more or less before the watermark.
   *
   * @param overlap how far before the watermark each run reads again; default 10 seconds
   * @return the copy
   * @throws IllegalArgumentException if negative or above one day
   */
  public ChangeFeed<M> overlap(Duration overlap) {
    Objects.requireNonNull(overlap, "overlap");
    if (overlap.isNegative() || overlap.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(
          "overlap: must be between 0 and 1 day (got " + overlap + ")");
    }
    return new ChangeFeed<>(
        resource, changedAt, base, overlap, pageSize, checkpoint, listener, clock);
  }

  /**
   * Returns a copy with another page size.
   *
   * @param pageSize objects per request, 1 to 1000; default 100
   * @return the copy
   */
  public ChangeFeed<M> pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException(
          "pageSize: must be between 1 and 1000 (got " + pageSize + ")");
    }
    return new ChangeFeed<>(
        resource, changedAt, base, overlap, pageSize, checkpoint, listener, clock);
  }

  /**
   * Returns a copy that reports the watermark after each page, to store it.
   *
   * @param checkpoint called after each page with the watermark reached; default none
   * @return the copy
   */
  public ChangeFeed<M> onCheckpoint(Consumer<Watermark> checkpoint) {
    return new ChangeFeed<>(
        resource,
        changedAt,
        base,
        overlap,
        pageSize,
        Objects.requireNonNull(checkpoint, "checkpoint"),
        listener,
        clock);
  }

  /**
   * Returns a copy that reports progress after each page.
   *
   * @param listener called after each page; default none
   * @return the copy
   */
  public ChangeFeed<M> listener(ProgressListener listener) {
    return new ChangeFeed<>(
        resource,
        changedAt,
        base,
        overlap,
        pageSize,
        checkpoint,
        Objects.requireNonNull(listener, "listener"),
        clock);
  }

  /**
   * Returns a copy that measures elapsed time with another clock.
   *
   * @param clock the clock; default the system's
   * @return the copy
   */
  public ChangeFeed<M> clock(Clock clock) {
    return new ChangeFeed<>(
        resource,
        changedAt,
        base,
        overlap,
        pageSize,
        checkpoint,
        listener,
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Delivers every object changed since a watermark, then returns the watermark reached.
   *
   * @param since where the last run stopped, or {@link #watermarkAt(LocalDateTime)} the first time
   * @param handler called once per change, in {@code date_upd} then {@code id} order
   * @return the watermark to start the next run from
   * @throws IncrementalPullException if the handler threw; its watermark is where to resume
   * @throws DecodeException if the store does not sort as asked
   */
  public Watermark run(Watermark since, ItemHandler<? super M> handler) {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(handler, "handler");
    Run run = new Run(since, handler, clock.instant());
    if (!overlap.isZero()) {
      run.readOverlap();
    }
    run.readOnwards();
    return run.watermark;
  }

  /** One run's state: the watermark reached and the counts progress reports. */
  private final class Run {
    private final ItemHandler<? super M> handler;
    private final Instant started;
    private Watermark watermark;
    private long seen;
    private long delivered;
    private long pages;

    Run(Watermark since, ItemHandler<? super M> handler, Instant started) {
      this.watermark = since;
      this.handler = handler;
      this.started = started;
    }

    // The overlap before the watermark, by id: a window whose objects keep their place even when
    // others leave it, so paging it cannot skip one.
    void readOverlap() {
      LocalDateTime to = storeTime(watermark.timestamp());
      LocalDateTime from = to.minus(overlap);
      long afterId = 0;
      while (true) {
        Query.Builder query =
            base.toBuilder()
                .filter("date_upd", Filter.between(from, to))
                .sortAsc("id")
                .limit(pageSize);
        if (afterId > 0) {
          query.filter("id", Filter.greaterThan(afterId));
        }
        List<M> page = resource.list(query.build()).items();
        for (M model : page) {
          afterId = Math.max(afterId, deliver(model));
        }
        pageDone();
        if (page.size() < pageSize) {
          return;
        }
      }
    }

    // From the watermark on, by date_upd then id; objects changed meanwhile move to the end.
    void readOnwards() {
      LocalDateTime from = storeTime(watermark.timestamp());
      long offset = 0;
      while (true) {
        List<M> page = resource.list(pageQuery(from, offset)).items();
        LocalDateTime previous = null;
        for (M model : page) {
          LocalDateTime time = changedAt.apply(model).orElse(null);
          if (time != null && previous != null && time.isBefore(previous)) {
            throw new DecodeException(
                resource.type().resourceName()
                    + ": the store did not sort by date_upd; nothing after "
                    + watermark
                    + " was delivered",
                null);
          }
          previous = time == null ? previous : time;
          deliver(model);
        }
        pageDone();
        if (page.size() < pageSize) {
          return;
        }
        LocalDateTime next = storeTime(watermark.timestamp());
        if (next.equals(from)) {
          offset += pageSize; // more objects share one second than a page holds
        } else {
          from = next;
          offset = 0;
        }
      }
    }

    private long deliver(M model) {
      seen++;
      long id =
          model
              .id()
              .orElseThrow(
                  () ->
                      new DecodeException(
                          resource.type().resourceName() + ": an object without id", null));
      LocalDateTime time = changedAt.apply(model).orElse(null);
      if (time == null || covers(watermark, time, id)) {
        return id;
      }
      try {
        handler.handle(model);
      } catch (Exception e) {
        throw new IncrementalPullException(
            resource.type().resourceName() + " " + id + ": the handler failed", watermark, e);
      }
      watermark = advance(watermark, time, id);
      delivered++;
      return id;
    }

    private void pageDone() {
      pages++;
      checkpoint.accept(watermark);
      listener.onProgress(
          new Progress(
              seen, delivered, pages, Duration.between(started, clock.instant()), watermark));
    }
  }

  /**
   * Finds which of the ids the caller holds no longer exist on the store (PrestaShop keeps no trace
   * of deletions): lists every id of the resource, within this feed's query, and compares.
   *
   * @param knownIds the ids the caller holds
   * @return those the store no longer has, in ascending order
   */
  public Set<Long> missingIds(Collection<Long> knownIds) {
    Objects.requireNonNull(knownIds, "knownIds");
    Set<Long> present = new HashSet<>();
    resource.untyped().stream(
            base.toBuilder()
                .display(io.github.prestashop4j.webservice.Display.fields("id"))
                .pageSize(1000)
                .build())
        .forEach(entity -> entity.id().ifPresent(present::add));
    Set<Long> missing = new TreeSet<>(knownIds);
    missing.removeAll(present);
    return missing;
  }

  private Query pageQuery(LocalDateTime from, long offset) {
    return base.toBuilder()
        .filter("date_upd", Filter.between(from, END))
        .sortAsc("date_upd")
        .sortAsc("id")
        .limit(offset, pageSize)
        .build();
  }

  // Covered: before the overlap, or its (id, date_upd) was delivered.
  private boolean covers(Watermark watermark, LocalDateTime time, long id) {
    Instant at = instant(time);
    return at.isBefore(watermark.timestamp().minus(overlap))
        || watermark.deliveredIds().contains(key(id, at));
  }

  private Watermark advance(Watermark watermark, LocalDateTime time, long id) {
    Instant at = instant(time);
    Instant latest = at.isAfter(watermark.timestamp()) ? at : watermark.timestamp();
    Instant keepFrom = latest.minus(overlap);
    Set<String> keys = new LinkedHashSet<>();
    for (String key : watermark.deliveredIds()) {
      if (!keyTime(key).isBefore(keepFrom)) {
        keys.add(key);
      }
    }
    keys.add(key(id, at));
    return Watermark.of(latest, keys);
  }

  private static String key(long id, Instant at) {
    return id + "@" + at.getEpochSecond();
  }

  private static Instant keyTime(String key) {
    int at = key.lastIndexOf('@');
    return at < 0 ? Instant.MIN : Instant.ofEpochSecond(Long.parseLong(key.substring(at + 1)));
  }

  private static Instant instant(LocalDateTime storeTime) {
    return storeTime.toInstant(ZoneOffset.UTC);
  }

  private static LocalDateTime storeTime(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "ChangeFeed[" + resource.type().resourceName() + ", overlap=" + overlap + "]";
  }

  /** Receives a run's progress after each page. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Called after each page.
     *
     * @param progress where the run is
     */
    void onProgress(Progress progress);
  }

  /**
   * Where a run is.
   *
   * @param seen objects read so far, delivered or not
   * @param delivered objects handed to the handler
   * @param pages requests made
   * @param elapsed time since the run started
   * @param watermark the watermark reached
   */
  public record Progress(
      long seen, long delivered, long pages, Duration elapsed, Watermark watermark) {}
}
