package io.github.prestashop4j.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void lastPageHasNoNextPage() {
    Page<String> page = Page.last(List.of("a", "b"));

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.hasNextPage()).isFalse();
    assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void nextPageIsFetchedOnlyWhenAskedForAndAgainOnEveryCall() {
    AtomicInteger calls = new AtomicInteger();
    Supplier<Page<String>> next = () -> Page.last(List.of("fetch-" + calls.incrementAndGet()));

    Page<String> page = Page.of(List.of("a"), next);

    assertThat(page.hasNextPage()).isTrue();
    assertThat(calls).hasValue(0);
    assertThat(page.nextPage().items()).containsExactly("fetch-1");
    assertThat(page.nextPage().items()).containsExactly("fetch-2");
    assertThat(calls).hasValue(2);
  }

  @Test
  void itemsAreAnImmutableCopy() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    Page<String> page = Page.last(source);

    source.add("c");

    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> Page.last(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("items");
    assertThatThrownBy(() -> Page.last(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Page.of(List.of("a"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("next");
  }

  @Test
  void nextPageRefusesANullFromTheSupplier() {
    Page<String> page = Page.of(List.of("a"), () -> null);

    assertThatThrownBy(page::nextPage)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("supplier returned null");
  }

  @Test
  void nextPagePropagatesTheSuppliersExceptionUnchanged() {
    IllegalStateException failure = new IllegalStateException("server down");
    Page<String> page =
        Page.of(
            List.of("a"),
            () -> {
              throw failure;
            });

    assertThatThrownBy(page::nextPage).isSameAs(failure);
  }

  @Test
  void toStringGivesTheCountNotTheItems() {
    Page<String> page = Page.of(List.of("alice@example.com", "bob@example.com"), () -> null);

    assertThat(page).hasToString("Page[items=2, hasNextPage=true]");
  }

  @Test
  void mapConvertsThisPageNowAndTheNextOnesWhenFetched() {
    AtomicInteger calls = new AtomicInteger();
    Page<String> first =
        Page.of(
            List.of("a", "bb"),
            () -> {
              calls.incrementAndGet();
              return Page.last(List.of("ccc"));
            });

    Page<Integer> mapped = first.map(String::length);

    assertThat(mapped.items()).containsExactly(1, 2);
    assertThat(calls).hasValue(0);
    assertThat(mapped.hasNextPage()).isTrue();
    Page<Integer> second = mapped.nextPage();
    assertThat(second.items()).containsExactly(3);
    assertThat(second.hasNextPage()).isFalse();
    assertThat(calls).hasValue(1);
    assertThatThrownBy(() -> first.map(null)).isInstanceOf(NullPointerException.class);
  }
}
