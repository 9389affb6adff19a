package io.github.prestashop4j.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  private final FakeListing<Integer> threePages =
      FakeListing.of(List.of(1, 2), List.of(3, 4), List.of(5, 6));

  @Test
  void requestsNothingBeforeATerminalOperation() {
    AutoPager<Integer> pager = AutoPager.of(threePages.firstPage());

    Iterator<Integer> iterator = pager.iterator();
    Stream<Integer> stream = pager.stream().filter(i -> i > 1).map(i -> i * 10);
    Iterator<Page<Integer>> pages = pager.pages().iterator();

    assertThat(threePages.requests()).isEmpty();
    assertThat(stream.findFirst()).contains(20);
    assertThat(threePages.requests()).containsExactly(0);
    assertThat(iterator.next()).isEqualTo(1);
    assertThat(pages.next().items()).containsExactly(1, 2);
    assertThat(threePages.requests()).containsExactly(0, 0, 0);
  }

  @Test
  void yieldsEveryItemInOrderAcrossPages() {
    AutoPager<Integer> pager = AutoPager.of(threePages.firstPage());
    List<Integer> seen = new ArrayList<>();

    for (int item : pager) {
      seen.add(item);
    }

    assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(threePages.requests()).containsExactly(0, 1, 2);
  }

  @Test
  void streamYieldsEveryItemInOrderAcrossPages() {
    try (Stream<Integer> stream = AutoPager.of(threePages.firstPage()).stream()) {
      assertThat(stream.toList()).containsExactly(1, 2, 3, 4, 5, 6);
    }
    assertThat(threePages.requests()).containsExactly(0, 1, 2);
  }

  @Test
  void limitRequestsOnlyThePagesItConsumes() {
    try (Stream<Integer> stream = AutoPager.of(threePages.firstPage()).stream()) {
      assertThat(stream.limit(3).toList()).containsExactly(1, 2, 3);
    }
    assertThat(threePages.requests()).containsExactly(0, 1);
  }

  @Test
  void iteratorRequestsTheNextPageOnlyWhenTheCurrentOneIsUsedUp() {
    Iterator<Integer> iterator = AutoPager.of(threePages.firstPage()).iterator();

    assertThat(iterator.next()).isEqualTo(1);
    assertThat(iterator.next()).isEqualTo(2);
    assertThat(threePages.requests()).containsExactly(0);
    assertThat(iterator.hasNext()).isTrue();
    assertThat(threePages.requests()).containsExactly(0, 1);
  }

  @Test
  void parallelStreamDoesNotReadAhead() {
    try (Stream<Integer> stream = AutoPager.of(threePages.firstPage()).stream()) {
      assertThat(stream.parallel().limit(3).toList()).containsExactly(1, 2, 3);
    }
    assertThat(threePages.requests()).containsExactly(0, 1);
  }

  @Test
  void streamIsSequentialOrderedAndNonNull() {
    try (Stream<Integer> stream = AutoPager.of(threePages.firstPage()).stream()) {
      assertThat(stream.isParallel()).isFalse();
      Spliterator<Integer> spliterator = stream.spliterator();
      assertThat(spliterator.hasCharacteristics(Spliterator.ORDERED)).isTrue();
      assertThat(spliterator.hasCharacteristics(Spliterator.NONNULL)).isTrue();
      assertThat(spliterator.trySplit()).isNull();
    }
    assertThat(threePages.requests()).isEmpty();
  }

  @Test
  void closingTheStreamStopsFurtherRequests() {
    Iterator<Integer> iterator;
    try (Stream<Integer> stream = AutoPager.of(threePages.firstPage()).stream()) {
      iterator = stream.iterator();
      assertThat(iterator.next()).isEqualTo(1);
    }

    // Item 2 was already fetched, yet a closed traversal yields nothing more.
    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    assertThat(threePages.requests()).containsExactly(0);
  }

  @Test
  void closingTheStreamFromInsideATerminalOperationStopsIt() {
    Stream<Integer> stream = AutoPager.of(threePages.firstPage()).stream();
    List<Integer> seen = new ArrayList<>();

    stream.forEach(
        item -> {
          seen.add(item);
          if (item == 2) {
            stream.close();
          }
        });

    assertThat(seen).containsExactly(1, 2);
    assertThat(threePages.requests()).containsExactly(0);
  }

  @Test
  void skipsEmptyPagesThatAreNotTheLast() {
    FakeListing<Integer> listing =
        FakeListing.of(List.of(1), List.of(), List.of(), List.of(2), List.of());

    assertThat(AutoPager.of(listing.firstPage())).containsExactly(1, 2);
    assertThat(listing.requests()).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void handlesAListingWithOnlyAnEmptyPage() {
    FakeListing<Integer> listing = FakeListing.of(List.of());

    try (Stream<Integer> stream = AutoPager.of(listing.firstPage()).stream()) {
      assertThat(stream.toList()).isEmpty();
    }
    assertThat(listing.requests()).containsExactly(0);
  }

  @Test
  void propagatesTheSuppliersExceptionUnchanged() {
    IllegalStateException failure = new IllegalStateException("server down");
    threePages.failingAt(1, failure);

    try (Stream<Integer> stream = AutoPager.of(threePages.firstPage()).stream()) {
      assertThatThrownBy(stream::toList).isSameAs(failure);
    }
  }

  @Test
  void iteratorRetriesTheSamePageAfterAFailure() {
    IllegalStateException failure = new IllegalStateException("server down");
    threePages.failingAt(1, failure);
    Iterator<Integer> iterator = AutoPager.of(threePages.firstPage()).iterator();
    iterator.next();
    iterator.next();

    assertThatThrownBy(iterator::hasNext).isSameAs(failure);
    assertThatThrownBy(iterator::next).isSameAs(failure);
    assertThat(threePages.requests()).containsExactly(0, 1, 1);
  }

  @Test
  void propagatesAFailureOfTheFirstPage() {
    IllegalStateException failure = new IllegalStateException("unauthorised");
    threePages.failingAt(0, failure);

    assertThatThrownBy(() -> AutoPager.of(threePages.firstPage()).iterator().hasNext())
        .isSameAs(failure);
  }

  @Test
  void pagesAreRequestedOneAtATimeWhenNextIsCalled() {
    Iterator<Page<Integer>> pages = AutoPager.of(threePages.firstPage()).pages().iterator();

    assertThat(pages.hasNext()).isTrue();
    assertThat(threePages.requests()).isEmpty();
    assertThat(pages.next().items()).containsExactly(1, 2);
    assertThat(pages.hasNext()).isTrue();
    assertThat(threePages.requests()).containsExactly(0);
    assertThat(pages.next().items()).containsExactly(3, 4);
    assertThat(pages.next().items()).containsExactly(5, 6);
    assertThat(threePages.requests()).containsExactly(0, 1, 2);
    assertThat(pages.hasNext()).isFalse();
    assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void pagesIncludeEmptyPages() {
    FakeListing<Integer> listing = FakeListing.of(List.of(1), List.of(), List.of(2));
    List<List<Integer>> seen = new ArrayList<>();

    for (Page<Integer> page : AutoPager.of(listing.firstPage()).pages()) {
      seen.add(page.items());
    }

    assertThat(seen).containsExactly(List.of(1), List.of(), List.of(2));
  }

  @Test
  void everyTraversalStartsAgainFromTheFirstPage() {
    AutoPager<Integer> pager = AutoPager.of(threePages.firstPage());

    assertThat(pager).containsExactly(1, 2, 3, 4, 5, 6);
    try (Stream<Integer> stream = pager.stream()) {
      assertThat(stream.toList()).containsExactly(1, 2, 3, 4, 5, 6);
    }
    assertThat(threePages.requests()).containsExactly(0, 1, 2, 0, 1, 2);
  }

  @Test
  void iteratorDoesNotSupportRemove() {
    Iterator<Integer> iterator = AutoPager.of(threePages.firstPage()).iterator();
    iterator.next();

    assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nextPastTheEndThrows() {
    Iterator<Integer> iterator = AutoPager.of(FakeListing.of(List.of(1)).firstPage()).iterator();
    iterator.next();

    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void refusesNullSuppliersAndNullFirstPages() {
    assertThatThrownBy(() -> AutoPager.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("firstPage");
    AutoPager<Integer> pager = AutoPager.of(() -> null);
    assertThatThrownBy(() -> pager.iterator().hasNext())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("first-page supplier returned null");
  }
}
