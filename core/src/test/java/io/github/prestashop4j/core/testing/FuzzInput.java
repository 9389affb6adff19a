package io.github.prestashop4j.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a fuzzer's bytes into typed values, the same way in corpus replay and in fuzzing: a string
 * is a length byte then that many bytes read as UTF-8 (malformed bytes become U+FFFD), a number is
 * read big-endian, and anything past the end reads as zero.
 */
public final class FuzzInput {
  private final byte[] data;
  private int position;

  public FuzzInput(byte[] data) {
    this.data = data;
  }

  private int next() {
    return position < data.length ? data[position++] & 0xff : 0;
  }

  public boolean bool() {
    return (next() & 1) == 1;
  }

  /** A value in [min, max]. */
  public int intIn(int min, int max) {
    long span = (long) max - min + 1;
    long raw = Integer.toUnsignedLong(anyInt());
    return (int) (min + raw % span);
  }

  public int anyInt() {
    return next() << 24 | next() << 16 | next() << 8 | next();
  }

  public long anyLong() {
    return (long) anyInt() << 32 | Integer.toUnsignedLong(anyInt());
  }

  /** A string of at most maxBytes UTF-8 bytes. */
  public String string(int maxBytes) {
    int length = Math.min(next(), maxBytes);
    int end = Math.min(position + length, data.length);
    String text = new String(data, position, end - position, StandardCharsets.UTF_8);
    position = end;
    return text;
  }

  /** The bytes not read yet. */
  public byte[] rest() {
    byte[] rest = Arrays.copyOfRange(data, Math.min(position, data.length), data.length);
    position = data.length;
    return rest;
  }
}
