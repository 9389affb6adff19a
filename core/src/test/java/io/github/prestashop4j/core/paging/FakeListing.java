package io.github.prestashop4j.core.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A paged listing held in memory that records every page request, standing in for a server.
 *
 * @param <T> the type of the items
 */
final class FakeListing<T> {

  private final List<List<T>> pages;
  private final List<Integer> requests = new ArrayList<>();
  private int failingPage = -1;
  private RuntimeException failure;

  private FakeListing(List<List<T>> pages) {
    this.pages = List.copyOf(pages);
  }

  @SafeVarargs
  static <T> FakeListing<T> of(List<T>... pages) {
    // Copied element by element: handing the varargs array itself on is what -Xlint:varargs flags.
    List<List<T>> copy = new ArrayList<>();
    for (List<T> page : pages) {
      copy.add(page);
    }
    return new FakeListing<>(copy);
  }

  /** Makes every request for the page at {@code index} throw {@code failure}. */
  FakeListing<T> failingAt(int index, RuntimeException failure) {
    this.failingPage = index;
    this.failure = failure;
    return this;
  }

  /** Fetches the first page, as a client's list call would. */
  Supplier<Page<T>> firstPage() {
    return () -> fetch(0);
  }

  /** The indexes of the pages requested so far, in request order. */
  List<Integer> requests() {
    return List.copyOf(requests);
  }

  private Page<T> fetch(int index) {
    requests.add(index);
    if (index == failingPage) {
      throw failure;
    }
    List<T> items = pages.get(index);
    return index == pages.size() - 1 ? Page.last(items) : Page.of(items, () -> fetch(index + 1));
  }
}
