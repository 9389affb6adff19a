package io.github.prestashop4j.webservice;

/**
 * The {@code limit} of a list query: skip {@code offset} entries (0-based), return at most {@code
 * count}.
 *
 * <p>Emitted as {@code limit=count} when the offset is 0 and {@code limit=offset,count} otherwise
 * (the server passes both to SQL {@code LIMIT}).
 *
 * @param offset how many entries to skip; 0 or more
 * @param count how many entries to return at most; 1 or more
 */
public record Limit(long offset, int count) {

  /**
   * Creates a limit.
   *
   * @param offset how many entries to skip; 0 or more
   * @param count how many entries to return at most; 1 or more
   * @throws IllegalArgumentException if the offset is negative or the count is less than 1
   */
  public Limit {
    if (offset < 0) {
      throw new IllegalArgumentException("limit offset: must not be negative (got " + offset + ")");
    }
    if (count < 1) {
      throw new IllegalArgumentException("limit count: must be at least 1 (got " + count + ")");
    }
  }

  /**
   * The value of the {@code limit} parameter.
   *
   * @return {@code count} or {@code offset,count}
   */
  public String expression() {
    return offset == 0 ? Integer.toString(count) : offset + "," + count;
  }
}
