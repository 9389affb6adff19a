package io.github.prestashop4j.core.paging;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far an incremental pull over a feed of timestamped records has got: a timestamp, and the ids
 * of the records already delivered at exactly that timestamp. Store its {@link #asString() string
 * form} after each run (or at each checkpoint of the pull) and start the next run from {@link
 * #parse(String)}. CloudSync's {@code IncrementalPull} is one such pull.
 *
 * <p><b>Contract.</b> Records are delivered in the order of their timestamp, then their id. A
 * record {@code (t, id)} is <i>covered</i> by the watermark {@code (T, ids)} when {@code t < T}, or
 * {@code t == T} and {@code id} is in {@code ids}. A pull asks the server for every record with a
 * timestamp at or after {@code T} (inclusive, so that a record written later with the same
 * timestamp is not skipped), delivers only those not covered, and advances the watermark after each
 * record's handler returned normally. Nothing is skipped across page boundaries or equal
 * timestamps, and nothing is delivered twice unless a handler failed (at-least-once: a record whose
 * handler threw is delivered again by the next run).
 *
 * <p>Any feed with a monotonic change timestamp and a unique id (CloudSync's {@code updatedAt}, the
 * Webservice's {@code date_upd} and {@code id}) can use it.
 *
 * <p>String form: the ISO-8601 instant, then, when ids are held, {@code |} and the ids
 * percent-encoded and comma-separated, for example {@code 2026-11-23T10:15:30Z|17,42}.
 *
 * <p>Immutable, thread-safe and {@link Serializable}.
 */
public final class Watermark implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Orders ids as numbers when both are whole numbers, otherwise as text: {@code 9} before {@code
   * 10}, {@code 10} before {@code a}.
   */
  public static final Comparator<String> ID_ORDER = new IdOrder();

  /** The timestamp. */
  private final Instant timestamp;

  /** The ids delivered at exactly {@link #timestamp}, sorted by {@link #ID_ORDER}. */
  private final TreeSet<String> ids;

  private Watermark(Instant timestamp, TreeSet<String> ids) {
    this.timestamp = timestamp;
    this.ids = ids;
  }

  /**
   * Returns the watermark that starts at an instant: every record with this timestamp or a later
   * one will be delivered.
   *
   * @param timestamp the inclusive start
   * @return the watermark, holding no ids
   */
  public static Watermark at(Instant timestamp) {
    return new Watermark(Objects.requireNonNull(timestamp, "timestamp"), new TreeSet<>(ID_ORDER));
  }

  /**
   * Returns the watermark at a timestamp holding the ids already delivered at exactly that
   * timestamp. A pull that delivers many records of one timestamp can track them itself and build
   * the watermark once, at a checkpoint, rather than {@link #advance advancing} (and copying the
   * ids) record by record.
   *
   * @param timestamp the timestamp
   * @param deliveredIds the ids delivered at exactly that timestamp; copied
   * @return the watermark
   * @throws NullPointerException if the timestamp, the collection or an id is null
   */
  public static Watermark of(Instant timestamp, Collection<String> deliveredIds) {
    Watermark watermark = at(timestamp);
    for (String id : Objects.requireNonNull(deliveredIds, "deliveredIds")) {
      watermark.ids.add(Objects.requireNonNull(id, "id"));
    }
    return watermark;
  }

  /**
   * Reads a watermark from its {@link #asString() string form}.
   *
   * @param text the string form
   * @return the watermark
   * @throws IllegalArgumentException if the text is not a watermark
   */
  public static Watermark parse(String text) {
    Objects.requireNonNull(text, "watermark");
    int bar = text.indexOf('|');
    String instant = bar < 0 ? text : text.substring(0, bar);
    Watermark watermark;
    try {
      watermark = at(Instant.parse(instant.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "watermark: must start with an ISO-8601 instant such as 2026-11-23T10:15:30Z", e);
    }
    if (bar >= 0) {
      for (String id : text.substring(bar + 1).split(",", -1)) {
        if (id.isEmpty()) {
          throw new IllegalArgumentException("watermark: holds an empty id");
        }
        watermark.ids.add(URLDecoder.decode(id, StandardCharsets.UTF_8));
      }
    }
    return watermark;
  }

  /**
   * Returns the timestamp.
   *
   * @return the instant
   */
  public Instant timestamp() {
    return timestamp;
  }

  /**
   * Returns the ids already delivered at exactly {@link #timestamp()}.
   *
   * @return an unmodifiable set, sorted by {@link #ID_ORDER}
   */
  public Set<String> deliveredIds() {
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Tells whether a record was already delivered: its timestamp is earlier, or equal and its id is
   * held.
   *
   * @param recordTimestamp the record's timestamp
   * @param id the record's id
   * @return {@code true} if the record must not be delivered again
   */
  public boolean covers(Instant recordTimestamp, String id) {
    int order = recordTimestamp.compareTo(timestamp);
    return order < 0 || (order == 0 && ids.contains(id));
  }

  /**
   * Returns the watermark after one more record was delivered.
   *
   * @param recordTimestamp the record's timestamp
   * @param id the record's id
   * @return a later watermark when the record's timestamp is later; this one plus the id when it is
   *     equal; this one unchanged when it is earlier (already covered)
   */
  public Watermark advance(Instant recordTimestamp, String id) {
    Objects.requireNonNull(recordTimestamp, "recordTimestamp");
    Objects.requireNonNull(id, "id");
    if (covers(recordTimestamp, id)) {
      return this;
    }
    TreeSet<String> next = new TreeSet<>(ID_ORDER);
    if (recordTimestamp.equals(timestamp)) {
      next.addAll(ids);
    }
    next.add(id);
    return new Watermark(recordTimestamp, next);
  }

  /**
   * Returns the compact string form, to store between runs.
   *
   * @return for example {@code 2026-11-23T10:15:30Z|17,42}
   */
  public String asString() {
    StringBuilder out = new StringBuilder(timestamp.toString());
    char separator = '|';
    for (String id : ids) {
      out.append(separator).append(URLEncoder.encode(id, StandardCharsets.UTF_8));
      separator = ',';
    }
    return out.toString();
  }

  // A class rather than a lambda: the comparator is serialised with the id set.
  private static final class IdOrder implements Comparator<String>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(String a, String b) {
      return compareIds(a, b);
    }

    private Object readResolve() {
      return ID_ORDER;
    }
  }

  private static int compareIds(String a, String b) {
    boolean aNumber = isWholeNumber(a);
    boolean bNumber = isWholeNumber(b);
    if (aNumber && bNumber) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    if (aNumber != bNumber) {
      return aNumber ? -1 : 1;
    }
    return a.compareTo(b);
  }

  // Digits without leading zeros compare as numbers by length, then text, at any size.
  private static boolean isWholeNumber(String s) {
    if (s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Watermark that
        && timestamp.equals(that.timestamp)
        && ids.equals(that.ids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timestamp, ids);
  }

  /** Returns the string form. */
  @Override
  public String toString() {
    return "Watermark[" + asString() + "]";
  }
}
