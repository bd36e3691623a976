package cases.staticcache;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Flagged, once for each adding call and each place it can stand: a constructor, a static
 * method, a lambda, a parenthesised field, a synchronized block (reading and iterating the list
 * bound nothing), an inner class, a private nested class's field reached by its qualified name,
 * and an anonymous class that the static initializer only creates (it runs later, on shutdown).
 */
class EveryAddingCallFromEveryPlace {
  private static final Map<String, String> MAP = new HashMap<>(); // expect: UnboundedStaticCache
  private static final List<Object> LIST = new ArrayList<>(); // expect: UnboundedStaticCache
  private static final Deque<Object> DEQUE = new ArrayDeque<>(); // expect: UnboundedStaticCache
  private static final Queue<Object> QUEUE = new LinkedBlockingQueue<>(); // expect: UnboundedStaticCache
  private static final ConcurrentMap<String, Integer> COUNTS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCache
  private static Set<String> seen = Collections.synchronizedSet(new HashSet<String>()); // expect: UnboundedStaticCache
  private static final List<String> LOCKED = new ArrayList<>(); // expect: UnboundedStaticCache
  private static final List<String> FROM_INNER = new ArrayList<>(); // expect: UnboundedStaticCache
  private static final Map<String, String> LATER = new TreeMap<>(); // expect: UnboundedStaticCache

  private static class Holder {
    static final Map<String, String> NAMES = new HashMap<>(); // expect: UnboundedStaticCache
  }

  static {
    Runtime.getRuntime().addShutdownHook(new Thread() {
      @Override
      public void run() {
        LATER.put(String.valueOf(System.nanoTime()), "stopped");
      }
    });
  }

  EveryAddingCallFromEveryPlace(String key) {
    MAP.put(key, key);
    LIST.add(this);
  }

  static int more(Object o, final String key) {
    DEQUE.push(o);
    QUEUE.offer(o);
    Runnable count = () -> COUNTS.merge(key, 1, Integer::sum);
    count.run();
    (seen).add(key);
    synchronized (LOCKED) {
      LOCKED.add(key);
    }
    int total = 0;
    for (String s : LOCKED) {
      total += s.length();
    }
    System.out.println(MAP.get(key) + LIST.size() + DEQUE.peek());
    return total + LOCKED.stream().mapToInt(String::length).sum();
  }

  class Inner {
    void add(String s) {
      FROM_INNER.add(s);
      Holder.NAMES.computeIfAbsent(s, k -> k.trim());
    }
  }
}
