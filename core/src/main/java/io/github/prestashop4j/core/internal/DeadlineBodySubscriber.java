package io.github.prestashop4j.core.internal;

import io.github.prestashop4j.core.http.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Exposes a response body as an {@link InputStream} whose reads stop at the call's deadline.
 *
 * <p>{@code BodyHandlers.ofInputStream()} blocks forever on a stalled body (its request timeout
 * ends with the headers, JDK-8208693), so the SDK receives the body itself: each read waits for the
 * next chunk at most until the deadline, then cancels the exchange. A few chunks are requested
 * ahead ({@link #CHUNKS_AHEAD}), so the network works while the caller decodes and the end of a
 * short body arrives without another round trip between threads; memory stays bounded by a few of
 * the JDK's buffers whatever the body's length.
 */
public final class DeadlineBodySubscriber implements BodySubscriber<InputStream> {
  /** The longest unread tail that closing the body reads so that the connection can be reused. */
  static final int MAX_DRAIN_BYTES = 64 * 1024;

  /** How long closing the body waits for the rest of a short tail. */
  static final Duration MAX_DRAIN_WAIT = Duration.ofMillis(100);

  /** How many chunks the JDK may deliver before the caller has taken the first one. */
  static final int CHUNKS_AHEAD = 4;

  private static final Object END = new Object();

  private final Deadline deadline;
  private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
  private final BodyStream stream = new BodyStream();
  private volatile Flow.Subscription subscription;
  private volatile boolean cancelled;

  /**
   * Creates a subscriber for one response.
   *
   * @param deadline when reading must be over
   */
  public DeadlineBodySubscriber(Deadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(stream);
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (cancelled) {
      subscription.cancel();
    } else {
      subscription.request(CHUNKS_AHEAD);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    signals.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    signals.add(throwable);
  }

  @Override
  public void onComplete() {
    signals.add(END);
  }

  private void cancel() {
    cancelled = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  private final class BodyStream extends InputStream {
    private ByteBuffer current;
    private Iterator<ByteBuffer> pending;
    private boolean eof;
    private boolean closed;
    // False once the exchange failed, timed out or was interrupted: nothing left worth draining.
    private boolean drainable = true;

    @Override
    public int read() throws IOException {
      if (!fill()) {
        return -1;
      }
      return current.get() & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int count = Math.min(length, current.remaining());
      current.get(buffer, offset, count);
      return count;
    }

    @Override
    public int available() {
      return current == null ? 0 : current.remaining();
    }

    /**
     * Reads a short unread tail first (at most {@link #MAX_DRAIN_BYTES}, for at most {@link
     * #MAX_DRAIN_WAIT}), so that the JDK can give the connection to the next request; a longer or
     * slower tail ends the exchange instead.
     */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      if (!eof && drainable) {
        drainShortTail();
      }
      closed = true;
      current = null;
      pending = null;
      if (!eof) {
        cancel();
      }
      signals.clear();
    }

    /** Makes {@code current} hold unread bytes; returns false at the end of the body. */
    private boolean fill() throws IOException {
      if (closed) {
        throw new IOException("response body is closed");
      }
      while (!hasUnread()) {
        if (eof) {
          return false;
        }
        Object signal;
        try {
          long nanos = deadline.remainingNanos();
          signal = nanos == 0 ? signals.poll() : signals.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          abandon();
          throw new InterruptedIOException("interrupted while reading the response body");
        }
        if (signal == null) {
          abandon();
          throw new HttpTimeoutException(deadline.passed("while reading the response body"));
        }
        Throwable failure = accept(signal);
        if (failure != null) {
          abandon();
          throw failure instanceof IOException io
              ? io
              : new IOException("response body failed: " + failure, failure);
        }
      }
      return true;
    }

    private void drainShortTail() {
      long waitEnd = System.nanoTime() + MAX_DRAIN_WAIT.toNanos();
      long drained = 0;
      try {
        while (true) {
          while (hasUnread()) {
            drained += current.remaining();
            current.position(current.limit());
          }
          if (eof || drained > MAX_DRAIN_BYTES) {
            return;
          }
          long wait = Math.min(deadline.remainingNanos(), waitEnd - System.nanoTime());
          Object signal = wait <= 0 ? null : signals.poll(wait, TimeUnit.NANOSECONDS);
          if (signal == null || accept(signal) != null) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Moves {@code current} to the next buffer with unread bytes; false if there is none yet. */
    private boolean hasUnread() {
      while (current == null || !current.hasRemaining()) {
        if (pending == null || !pending.hasNext()) {
          return false;
        }
        current = pending.next();
      }
      return true;
    }

    /** Takes in a signal from the JDK; returns the failure it reports, if any. */
    private Throwable accept(Object signal) {
      if (signal == END) {
        eof = true;
        return null;
      }
      if (signal instanceof Throwable failure) {
        eof = true;
        return failure;
      }
      @SuppressWarnings("unchecked")
      List<ByteBuffer> buffers = (List<ByteBuffer>) signal;
      pending = buffers.iterator();
      // Replace the chunk taken, so that CHUNKS_AHEAD stay requested.
      subscription.request(1);
      return null;
    }

    private void abandon() {
      drainable = false;
      close();
    }
  }
}
