package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.DecodeException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Input stream helpers for the decoders. */
public final class BoundedInput {
  private static final byte[] XML_DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROOT = "<prestashop".getBytes(StandardCharsets.US_ASCII);

  /** How far junk before {@code <?xml} is searched (PHP notices printed before the document). */
  static final int MAX_LEADING_JUNK = 64 * 1024;

  private BoundedInput() {}

  /**
   * Limits a stream to a number of bytes: reading past it fails with a {@link DecodeException},
   * which is never retried (an over-long answer would be as long the next time).
   *
   * @param in the stream
   * @param maxBytes the limit
   * @return the limited stream
   */
  public static InputStream limit(InputStream in, long maxBytes) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) {
        count += n;
        if (count > maxBytes) {
          throw new DecodeException("document is longer than " + maxBytes + " bytes", null);
        }
      }
    };
  }

  /**
   * Skips whatever precedes {@code <?xml} or {@code <prestashop}: PHP notices or module output that
   * a store printed before the document. When neither appears in the first {@link
   * #MAX_LEADING_JUNK} bytes, the stream is returned from its start, for the parser to report.
   *
   * @param in the stream
   * @return a stream positioned at the document
   * @throws IOException if reading fails
   */
  public static InputStream skipLeadingJunk(InputStream in) throws IOException {
    // Small: the parser reads in blocks larger than this, which skip the buffer once the mark is
    // dropped; only junk before the document makes it grow.
    BufferedInputStream buffered = new BufferedInputStream(in, 512);
    buffered.mark(MAX_LEADING_JUNK);
    int start = documentStart(buffered);
    buffered.reset();
    if (start > 0) {
      buffered.skipNBytes(start);
    }
    // Drop the mark: while it holds, every read past the buffer doubles it, up to 64 KB.
    buffered.mark(0);
    return buffered;
  }

  // Reads only as far as the first "<?xml" or "<prestashop" (usually 5 bytes), so the buffer
  // grows only over junk. Both patterns hold '<' only first, so a mismatch restarts
  // the match at the current byte or not at all, and the first to complete started first.
  private static int documentStart(InputStream in) throws IOException {
    int xml = 0;
    int root = 0;
    for (int position = 0; position < MAX_LEADING_JUNK; position++) {
      int b = in.read();
      if (b < 0) {
        return -1;
      }
      xml = advance(XML_DECLARATION, xml, b);
      if (xml == XML_DECLARATION.length) {
        return position + 1 - xml;
      }
      root = advance(ROOT, root, b);
      if (root == ROOT.length) {
        return position + 1 - root;
      }
    }
    return -1;
  }

  private static int advance(byte[] pattern, int matched, int b) {
    if (b == pattern[matched]) {
      return matched + 1;
    }
    return b == pattern[0] ? 1 : 0;
  }

  static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
