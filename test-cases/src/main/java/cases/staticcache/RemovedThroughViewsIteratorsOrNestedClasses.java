package cases.staticcache;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.Map;
import java.util.Set;

/**
 * Silent: each map is added to and also shrunk somewhere in the class: through its key set, an
 * iterator over its values, a poll, a {@code computeIfPresent} that answers null, or a
 * {@code clear()} in a nested class.
 */
class RemovedThroughViewsIteratorsOrNestedClasses {
  private static final Map<String, Long> VIA_KEYS = new HashMap<>();
  private static final Map<String, Long> VIA_ITERATOR = new HashMap<>();
  private static final LinkedList<String> POLLED = new LinkedList<>();
  private static final Map<String, Long> PRESENT = new HashMap<>();
  private static final Set<String> CLEARED_BY_NESTED = new HashSet<>();

  static void add(String key, long value) {
    VIA_KEYS.put(key, value);
    VIA_ITERATOR.put(key, value);
    POLLED.add(key);
    PRESENT.put(key, value);
    CLEARED_BY_NESTED.add(key);
  }

  static void evict(long now) {
    VIA_KEYS.keySet().retainAll(Arrays.asList("a"));
    for (Iterator<Long> it = VIA_ITERATOR.values().iterator(); it.hasNext(); ) {
      if (it.next() < now) {
        it.remove();
      }
    }
    POLLED.pollFirst();
    PRESENT.computeIfPresent("a", (k, v) -> null);
  }

  static class Cleaner {
    void clean() {
      CLEARED_BY_NESTED.clear();
    }
  }
}
