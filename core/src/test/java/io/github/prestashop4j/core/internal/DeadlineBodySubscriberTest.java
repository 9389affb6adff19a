package io.github.prestashop4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.http.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class DeadlineBodySubscriberTest {
  private final FakeSubscription subscription = new FakeSubscription();
  private final DeadlineBodySubscriber subscriber =
      new DeadlineBodySubscriber(Deadline.after(Duration.ofSeconds(5)));

  private InputStream subscribe(DeadlineBodySubscriber subscriber) {
    subscriber.onSubscribe(subscription);
    return subscriber.getBody().toCompletableFuture().join();
  }

  private static List<ByteBuffer> chunk(String... parts) {
    return java.util.Arrays.stream(parts)
        .map(part -> ByteBuffer.wrap(part.getBytes(StandardCharsets.UTF_8)))
        .toList();
  }

  @Test
  void readsChunksInOrderAndKeepsAFixedNumberOfChunksRequested() throws IOException {
    InputStream body = subscribe(subscriber);
    assertThat(subscription.requested).isEqualTo(DeadlineBodySubscriber.CHUNKS_AHEAD);

    subscriber.onNext(chunk("<pre", "sta"));
    subscriber.onNext(chunk("shop/>"));
    subscriber.onComplete();

    assertThat(body.read()).isEqualTo('<');
    assertThat(body.available()).isEqualTo(3);
    byte[] rest = body.readAllBytes();
    assertThat(new String(rest, StandardCharsets.UTF_8)).isEqualTo("prestashop/>");
    assertThat(body.read()).isEqualTo(-1);
    // One more for each chunk taken: never more than CHUNKS_AHEAD unread.
    assertThat(subscription.requested).isEqualTo(DeadlineBodySubscriber.CHUNKS_AHEAD + 2);
    assertThat(subscription.cancelled).isFalse();
  }

  @Test
  void closingBeforeTheEndCancelsTheExchange() throws IOException {
    InputStream body = subscribe(subscriber);
    subscriber.onNext(chunk("abc"));

    assertThat(body.read()).isEqualTo('a');
    body.close();

    assertThat(subscription.cancelled).isTrue();
    assertThatThrownBy(body::read)
        .isInstanceOf(IOException.class)
        .hasMessage("response body is closed");
  }

  @Test
  void closingReadsAShortTailThatHasArrivedSoTheConnectionCanBeReused() throws IOException {
    InputStream body = subscribe(subscriber);
    subscriber.onNext(chunk("{\"id\":1}", "\n"));
    subscriber.onNext(chunk("\n\n"));
    subscriber.onComplete();

    assertThat(body.read()).isEqualTo('{');
    body.close();

    assertThat(subscription.cancelled).isFalse();
    assertThat(subscription.requested).isEqualTo(DeadlineBodySubscriber.CHUNKS_AHEAD + 2);
  }

  @Test
  void closingCutsATailLongerThanTheDrainLimit() throws IOException {
    InputStream body = subscribe(subscriber);
    subscriber.onNext(List.of(ByteBuffer.allocate(DeadlineBodySubscriber.MAX_DRAIN_BYTES + 2)));
    subscriber.onComplete();

    assertThat(body.read()).isZero();
    body.close();

    assertThat(subscription.cancelled).isTrue();
  }

  @Test
  void closingWaitsOnlyBrieflyForATailThatDoesNotCome() throws IOException {
    DeadlineBodySubscriber subscriber =
        new DeadlineBodySubscriber(Deadline.after(Duration.ofSeconds(30)));
    InputStream body = subscribe(subscriber);
    subscriber.onNext(chunk("ab"));

    assertThat(body.read()).isEqualTo('a');
    long started = System.nanoTime();
    body.close();

    assertThat(subscription.cancelled).isTrue();
    // Bounded by the drain wait, not by the 30 s deadline.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void closingAfterTheEndLeavesTheConnectionAlone() throws IOException {
    InputStream body = subscribe(subscriber);
    subscriber.onComplete();

    assertThat(body.read()).isEqualTo(-1);
    body.close();
    body.close();

    assertThat(subscription.cancelled).isFalse();
  }

  @Test
  void aReadThatWouldPassTheDeadlineFailsAndCancels() {
    DeadlineBodySubscriber subscriber =
        new DeadlineBodySubscriber(Deadline.after(Duration.ofMillis(50)));
    InputStream body = subscribe(subscriber);

    assertThatThrownBy(body::read)
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessage("call deadline of PT0.05S passed while reading the response body");
    assertThat(subscription.cancelled).isTrue();
  }

  @Test
  void aFailureOfTheExchangeIsThrownToTheReader() {
    InputStream body = subscribe(subscriber);
    IOException reset = new IOException("connection reset");

    subscriber.onError(reset);

    assertThatThrownBy(body::read).isSameAs(reset);
  }

  @Test
  void aNonIoFailureIsWrappedInAnIoException() {
    InputStream body = subscribe(subscriber);

    subscriber.onError(new IllegalStateException("boom"));

    assertThatThrownBy(() -> body.read(new byte[4], 0, 4))
        .isInstanceOf(IOException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void anInterruptedReaderStopsAndKeepsItsInterruptFlag() {
    InputStream body = subscribe(subscriber);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(body::read).isInstanceOf(InterruptedIOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(subscription.cancelled).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aCancellationBeforeTheSubscriptionArrivesIsPassedOn() throws IOException {
    InputStream body = subscriber.getBody().toCompletableFuture().join();

    body.close();
    subscriber.onSubscribe(subscription);

    assertThat(subscription.cancelled).isTrue();
    assertThat(subscription.requested).isZero();
  }

  @Test
  void zeroLengthReadsReturnAtOnce() throws IOException {
    InputStream body = subscribe(subscriber);

    assertThat(body.read(new byte[1], 0, 0)).isZero();
    assertThat(subscription.requested).isEqualTo(DeadlineBodySubscriber.CHUNKS_AHEAD);
  }

  private static final class FakeSubscription implements Flow.Subscription {
    private volatile long requested;
    private volatile boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
