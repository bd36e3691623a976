package samples.staticcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.*;
import java.util.concurrent.*;

/** Every add form, from methods, constructors, lambdas and nested classes. */
class Grows {
  private static final Map<String, String> MAP = new HashMap<>(); // flag
  private static final List<Object> LIST = new ArrayList<>(); // flag
  private static final Deque<Object> DEQUE = new ArrayDeque<>(); // flag
  private static final Queue<Object> QUEUE = new LinkedBlockingQueue<>(); // flag
  private static final ConcurrentMap<String, Integer> COUNTS = new ConcurrentHashMap<>(); // flag
  private static Set<String> seen = Collections.synchronizedSet(new HashSet<>()); // flag
  private static final Map<Long, Long> SQUARES = new HashMap<>(); // flag
  private static final List<String> FROM_INNER = new ArrayList<>(); // flag
  private static final List<String> LOCKED = new ArrayList<>(); // flag
  private static final Cache<String, String> UNBOUNDED = Caffeine.newBuilder().recordStats().build(); // flag

  Grows(String key) {
    MAP.put(key, key);
    LIST.add(this);
  }

  static void more(Object o, String key, long n) {
    DEQUE.push(o);
    QUEUE.offer(o);
    Runnable r = () -> COUNTS.merge(key, 1, Integer::sum);
    r.run();
    (seen).add(key);
    SQUARES.computeIfAbsent(n, k -> k * k);
    synchronized (LOCKED) {
      LOCKED.add(key);
    }
    UNBOUNDED.put(key, key);
    System.out.println(MAP.get(key) + LIST.size() + DEQUE.peek() + UNBOUNDED.getIfPresent(key));
    for (String s : LOCKED) {
      System.out.println(s);
    }
  }

  private static class Holder {
    static final Map<String, String> NAMES = new HashMap<>(); // flag
  }

  class Inner {
    void add(String s) {
      FROM_INNER.add(s);
      Holder.NAMES.put(s, s);
    }
  }
}

/** Removed, cleared or replaced somewhere (also from a nested class), so silent. */
class Shrinks {
  private static final Map<String, Long> VIA_VALUES = new HashMap<>();
  private static final Map<String, Long> VIA_KEYS = new HashMap<>();
  private static final Map<String, Long> VIA_ITERATOR = new HashMap<>();
  private static final LinkedList<String> POLLED = new LinkedList<>();
  private static final Set<String> CLEARED_BY_NESTED = new HashSet<>();
  private static Map<String, Long> replaced = new HashMap<>();
  private static final Map<String, Long> PRESENT = new HashMap<>();
  private static final Cache<String, String> INVALIDATED = Caffeine.newBuilder().build();

  static void add(String key, long value) {
    VIA_VALUES.put(key, value);
    VIA_KEYS.put(key, value);
    VIA_ITERATOR.put(key, value);
    POLLED.add(key);
    CLEARED_BY_NESTED.add(key);
    replaced.put(key, value);
    PRESENT.put(key, value);
    INVALIDATED.put(key, key);
  }

  static void evict(long now) {
    VIA_VALUES.values().removeIf(v -> v < now);
    VIA_KEYS.keySet().retainAll(Arrays.asList("a"));
    for (Iterator<Long> it = VIA_ITERATOR.values().iterator(); it.hasNext(); ) {
      if (it.next() < now) {
        it.remove();
      }
    }
    POLLED.pollFirst();
    replaced = new HashMap<>();
    PRESENT.computeIfPresent("a", (k, v) -> null);
    INVALIDATED.invalidateAll();
  }

  static class Cleaner {
    void clean() {
      CLEARED_BY_NESTED.clear();
    }
  }
}

/** Bounded, weak, unmodifiable or unknown collections, so silent. */
class Bounded {
  enum Color { RED, GREEN }

