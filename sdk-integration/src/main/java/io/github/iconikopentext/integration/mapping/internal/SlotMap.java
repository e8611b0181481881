package io.github.iconikopentext.integration.mapping.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map over a fixed, precomputed key set whose values sit in a slice of an array; a null slot is an
 * absent key. The mapper fills one array per call and lays these views over it, instead of building hash maps
 * entry by entry: two small objects per map rather than one node per entry. Equal to any map with the same
 * entries.
 *
 * @param <V> the value type
 */
final class SlotMap<V> extends AbstractMap<String, V> {

  /** The key set shared by every map of one shape: names in order and their positions. Immutable. */
  static final class Keys {
    private final String[] names;
    private final Map<String, Integer> positions;

    Keys(String[] names) {
      this.names = names.clone();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
      this.positions = Map.copyOf(index);
    }

    int size() {
      return names.length;
    }
  }

  private final Keys keys;
  private final Object[] slots;
  private final int offset;
  private final int size;

  /** The caller must not change {@code slots[offset … offset + keys.size())} afterwards. */
  SlotMap(Keys keys, Object[] slots, int offset) {
    this.keys = keys;
    this.slots = slots;
    this.offset = offset;
    int count = 0;
    for (int i = 0; i < keys.names.length; i++) {
      if (slots[offset + i] != null) {
        count++;
      }
    }
    this.size = count;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    Integer position = key == null ? null : keys.positions.get(key);
    return position == null ? null : (V) slots[offset + position];
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
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < keys.names.length && slots[offset + i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < keys.names.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Entry<String, V> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entry<String, V> entry = new SimpleImmutableEntry<>(keys.names[next], (V) slots[offset + next]);
            next = advance(next + 1);
            return entry;
          }
        };
      }
    };
  }
}
