package io.github.prestashop4j.core.internal;

import io.github.prestashop4j.core.http.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
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
 * next chunk at most until the deadline, then cancels the exchange. One chunk is requested at a
 * time, so memory stays bounded by the server's chunk size whatever the body's length.
 */
public final class DeadlineBodySubscriber implements BodySubscriber<InputStream> {
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
      subscription.request(1);
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

    @Override
    public void close() {
      if (closed) {
        return;
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
      while (current == null || !current.hasRemaining()) {
        if (pending != null && pending.hasNext()) {
          current = pending.next();
          continue;
        }
        if (eof) {
          return false;
        }
        Object signal = nextSignal();
        if (signal == END) {
          eof = true;
        } else if (signal instanceof Throwable failure) {
          eof = true;
          throw failure instanceof IOException io
              ? io
              : new IOException("response body failed: " + failure, failure);
        } else {
          @SuppressWarnings("unchecked")
          List<ByteBuffer> buffers = (List<ByteBuffer>) signal;
          pending = buffers.iterator();
          // Ask for the next chunk now, so the network works while this one is consumed.
          subscription.request(1);
        }
      }
      return true;
    }

    private Object nextSignal() throws IOException {
      long nanos = deadline.remainingNanos();
      Object signal;
      try {
        signal = nanos == 0 ? signals.poll() : signals.poll(nanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new InterruptedIOException("interrupted while reading the response body");
      }
      if (signal == null) {
        close();
        throw new HttpTimeoutException(
            "call deadline of " + deadline.timeout() + " passed while reading the response body");
      }
      return signal;
    }
  }
}
