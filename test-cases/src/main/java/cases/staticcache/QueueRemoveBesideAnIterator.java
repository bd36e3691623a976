package cases.staticcache;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Flagged: the methods that walk a map with an iterator call {@code remove()} only on a queue,
 * whose {@code remove()} returns the head it takes from the queue: an iterator's returns nothing,
 * so nothing removes from the map. Silent: the same walk calling the iterator's own
 * {@code remove()}, and the queue, which it shrinks.
 */
class QueueRemoveBesideAnIterator {
  private static final Map<String, Long> SEEN = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<String, Long> TOUCHED = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<String, Long> PRUNED = new HashMap<>();
  private static final Deque<String> PENDING = new ArrayDeque<>();

  static void see(String name) {
    SEEN.put(name, System.nanoTime());
    TOUCHED.put(name, System.nanoTime());
    PRUNED.put(name, System.nanoTime());
    PENDING.add(name);
  }

  static String next(long since) {
    int recent = 0;
    for (Iterator<Long> it = SEEN.values().iterator(); it.hasNext(); ) {
      if (it.next() > since) {
        recent++;
      }
    }
    return recent > 0 ? PENDING.remove() : null;
  }

  static void skipEmpty() {
    Iterator<String> names = TOUCHED.keySet().iterator();
    while (names.hasNext()) {
      if (names.next().isEmpty()) {
        PENDING.remove();
      }
    }
  }

  static void prune(long before) {
    for (Iterator<Long> it = PRUNED.values().iterator(); it.hasNext(); ) {
      if (it.next() < before) {
        it.remove();
      }
    }
  }
}
