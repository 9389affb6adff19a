package io.github.prestashop4j.core.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One page of a listing: its items and, unless it is the last page, a way to fetch the next one.
 *
 * <p>A page holds its own items and a supplier of the next page, never the pages before it, so
 * walking a listing page by page uses memory for one page at a time. The next page is not fetched
 * until {@link #nextPage()} is called. To walk every item of every page, use {@link AutoPager}.
 *
 * <p>Instances are immutable; whether they are thread-safe depends on the next-page supplier.
 *
 * @param <T> the type of the items
 */
public final class Page<T> {

  private final List<T> items;
  // null on the last page.
  private final Supplier<Page<T>> next;

  private Page(List<T> items, Supplier<Page<T>> next) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.next = next;
  }

  /**
   * Returns a page that has no next page.
   *
   * @param items the items of the page, possibly empty, none of them {@code null}; copied
   * @param <T> the type of the items
   * @return the page
   * @throws NullPointerException if {@code items} or one of its elements is {@code null}
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /**
   * Returns a page that has a next page. The supplier is not called here: it is called each time
   * {@link #nextPage()} is, typically sending one request.
   *
   * @param items the items of the page, possibly empty, none of them {@code null}; copied
   * @param next fetches the next page; must not return {@code null}
   * @param <T> the type of the items
   * @return the page
   * @throws NullPointerException if {@code items}, one of its elements or {@code next} is {@code
   *     null}
   */
  public static <T> Page<T> of(List<T> items, Supplier<Page<T>> next) {
    return new Page<>(items, Objects.requireNonNull(next, "next"));
  }

  /**
   * Returns the items of this page, in the order the server returned them.
   *
   * @return an immutable list, possibly empty
   */
  public List<T> items() {
    return items;
  }

  /**
   * Tells whether there is a page after this one. Sends no request.
   *
   * @return {@code true} if {@link #nextPage()} can be called
   */
  public boolean hasNextPage() {
    return next != null;
  }

  /**
   * Fetches the page after this one. Nothing is cached: every call calls the next-page supplier
   * again, so keep the result rather than calling this twice.
   *
   * @return the next page
   * @throws NoSuchElementException if this is the last page
   * @throws NullPointerException if the next-page supplier returned {@code null}
   * @throws RuntimeException whatever the next-page supplier throws, unchanged
   */
  public Page<T> nextPage() {
    if (next == null) {
      throw new NoSuchElementException("This is the last page");
    }
    return Objects.requireNonNull(next.get(), "The next-page supplier returned null");
  }

  /**
   * Returns this page with every item converted, its next pages converted the same way when they
   * are fetched.
   *
   * @param mapper converts one item; must not return {@code null}
   * @param <R> the type of the converted items
   * @return the converted page
   * @throws RuntimeException whatever {@code mapper} throws, unchanged
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    List<R> mapped = items.stream().<R>map(mapper).toList();
    return next == null ? last(mapped) : of(mapped, () -> nextPage().map(mapper));
  }

  /**
   * Returns a short description with the number of items, not the items themselves, which may be
   * many or hold personal data.
   *
   * @return for example {@code Page[items=50, hasNextPage=true]}
   */
  @Override
  public String toString() {
    return "Page[items=" + items.size() + ", hasNextPage=" + hasNextPage() + "]";
  }
}
