package io.github.prestashop4j.core.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks every item of a paged listing, requesting each page only when an item on it is needed.
 *
 * <pre>{@code
 * AutoPager<Order> pager = AutoPager.of(() -> orders.list(query));
 *
 * // A stream should be closed: once it is, no further page is requested.
 * try (Stream<Order> s = pager.stream()) {
 *   List<Order> late = s.filter(Order::isLate).limit(10).toList();
 * }
 *
 * // Or a plain loop; leaving it early requests no further page either.
 * for (Order order : pager) {
 *   handle(order);
 * }
 *
 * // Or page by page, to commit a batch at a time.
 * for (Page<Order> page : pager.pages()) {
 *   save(page.items());
 * }
 * }</pre>
 *
 * <p>Behaviour common to {@link #iterator()}, {@link #stream()} and {@link #pages()}:
 *
 * <ul>
 *   <li><b>Lazy.</b> Creating the pager, an iterator or a stream sends no request. The first page
 *       is requested when the first item is asked for, and each following page only when the
 *       consumer needs an item beyond the current page: {@code stream().limit(3)} over pages of two
 *       items requests exactly two pages.
 *   <li><b>Constant memory.</b> Only the current page is held; the pages before it can be
 *       collected.
 *   <li><b>Restartable.</b> Each call to {@link #iterator()}, {@link #stream()} or {@code
 *       pages().iterator()} starts a new traversal from the first page, requesting it again.
 *   <li><b>Failures propagate unchanged.</b> An exception thrown by a page supplier reaches the
 *       consumer as it was thrown, from {@code hasNext()}, {@code next()} or the stream's terminal
 *       operation. An iterator whose page request failed keeps its position: calling it again
 *       requests the same page again.
 *   <li><b>Empty pages</b> that are not the last are skipped through by the item iterator and the
 *       stream, however many there are; {@link #pages()} yields them.
 * </ul>
 *
 * <p>A pager is immutable and can be shared if its page suppliers can; each iterator or stream it
 * returns is for one thread at a time, except that a stream may be closed from any thread.
 *
 * @param <T> the type of the items
 */
public final class AutoPager<T> implements Iterable<T> {

  private final Supplier<Page<T>> firstPage;

  private AutoPager(Supplier<Page<T>> firstPage) {
    this.firstPage = firstPage;
  }

  /**
   * Returns a pager over the listing that starts with the page the supplier returns. The supplier
   * is not called here; it is called once at the start of each traversal.
   *
   * @param firstPage fetches the first page; must not return {@code null}
   * @param <T> the type of the items
   * @return the pager
   * @throws NullPointerException if {@code firstPage} is {@code null}
   */
  public static <T> AutoPager<T> of(Supplier<Page<T>> firstPage) {
    return new AutoPager<>(Objects.requireNonNull(firstPage, "firstPage"));
  }

  /**
   * Returns an iterator over every item of every page, in order, starting from the first page. No
   * page is requested until {@link Iterator#hasNext()} or {@link Iterator#next()} is first called.
   * {@link Iterator#remove()} is not supported.
   *
   * @return a new iterator
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator<>(new PageIterator<>(firstPage));
  }

  /**
   * Returns a sequential, lazy stream over every item of every page, in order, starting from the
   * first page. No page is requested until a terminal operation runs, and only as many pages as it
   * consumes are requested. The stream reports {@link Spliterator#ORDERED} and {@link
   * Spliterator#NONNULL} and never splits, so even a parallel pipeline holds one page at a time.
   *
   * <p>Closing the stream, directly or by a try-with-resources block, stops the traversal: no
   * further page is requested, even through an iterator obtained from the stream before it was
   * closed, which then reports no more items.
   *
   * @return a new stream
   */
  public Stream<T> stream() {
    ItemIterator<T> items = new ItemIterator<>(new PageIterator<>(firstPage));
    return StreamSupport.stream(new ItemSpliterator<>(items), false).onClose(items::close);
  }

  /**
   * Returns the pages themselves, in order, starting from the first, including empty ones. Each
   * call to {@link Iterable#iterator()} on the result starts a new traversal; each page is
   * requested only when {@link Iterator#next()} is called for it ({@code hasNext()} sends no
   * request).
   *
   * @return an iterable over the pages
   */
  public Iterable<Page<T>> pages() {
    return () -> new PageIterator<>(firstPage);
  }

  /** Yields the pages, fetching each in {@link #next()} only. */
  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final Supplier<Page<T>> firstPage;
    // null until the first page is fetched; afterwards the only page this iterator keeps.
    private Page<T> current;

    PageIterator(Supplier<Page<T>> firstPage) {
      this.firstPage = firstPage;
    }

    @Override
    public boolean hasNext() {
      // A listing always has a first page, even an empty one, so nothing needs fetching to answer.
      return current == null || current.hasNextPage();
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException("No page after the last page");
      }
      // Assigned only once the fetch returned, so a failed fetch leaves the position unchanged.
      current =
          current == null
              ? Objects.requireNonNull(firstPage.get(), "The first-page supplier returned null")
              : current.nextPage();
      return current;
    }
  }

  /** Flattens the pages into items, fetching a page only when the current one is used up. */
  private static final class ItemIterator<T> implements Iterator<T> {
    // null once the traversal has ended, so that the last page can be collected.
    private PageIterator<T> pages;
    private List<T> items = List.of();
    private int index;
    // Written by close(), which may run on another thread than the consumer.
    private volatile boolean closed;

    ItemIterator(PageIterator<T> pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      // A loop, not a single step: empty pages in the middle of a listing are skipped through.
      while (!closed) {
        if (index < items.size()) {
          return true;
        }
        if (pages == null || !pages.hasNext()) {
          release();
          return false;
        }
        // Throws before any field changes, so a failed fetch is retried by the next call. The loop
        // then checks closed again: close() may have run while the page was being fetched.
        items = pages.next().items();
        index = 0;
      }
      release();
      return false;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException(closed ? "The stream is closed" : "No more items");
      }
      return items.get(index++);
    }

    void close() {
      closed = true;
    }

    private void release() {
      pages = null;
      items = List.of();
      index = 0;
    }
  }

  /**
   * Adapts {@link ItemIterator} to a stream. Unlike {@code Spliterators.spliteratorUnknownSize}, it
   * refuses to split: splitting copies items ahead into arrays, which would request pages the
   * consumer never asked for and hold many of them at once.
   */
  private static final class ItemSpliterator<T> implements Spliterator<T> {
    private final ItemIterator<T> items;

    ItemSpliterator(ItemIterator<T> items) {
      this.items = items;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      Objects.requireNonNull(action, "action");
      if (!items.hasNext()) {
        return false;
      }
      action.accept(items.next());
      return true;
    }

    @Override
    public Spliterator<T> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL;
    }
  }
}