  private static final int MAX = 10;
  private static final Map<Color, String> ENUM = new EnumMap<>(Color.class);
  private static final Set<Color> ENUM_SET = EnumSet.noneOf(Color.class);
  private static final Map<Object, String> WEAK = new WeakHashMap<>();
  private static final BlockingQueue<String> CAPPED = new ArrayBlockingQueue<>(10);
  private static final BlockingQueue<String> CAPACITY = new LinkedBlockingQueue<>(MAX);
  private static final Map<String, String> LRU = new LinkedHashMap<String, String>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> e) {
      return size() > MAX;
    }
  };
  private static final Map<String, String> DOUBLE_BRACE = new HashMap<String, String>() {
    {
      put("a", "b");
    }
  };
  private static final Map<String, String> MADE = make();
  private static final Map<String, String> EITHER = Boolean.getBoolean("tree") ? new TreeMap<>() : new HashMap<>();
  private static final Cache<String, String> BOUNDED = Caffeine.newBuilder().maximumSize(10).build();
  private static final Map<String, Integer> GUARDED = new HashMap<>();

  private static Map<String, String> make() {
    return new HashMap<>();
  }

  static void add(Color c, Object o, String s) {
    ENUM.put(c, s);
    ENUM_SET.add(c);
    WEAK.put(o, s);
    CAPPED.offer(s);
    CAPACITY.offer(s);
    LRU.put(s, s);
    DOUBLE_BRACE.put(s, s);
    MADE.put(s, s);
    EITHER.put(s, s);
    BOUNDED.put(s, s);
    if (GUARDED.size() < MAX) {
      GUARDED.put(s, s.length());
    }
  }
}

/** Filled during static initialisation only (lambdas there included), reachable from outside, or escaping: silent; an anonymous class there runs later. */
class NotOurs {
  private static final Map<String, Integer> PORTS = new HashMap<>();
  private static final List<String> NAMES = new ArrayList<>();
  static final Map<String, String> PACKAGE = new HashMap<>();
  public static final Map<String, String> PUBLIC = new HashMap<>();
  private static final Map<String, String> RETURNED = new HashMap<>();
  private static final Map<String, String> PASSED = new HashMap<>();
  private static final Map<String, String> ALIASED = new HashMap<>();
  private final Map<String, String> instance = new HashMap<>();

  static {
    PORTS.put("http", 80);
    addName("a");
  }

  private static void addName(String name) {
    NAMES.add(name);
  }

  private static final Map<String, String> BY_FOR_EACH = new HashMap<>();
  private static final Map<String, String> BY_HELPER_LAMBDA = new HashMap<>();
  private static final Set<String> BY_METHOD_REFERENCE = new HashSet<>();
  private static final Map<String, String> LATER = new TreeMap<>(); // flag

  static {
    Arrays.asList("a").forEach(s -> BY_FOR_EACH.put(s, s));
    addAll("x", "y");
    Runtime.getRuntime().addShutdownHook(new Thread() {
      @Override
      public void run() {
        LATER.put("a", "b");
      }
    });
  }

  private static void addAll(String... keys) {
    Arrays.stream(keys).forEach(k -> addOne(k));
    Arrays.stream(keys).forEach(NotOurs::addRef);
  }

  private static void addOne(String k) {
    BY_HELPER_LAMBDA.put(k, k);
  }

  private static void addRef(String k) {
    BY_METHOD_REFERENCE.add(k);
  }

  static Map<String, String> add(String s) {
    PACKAGE.put(s, s);
    PUBLIC.put(s, s);
    RETURNED.put(s, s);
    PASSED.put(s, s);
    ALIASED.put(s, s);
    Map<String, String> alias = ALIASED;
    System.out.println(alias + "" + PORTS.get(s) + NAMES.size());
    cleanUp(PASSED);
    return RETURNED;
  }

  void put(String s) {
    instance.put(s, s);
  }

  static void cleanUp(Map<String, String> map) {
    map.clear();
  }
}
