package io.github.prestashop4j.account.internal;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Public keys by key id, fetched on first use, kept for a time to live, and fetched again when a
 * token names an unknown key id, at most once per interval. However many threads need the keys at
 * once, one fetch runs: before the first keys arrive the others wait for its result; once keys are
 * cached, the others go on with the cached (possibly expired) keys while it runs, so that a slow or
 * unreachable issuer does not stall every token check each time the keys expire.
 *
 * <p>A {@link ReentrantLock} rather than {@code synchronized}: the fetch blocks on I/O, and virtual
 * threads on Java 21 to 23 would pin their carrier inside {@code synchronized}.
 */
public final class KeyCache {
  private final Supplier<Map<String, RSAPublicKey>> fetcher;
  private final Clock clock;
  private final Duration ttl;
  private final Duration refetchInterval;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Snapshot current;
  private Instant lastUnknownKeyRefetch; // guarded by lock

  /**
   * Creates a cache.
   *
   * @param fetcher fetches the current keys; throws a PrestaShopException on failure
   * @param clock the clock for expiry and the refetch interval
   * @param ttl how long a fetched set of keys is used
   * @param refetchInterval the shortest time between two fetches caused by unknown key ids
   */
  public KeyCache(
      Supplier<Map<String, RSAPublicKey>> fetcher,
      Clock clock,
      Duration ttl,
      Duration refetchInterval) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.ttl = ttl;
    this.refetchInterval = refetchInterval;
  }

  /**
   * Finds the key with an id, fetching the keys when needed.
   *
   * @param kid the key id
   * @return the key, or {@code null} if the issuer does not publish it (even after a refetch)
   * @throws io.github.prestashop4j.core.PrestaShopException if the keys could not be fetched and
   *     none are cached
   */
  public RSAPublicKey find(String kid) {
    Snapshot seen = current;
    boolean justLoaded = false;
    if (seen == null) {
      seen = load(null);
      justLoaded = true;
    } else if (seen.expired(clock.instant(), ttl)) {
      Snapshot before = seen;
      seen = refresh(before);
      justLoaded = seen != before;
    }
    RSAPublicKey key = seen.keys.get(kid);
    if (key != null || justLoaded) {
      return key;
    }
    return refetchFor(kid, seen);
  }

  // No keys yet: every caller needs the first fetch, so all wait for it.
  private Snapshot load(Snapshot seen) {
    lock.lock();
    try {
      return loadLocked(seen);
    } finally {
      lock.unlock();
    }
  }

  // Expired keys: one caller fetches; the others go on with the stale keys rather than wait for a
  // fetch that may hang until its timeout while the issuer is down.
  private Snapshot refresh(Snapshot seen) {
    if (!lock.tryLock()) {
      return seen;
    }
    try {
      return loadLocked(seen);
    } finally {
      lock.unlock();
    }
  }

  private Snapshot loadLocked(Snapshot seen) {
    Snapshot now = current;
    if (now != null && now != seen && !now.expired(clock.instant(), ttl)) {
      return now; // another thread loaded while this one waited
    }
    try {
      Snapshot fresh = new Snapshot(Map.copyOf(fetcher.get()), clock.instant());
      current = fresh;
      return fresh;
    } catch (RuntimeException e) {
      if (now == null) {
        throw e;
      }
      // Keep the stale keys rather than fail every token while the issuer is unreachable, and
      // try again after the refetch interval instead of on every call.
      Snapshot stale = new Snapshot(now.keys, clock.instant().minus(ttl).plus(refetchInterval));
      current = stale;
      return stale;
    }
  }

  private RSAPublicKey refetchFor(String kid, Snapshot seen) {
    lock.lock();
    try {
      Snapshot now = current;
      if (now != seen) {
        // Another thread fetched since this one looked: its result is as fresh as a new fetch.
        return now.keys.get(kid);
      }
      Instant at = clock.instant();
      if (lastUnknownKeyRefetch != null
          && at.isBefore(lastUnknownKeyRefetch.plus(refetchInterval))) {
        return null;
      }
      // Counted before the fetch, so that a failing issuer is not asked again on every token.
      lastUnknownKeyRefetch = at;
      Snapshot fresh = new Snapshot(Map.copyOf(fetcher.get()), at);
      current = fresh;
      return fresh.keys.get(kid);
    } finally {
      lock.unlock();
    }
  }

  private static final class Snapshot {
    final Map<String, RSAPublicKey> keys;
    final Instant loadedAt;

    Snapshot(Map<String, RSAPublicKey> keys, Instant loadedAt) {
      this.keys = keys;
      this.loadedAt = loadedAt;
    }

    boolean expired(Instant now, Duration ttl) {
      return !now.isBefore(loadedAt.plus(ttl));
    }
  }
}
