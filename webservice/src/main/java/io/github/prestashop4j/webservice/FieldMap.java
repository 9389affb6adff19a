package io.github.prestashop4j.webservice;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An insertion-ordered map of an entity's fields in two arrays, with a hash index once it holds
 * more than {@link #LINEAR_LIMIT} entries. Decoding a page of products fills thousands of these; a
 * {@code LinkedHashMap} would allocate a node per field and a new table at every doubling, which
 * was most of what the decoders allocated.
 *
 * <p>Mutable until {@link #freeze()}; the entity that receives it then shares it read-only.
 */
final class FieldMap<V> extends AbstractMap<String, V> {
  /** Up to this many entries, lookups scan the keys; beyond, the index is kept. */
  static final int LINEAR_LIMIT = 8;

  private String[] keys;
  private Object[] values;
  private int size;
  // Open addressing: a slot holds position + 1, 0 when empty; twice the arrays' capacity (a power
  // of two), so probing always ends at an empty slot.
  private int[] index;
  private boolean frozen;

  /** The most room a size hint reserves: a hint is a guess, never a reason to hold memory. */
  static final int MAX_HINTED_CAPACITY = 128;

  /**
   * Creates an empty map.
   *
   * @param expectedSize how many entries are likely (capped at {@link #MAX_HINTED_CAPACITY}); 0 or
   *     less for {@link #LINEAR_LIMIT}
   */
  FieldMap(int expectedSize) {
    int capacity = expectedSize > 0 ? Math.min(expectedSize, MAX_HINTED_CAPACITY) : LINEAR_LIMIT;
    keys = new String[capacity];
    values = new Object[capacity];
  }

  private FieldMap(FieldMap<V> other) {
    keys = Arrays.copyOf(other.keys, other.keys.length);
    values = Arrays.copyOf(other.values, other.values.length);
    size = other.size;
    index = other.index == null ? null : other.index.clone();
  }

  /** Returns a mutable copy. */
  FieldMap<V> copy() {
    return new FieldMap<>(this);
  }

  /** Makes this map read-only; returns it. */
  FieldMap<V> freeze() {
    frozen = true;
    return this;
  }

  private int find(Object key) {
    if (index == null) {
      for (int i = 0; i < size; i++) {
        // Decoded names are often the very strings the readers canonicalise: try identity first.
        if (keys[i] == key || keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
    int mask = index.length - 1;
    for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int entry = index[slot];
      if (entry == 0) {
        return -1;
      }
      String candidate = keys[entry - 1];
      if (candidate == key || candidate.equals(key)) {
        return entry - 1;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && find(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = key == null ? -1 : find(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  @SuppressWarnings("unchecked")
  public V put(String key, V value) {
    checkMutable();
    Objects.requireNonNull(key, "key");
    int i = find(key);
    if (i >= 0) {
      V old = (V) values[i];
      values[i] = value;
      return old;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
      if (index != null) {
        reindex();
      }
    }
    keys[size] = key;
    values[size] = value;
    size++;
    if (index != null) {
      insert(size - 1);
    } else if (size > LINEAR_LIMIT) {
      reindex();
    }
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V remove(Object key) {
    checkMutable();
    int i = key == null ? -1 : find(key);
    if (i < 0) {
      return null;
    }
    V old = (V) values[i];
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    keys[size] = null;
    values[size] = null;
    if (index != null) {
      reindex();
    }
    return old;
  }

  private void checkMutable() {
    if (frozen) {
      throw new UnsupportedOperationException("an entity's fields are read-only");
    }
  }

  private void reindex() {
    // The smallest power of two that is at least twice the capacity.
    index = new int[Integer.highestOneBit(keys.length * 2 - 1) << 1];
    for (int i = 0; i < size; i++) {
      insert(i);
    }
  }

  private void insert(int position) {
    int mask = index.length - 1;
    int slot = spread(keys[position].hashCode()) & mask;
    while (index[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    index[slot] = position + 1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Entry<String, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], (V) values[i]);
          }
        };
      }
    };
  }

  @Override
  public Set<String> keySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public boolean contains(Object key) {
        return containsKey(key);
      }

      @Override
      public Iterator<String> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public String next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            return keys[next++];
          }
        };
      }
    };
  }
}
