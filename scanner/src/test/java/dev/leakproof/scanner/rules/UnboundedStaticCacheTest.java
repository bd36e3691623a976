package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test writes a class whose lines that must be flagged end in {@code // flag}; every other
 * line must stay silent.
 */
class UnboundedStaticCacheTest {
  private static final List<SourceRule> RULE = List.of(new UnboundedStaticCache());

  @TempDir Path dir;

  private List<Finding> scan(String source) {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    return result.findings();
  }

  private void assertFlags(String source) {
    List<Integer> expected = SourceTree.markedLines(source);
    assertEquals(expected, scan(source).stream().map(f -> f.region().startLine()).toList(),
        source);
  }

  @Test
  void flagsEveryAddingCallFromMethodsConstructorsAndLambdas() {
    assertFlags("""
        package p;
        import java.util.*;
        import java.util.concurrent.*;
        class T {
          private static final Map<String, String> MAP = new HashMap<>(); // flag
          private static final List<Object> LIST = new ArrayList<>(); // flag
          private static final Deque<Object> DEQUE = new ArrayDeque<>(); // flag
          private static final Queue<Object> QUEUE = new LinkedBlockingQueue<>(); // flag
          private static final ConcurrentMap<String, Integer> COUNTS = new ConcurrentHashMap<>(); // flag
          private static Set<String> seen = Collections.synchronizedSet(new HashSet<>()); // flag
          private static final Map<String, String> LATER; // flag
          static {
            LATER = new TreeMap<>();
            Runtime.getRuntime().addShutdownHook(new Thread() { public void run() { LATER.put("a", "b"); } });
          }
          T(String key) {
            MAP.put(key, key);
            LIST.add(this);
          }
          static void more(Object o, String key) {
            DEQUE.push(o);
            QUEUE.offer(o);
            Runnable r = () -> COUNTS.merge(key, 1, Integer::sum);
            (seen).add(key);
            System.out.println(MAP.get(key) + LIST.size() + DEQUE.peek());
          }
        }
        """);
  }

  @Test
  void pointsAtTheFieldNameWithAMessageNamingTheAdd() {
    List<Finding> findings = scan("""
        package p;
        import java.util.HashMap;
        import java.util.Map;
        class T {
          private static final Map<String, String> NAMES =
              new HashMap<>();
          static void name(String key) {
            NAMES.computeIfAbsent(key, k -> k.trim());
          }
        }
        """);
    assertEquals(1, findings.size());
    assertEquals(5, findings.get(0).region().startLine());
    assertEquals(44, findings.get(0).region().startColumn());
    assertTrue(findings.get(0).message().contains("computeIfAbsent on line 8"),
        findings.get(0).message());
  }

  @Test
  void flagsFieldsOfPrivateNestedClassesAndQualifiedAccess() {
    assertFlags("""
        package p;
        import java.util.HashMap;
        import java.util.Map;
        class T {
          private static class Holder {
            static final Map<String, String> NAMES = new HashMap<>(); // flag
          }
          void name(String key) {
            T.Holder.NAMES.computeIfAbsent(key, k -> k.trim());
          }
        }
        """);
  }

  @Test
  void flagsUnboundedCachesButNotBoundedOnes() {
    assertFlags("""
        package p;
        import com.github.benmanes.caffeine.cache.Cache;
        import com.github.benmanes.caffeine.cache.Caffeine;
        class T {
          private static final Cache<String, String> UNBOUNDED = Caffeine.newBuilder().recordStats().build(); // flag
          private static final Cache<String, String> BOUNDED = Caffeine.newBuilder().maximumSize(10).build();
          private static final Cache<String, String> INVALIDATED = Caffeine.newBuilder().build();
          static void put(String key) {
            UNBOUNDED.put(key, key);
            BOUNDED.put(key, key);
            INVALIDATED.put(key, key);
          }
          static void reset() {
            INVALIDATED.invalidateAll();
          }
        }
        """);
  }

  @Test
  void silentWhenRemovedClearedOrReplacedAnywhere() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          private static final Map<String, Long> VIA_VALUES = new HashMap<>();
          private static final Map<String, Long> VIA_KEYS = new HashMap<>();
          private static final Map<String, Long> VIA_ITERATOR = new HashMap<>();
          private static final LinkedList<String> POLLED = new LinkedList<>();
          private static final Set<String> CLEARED = new HashSet<>();
          private static Map<String, Long> replaced = new HashMap<>();
          private static final Map<String, Long> PRESENT = new HashMap<>();
          static void add(String key, long value) {
            VIA_VALUES.put(key, value);
            VIA_KEYS.put(key, value);
            VIA_ITERATOR.put(key, value);
            POLLED.add(key);
            CLEARED.add(key);
            replaced.put(key, value);
            PRESENT.put(key, value);
          }
          static void evict(long now) {
            VIA_VALUES.values().removeIf(v -> v < now);
            VIA_KEYS.keySet().retainAll(List.of("a"));
            for (Iterator<Long> it = VIA_ITERATOR.values().iterator(); it.hasNext(); ) {
              if (it.next() < now) it.remove();
            }
            POLLED.pollFirst();
            T.CLEARED.clear();
            replaced = new HashMap<>();
            PRESENT.computeIfPresent("a", (k, v) -> null);
          }
        }
        """);
  }

  @Test
  void silentForBoundedWeakUnmodifiableAndUnknownCollections() {
    assertFlags("""
        package p;
        import java.util.*;
        import java.util.concurrent.*;
        class T {
          enum Color { RED, GREEN }
          private static final Map<Color, String> ENUM = new EnumMap<>(Color.class);
          private static final Set<Color> ENUM_SET = EnumSet.noneOf(Color.class);
          private static final Map<Object, String> WEAK = new WeakHashMap<>();
          private static final BlockingQueue<String> CAPPED = new ArrayBlockingQueue<>(10);
          private static final BlockingQueue<String> CAPACITY = new LinkedBlockingQueue<>(10);
          private static final BlockingQueue<String> UNKNOWN_CAPACITY = new LinkedBlockingQueue<>(T.MAX);
          private static final int MAX = 10;
          private static final Map<String, String> LRU = new LinkedHashMap<String, String>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, String> e) { return size() > 10; }
          };
          private static final Map<String, String> DOUBLE_BRACE = new HashMap<String, String>() {{ put("a", "b"); }};
          private static final List<String> FIXED = Arrays.asList("a", "b");
          private static final Map<String, String> MADE = make();
          private static Map<String, String> make() { return new HashMap<>(); }
          static void add(Color c, Object o, String s) {
            ENUM.put(c, s);
            ENUM_SET.add(c);
            WEAK.put(o, s);
            CAPPED.offer(s);
            CAPACITY.offer(s);
            UNKNOWN_CAPACITY.offer(s);
            LRU.put(s, s);
            DOUBLE_BRACE.put(s, s);
            MADE.put(s, s);
          }
        }
        """);
  }

  @Test
  void silentWhenTheNameMeansSomethingElse() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          static class HashMap<K, V> extends java.util.HashMap<K, V> {}
          private static final Map<String, String> OWN_TYPE = new HashMap<>();
          private static final Map<String, String> SHADOWED = new java.util.HashMap<>();
          static void add(String s) {
            OWN_TYPE.put(s, s);
            Map<String, String> SHADOWED = new java.util.HashMap<>();
            SHADOWED.put(s, s);
          }
        }
        """);
  }

  @Test
  void silentWhenFilledOnlyDuringStaticInitialisation() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          private static final Map<String, Integer> PORTS = new HashMap<>();
          private static final List<String> NAMES = new ArrayList<>();
          static {
            PORTS.put("http", 80);
            addName("a");
          }
          private static void addName(String name) { NAMES.add(name); }
          private static final Map<String, String> BY_FOR_EACH = new HashMap<>();
          private static final Map<String, String> BY_HELPER_LAMBDA = new HashMap<>();
          private static final Set<String> BY_METHOD_REFERENCE = new HashSet<>();
          static {
            List.of("a").forEach(s -> BY_FOR_EACH.put(s, s));
            addAll("x", "y");
          }
          private static void addAll(String... keys) {
            Arrays.stream(keys).forEach(k -> addOne(k));
            Arrays.stream(keys).forEach(T::addRef);
          }
          private static void addOne(String k) { BY_HELPER_LAMBDA.put(k, k); }
          private static void addRef(String k) { BY_METHOD_REFERENCE.add(k); }
          static Integer port(String s) { return PORTS.get(s) + NAMES.size(); }
        }
        """);
  }

  @Test
  void silentWhenSizeGuardsTheAdd() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          private static final Map<String, Integer> LENGTHS = new HashMap<>();
          static int length(String text) {
            if (LENGTHS.size() < 100) {
              LENGTHS.put(text, text.length());
            }
            return text.length();
          }
        }
        """);
  }

  @Test
  void silentWhenOthersCouldReachOrRemove() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          static final Map<String, String> PACKAGE = new HashMap<>();
          public static final Map<String, String> PUBLIC = new HashMap<>();
          private static final Map<String, String> RETURNED = new HashMap<>();
          private static final Map<String, String> PASSED = new HashMap<>();
          private static final Map<String, String> ALIASED = new HashMap<>();
          private final Map<String, String> instance = new HashMap<>();
          static Map<String, String> add(String s) {
            PACKAGE.put(s, s);
            PUBLIC.put(s, s);
            RETURNED.put(s, s);
            PASSED.put(s, s);
            ALIASED.put(s, s);
            Map<String, String> alias = ALIASED;
            cleanUp(PASSED);
            return RETURNED;
          }
          void put(String s) { instance.put(s, s); }
          static void cleanUp(Map<String, String> map) { map.clear(); }
        }
        """);
  }

  @Test
  void flagsGrowingInstanceFieldsOfAnEnumSingleton() {
    assertFlags("""
        package p;
        import java.util.*;
        enum T {
          INSTANCE;
          private final Map<String, String> entries = new HashMap<>(); // flag
          private final List<String> log; // flag
          private final List<String> filledOnce = new ArrayList<>();
          private final Map<String, String> removed = new HashMap<>();
          private final Map<String, String> guarded = new HashMap<>();
          public final List<String> visible = new ArrayList<>();
          T() { log = new ArrayList<>(); filledOnce.add("a"); init(); }
          private void init() { filledOnce.add("b"); }
          void put(String k) { this.entries.put(k, k); removed.put(k, k); visible.add(k); }
          static void log(String s) { INSTANCE.log.add(s); }
          void drop(String k) { removed.remove(k); }
          void guard(String k) { if (guarded.size() < 10) { guarded.put(k, k); } }
          boolean has(String k) { return filledOnce.contains(k) || entries.containsKey(k); }
        }
        """);
  }

  @Test
  void namesTheSingletonAndItsHolder() {
    List<Finding> findings = scan("""
        package p;
        import java.util.*;
        final class T {
          private static final T shared;
          static { shared = new T(); }
          private final Set<String> seen = new HashSet<>();
          private T() {}
          static void see(String s) { shared.seen.add(s); }
        }
        """);
    assertEquals(1, findings.size());
    assertEquals(6, findings.get(0).region().startLine());
    assertTrue(findings.get(0).message().startsWith("'seen' of the only T instance (held in"
        + " static shared) only grows: add on line 8"), findings.get(0).message());
  }

  @Test
  void flagsAClassInstantiatedOnceIntoItsOwnStaticField() {
    assertFlags("""
        package p;
        import java.util.*;
        final class T implements Runnable {
          private static final T INSTANCE = new T();
          private final List<Runnable> handlers = new ArrayList<>(); // flag
          private T() {}
          static T instance() { return INSTANCE; }
          void register(Runnable r) { handlers.add(r); }
          public void run() { for (Runnable r : handlers) { r.run(); } }
        }
        """);
  }

  @Test
  void silentForInstanceFieldsOfClassesThatMayHaveMoreThanOneInstance() {
    assertFlags("""
        package p;
        import java.io.Serializable;
        import java.util.*;
        class T {
          enum Two {
            A, B;
            private final Map<String, String> m = new HashMap<>();
            void put(String k) { m.put(k, k); }
          }
          enum WithBody {
            ONLY { @Override void put(String k) { super.put(k); } };
            private final Map<String, String> m = new HashMap<>();
            void put(String k) { m.put(k, k); }
          }
          static final class PublicConstructor {
            static final PublicConstructor INSTANCE = new PublicConstructor();
            private final Map<String, String> m = new HashMap<>();
            public PublicConstructor() {}
            void put(String k) { m.put(k, k); }
          }
          static final class DefaultConstructor {
            static final DefaultConstructor INSTANCE = new DefaultConstructor();
            private final Map<String, String> m = new HashMap<>();
            void put(String k) { m.put(k, k); }
          }
          static final class MadeTwice {
            static final MadeTwice INSTANCE = new MadeTwice();
            private final Map<String, String> m = new HashMap<>();
            private MadeTwice() {}
            static MadeTwice fresh() { return new MadeTwice(); }
            void put(String k) { m.put(k, k); }
          }
          static final class MadeInAMethod {
            private static MadeInAMethod instance;
            private final Map<String, String> m = new HashMap<>();
            private MadeInAMethod() {}
            static MadeInAMethod get() { if (instance == null) { instance = new MadeInAMethod(); } return instance; }
            void put(String k) { m.put(k, k); }
          }
          static final class MadeInALoop {
            private static MadeInALoop last;
            static { for (int i = 0; i < 3; i++) { last = new MadeInALoop(); } }
            private final Map<String, String> m = new HashMap<>();
            private MadeInALoop() {}
            void put(String k) { m.put(k, k); }
          }
          static final class Copyable implements Serializable {
            static final Copyable INSTANCE = new Copyable();
            private final Map<String, String> m = new HashMap<>();
            private Copyable() {}
            void put(String k) { m.put(k, k); }
          }
          static final class Cloned implements Cloneable {
            static final Cloned INSTANCE = new Cloned();
            private final Map<String, String> m = new HashMap<>();
            private Cloned() {}
            void put(String k) { m.put(k, k); }
          }
          static final class UnknownSupertype extends some.where.Unknown {
            static final UnknownSupertype INSTANCE = new UnknownSupertype();
            private final Map<String, String> m = new HashMap<>();
            private UnknownSupertype() {}
            void put(String k) { m.put(k, k); }
          }
          static class Subclassed {
            static final Subclassed INSTANCE = new Subclassed();
            private final Map<String, String> m = new HashMap<>();
            private Subclassed() {}
            void put(String k) { m.put(k, k); }
            static final class Sub extends Subclassed {}
          }
          static final class HeldElsewhere {
            private final Map<String, String> m = new HashMap<>();
            private HeldElsewhere() {}
            void put(String k) { m.put(k, k); }
          }
          static final HeldElsewhere OTHER = new HeldElsewhere();
          static final class NotFinalHolder {
            private static NotFinalHolder instance = new NotFinalHolder();
            private final Map<String, String> m = new HashMap<>();
            private NotFinalHolder() {}
            static void reset() { instance = null; }
            void put(String k) { m.put(k, k); }
          }
          static final class NotASingleton {
            private final Map<String, String> m = new HashMap<>();
            void put(String k) { m.put(k, k); }
          }
        }
        """);
  }

  @Test
  void readsIterationAndLocksAloneDoNotSilence() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          private static final List<String> LOG = new ArrayList<>(); // flag
          static void log(String s) {
            synchronized (LOG) {
              LOG.add(s);
            }
          }
          static int total() {
            int n = 0;
            for (String s : LOG) { n += s.length(); }
            return n + LOG.stream().mapToInt(String::length).sum();
          }
        }
        """);
  }

  @Test
  void suppressedWithTheRuleName() {
    assertFlags("""
        package p;
        import java.util.*;
        class T {
          @SuppressWarnings("UnboundedStaticCache")
          private static final List<String> LOG = new ArrayList<>();
          static void log(String s) { LOG.add(s); }
        }
        """);
  }
}
