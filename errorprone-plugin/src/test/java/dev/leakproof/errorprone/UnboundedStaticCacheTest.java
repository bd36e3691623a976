package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class UnboundedStaticCacheTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UnboundedStaticCache.class, getClass());

  @Test
  void flagsEveryAddingCallFromMethodsConstructorsAndLambdas() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "class Test {",
            "  // BUG: Diagnostic contains: [UnboundedStaticCache] static 'MAP' only grows: put on line 23",
            "  private static final Map<String, String> MAP = new HashMap<>();",
            "  // BUG: Diagnostic contains: UnboundedStaticCache.md",
            "  private static final List<Object> LIST = new ArrayList<>();",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static final Deque<Object> DEQUE = new ArrayDeque<>();",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static final Queue<Object> QUEUE = new LinkedBlockingQueue<>();",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static final ConcurrentMap<String, Integer> COUNTS = new ConcurrentHashMap<>();",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static Set<String> seen = Collections.synchronizedSet(new HashSet<>());",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static final Map<String, String> LATER;",
            "  static {",
            "    LATER = new TreeMap<>();",
            "    Runtime.getRuntime().addShutdownHook(new Thread() { public void run() { LATER.put(\"a\", \"b\"); } });",
            "  }",
            "  Test(String key) {",
            "    MAP.put(key, key);",
            "    LIST.add(this);",
            "  }",
            "  static void more(Object o, String key) {",
            "    DEQUE.push(o);",
            "    QUEUE.offer(o);",
            "    Runnable r = () -> COUNTS.merge(key, 1, Integer::sum);",
            "    (seen).add(key);",
            "    System.out.println(MAP.get(key) + LIST.size() + DEQUE.peek());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsFieldsOfPrivateNestedClassesAndQualifiedAccess() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Test {",
            "  private static class Holder {",
            "    // BUG: Diagnostic contains: UnboundedStaticCache",
            "    static final Map<String, String> NAMES = new HashMap<>();",
            "  }",
            "  void name(String key) {",
            "    Holder.NAMES.computeIfAbsent(key, k -> k.trim());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsUnboundedCaffeineCacheButNotBoundedOne() {
    helper
        .addSourceLines(
            "Cache.java",
            "package com.github.benmanes.caffeine.cache;",
            "public interface Cache<K, V> {",
            "  V getIfPresent(K key);",
            "  void put(K key, V value);",
            "  void invalidateAll();",
            "}")
        .addSourceLines(
            "Caffeine.java",
            "package com.github.benmanes.caffeine.cache;",
            "public final class Caffeine<K, V> {",
            "  public static Caffeine<Object, Object> newBuilder() { return new Caffeine<>(); }",
            "  public Caffeine<K, V> maximumSize(long size) { return this; }",
            "  public Caffeine<K, V> recordStats() { return this; }",
            "  public <K1 extends K, V1 extends V> Cache<K1, V1> build() { return null; }",
            "}")
        .addSourceLines(
            "Test.java",
            "import com.github.benmanes.caffeine.cache.Cache;",
            "import com.github.benmanes.caffeine.cache.Caffeine;",
            "class Test {",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static final Cache<String, String> UNBOUNDED = Caffeine.newBuilder().recordStats().build();",
            "  private static final Cache<String, String> BOUNDED = Caffeine.newBuilder().maximumSize(10).build();",
            "  private static final Cache<String, String> INVALIDATED = Caffeine.newBuilder().build();",
            "  static void put(String key) {",
            "    UNBOUNDED.put(key, key);",
            "    BOUNDED.put(key, key);",
            "    INVALIDATED.put(key, key);",
            "  }",
            "  static void reset() {",
            "    INVALIDATED.invalidateAll();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentWhenRemovedClearedOrReplacedAnywhere() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "class Test {",
            "  private static final Map<String, Long> VIA_VALUES = new HashMap<>();",
            "  private static final Map<String, Long> VIA_KEYS = new HashMap<>();",
            "  private static final Map<String, Long> VIA_ITERATOR = new HashMap<>();",
            "  private static final List<String> POLLED = new LinkedList<>();",
            "  private static final Set<String> CLEARED = new HashSet<>();",
            "  private static Map<String, Long> replaced = new HashMap<>();",
            "  private static final Map<String, Long> PRESENT = new HashMap<>();",
            "  static void add(String key, long value) {",
            "    VIA_VALUES.put(key, value);",
            "    VIA_KEYS.put(key, value);",
            "    VIA_ITERATOR.put(key, value);",
            "    POLLED.add(key);",
            "    CLEARED.add(key);",
            "    replaced.put(key, value);",
            "    PRESENT.put(key, value);",
            "  }",
            "  static void evict(long now) {",
            "    VIA_VALUES.values().removeIf(v -> v < now);",
            "    VIA_KEYS.keySet().retainAll(List.of(\"a\"));",
            "    for (Iterator<Long> it = VIA_ITERATOR.values().iterator(); it.hasNext(); ) {",
            "      if (it.next() < now) it.remove();",
            "    }",
            "    ((LinkedList<String>) POLLED).pollFirst();",
            "    CLEARED.clear();",
            "    replaced = new HashMap<>();",
            "    PRESENT.computeIfPresent(\"a\", (k, v) -> null);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentForBoundedWeakUnmodifiableAndUnknownCollections() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "class Test {",
            "  enum Color { RED, GREEN }",
            "  private static final Map<Color, String> ENUM = new EnumMap<>(Color.class);",
            "  private static final Set<Color> ENUM_SET = EnumSet.noneOf(Color.class);",
            "  private static final Map<Object, String> WEAK = new WeakHashMap<>();",
            "  private static final BlockingQueue<String> CAPPED = new ArrayBlockingQueue<>(10);",
            "  private static final BlockingQueue<String> CAPACITY = new LinkedBlockingQueue<>(10);",
            "  private static final Map<String, String> LRU = new LinkedHashMap<String, String>(16, 0.75f, true) {",
            "    @Override protected boolean removeEldestEntry(Map.Entry<String, String> e) { return size() > 10; }",
            "  };",
            "  private static final Map<String, String> DOUBLE_BRACE = new HashMap<String, String>() {{ put(\"a\", \"b\"); }};",
            "  private static final List<String> FIXED = Arrays.asList(\"a\", \"b\");",
            "  private static final Map<String, String> MADE = make();",
            "  private static Map<String, String> make() { return new HashMap<>(); }",
            "  static void add(Color c, Object o, String s) {",
            "    ENUM.put(c, s);",
            "    ENUM_SET.add(c);",
            "    WEAK.put(o, s);",
            "    CAPPED.offer(s);",
            "    CAPACITY.offer(s);",
            "    LRU.put(s, s);",
            "    DOUBLE_BRACE.put(s, s);",
            "    MADE.put(s, s);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentWhenFilledOnlyDuringStaticInitialisation() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "class Test {",
            "  private static final Map<String, Integer> PORTS = new HashMap<>();",
            "  private static final List<String> NAMES = new ArrayList<>();",
            "  private static final Set<String> FROM_INITIALISER = fill(new HashSet<>());",
            "  static {",
            "    PORTS.put(\"http\", 80);",
            "    addName(\"a\");",
            "  }",
            "  private static void addName(String name) { NAMES.add(name); }",
            "  private static <T> T fill(T t) { return t; }",
            "  private static final Map<String, String> BY_FOR_EACH = new HashMap<>();",
            "  private static final Map<String, String> BY_HELPER_LAMBDA = new HashMap<>();",
            "  private static final Set<String> BY_METHOD_REFERENCE = new HashSet<>();",
            "  static {",
            "    List.of(\"a\").forEach(s -> BY_FOR_EACH.put(s, s));",
            "    addAll(\"x\", \"y\");",
            "  }",
            "  private static void addAll(String... keys) {",
            "    Arrays.stream(keys).forEach(k -> addOne(k));",
            "    Arrays.stream(keys).forEach(Test::addRef);",
            "  }",
            "  private static void addOne(String k) { BY_HELPER_LAMBDA.put(k, k); }",
            "  private static void addRef(String k) { BY_METHOD_REFERENCE.add(k); }",
            "  static Integer port(String s) { return PORTS.get(s) + NAMES.size(); }",
            "}")
        .doTest();
  }

  @Test
  void silentWhenSizeGuardsTheAdd() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "class Test {",
            "  private static final Map<String, Integer> LENGTHS = new HashMap<>();",
            "  static int length(String text) {",
            "    if (LENGTHS.size() < 100) {",
            "      LENGTHS.put(text, text.length());",
            "    }",
            "    return text.length();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void silentWhenOthersCouldReachOrRemove() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "class Test {",
            "  static final Map<String, String> PACKAGE = new HashMap<>();",
            "  public static final Map<String, String> PUBLIC = new HashMap<>();",
            "  private static final Map<String, String> RETURNED = new HashMap<>();",
            "  private static final Map<String, String> PASSED = new HashMap<>();",
            "  private static final Map<String, String> ALIASED = new HashMap<>();",
            "  private final Map<String, String> instance = new HashMap<>();",
            "  static Map<String, String> add(String s) {",
            "    PACKAGE.put(s, s);",
            "    PUBLIC.put(s, s);",
            "    RETURNED.put(s, s);",
            "    PASSED.put(s, s);",
            "    ALIASED.put(s, s);",
            "    Map<String, String> alias = ALIASED;",
            "    cleanUp(PASSED);",
            "    Map<String, String> local = new HashMap<>();",
            "    local.put(s, s);",
            "    return RETURNED;",
            "  }",
            "  void put(String s) { instance.put(s, s); }",
            "  static void cleanUp(Map<String, String> map) { map.clear(); }",
            "}")
        .doTest();
  }

  @Test
  void readsIterationAndLocksAloneDoNotSilence() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "class Test {",
            "  // BUG: Diagnostic contains: UnboundedStaticCache",
            "  private static final List<String> LOG = new ArrayList<>();",
            "  static void log(String s) {",
            "    synchronized (LOG) {",
            "      LOG.add(s);",
            "    }",
            "  }",
            "  static int total() {",
            "    int n = 0;",
            "    for (String s : LOG) { n += s.length(); }",
            "    return n + LOG.stream().mapToInt(String::length).sum();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsGrowingInstanceFieldsOfAnEnumSingleton() {
    helper
        .addSourceLines(
            "Registry.java",
            "import java.util.*;",
            "enum Registry {",
            "  INSTANCE;",
            "  // BUG: Diagnostic contains: [UnboundedStaticCache] 'entries' of the only Registry instance (held in the enum constant INSTANCE) only grows: put on line 14",
            "  private final Map<String, String> entries = new HashMap<>();",
            "  // BUG: Diagnostic contains: 'log' of the only Registry instance",
            "  private final List<String> log;",
            "  private final List<String> filledOnce = new ArrayList<>();",
            "  private final Map<String, String> removed = new HashMap<>();",
            "  private final Map<String, String> guarded = new HashMap<>();",
            "  public final List<String> visible = new ArrayList<>();",
            "  Registry() { log = new ArrayList<>(); filledOnce.add(\"a\"); init(); }",
            "  private void init() { filledOnce.add(\"b\"); }",
            "  void put(String k) { this.entries.put(k, k); removed.put(k, k); visible.add(k); }",
            "  static void log(String s) { INSTANCE.log.add(s); }",
            "  void drop(String k) { removed.remove(k); }",
            "  void guard(String k) { if (guarded.size() < 10) { guarded.put(k, k); } }",
            "  boolean has(String k) { return filledOnce.contains(k) || entries.containsKey(k); }",
            "}")
        .doTest();
  }

  @Test
  void flagsGrowingInstanceFieldsOfAClassInstantiatedOnceIntoItsOwnStaticField() {
    helper
        .addSourceLines(
            "Holder.java",
            "import java.util.*;",
            "final class Holder {",
            "  private static final Holder INSTANCE = new Holder();",
            "  // BUG: Diagnostic contains: 'handlers' of the only Holder instance (held in static INSTANCE) only grows",
            "  private final List<Runnable> handlers = new ArrayList<>();",
            "  private Holder() {}",
            "  static Holder instance() { return INSTANCE; }",
            "  void register(Runnable r) { handlers.add(r); }",
            "}")
        .addSourceLines(
            "Block.java",
            "import java.util.*;",
            "class Block {",
            "  private static final Block shared;",
            "  static { shared = new Block(1); }",
            "  // BUG: Diagnostic contains: 'seen' of the only Block instance (held in static shared)",
            "  private final Set<String> seen = new HashSet<>();",
            "  private Block(int unused) {}",
            "  private Block() { this(0); }",
            "  static void see(String s) { shared.seen.add(s); }",
            "}")
        .doTest();
  }

  @Test
  void silentForInstanceFieldsOfClassesThatMayHaveMoreThanOneInstance() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.io.Serializable;",
            "import java.util.*;",
            "class Test {",
            "  enum Two {",
            "    A, B;",
            "    private final Map<String, String> m = new HashMap<>();",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  enum WithBody {",
            "    ONLY { @Override void put(String k) { super.put(k); } };",
            "    private final Map<String, String> m = new HashMap<>();",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class PublicConstructor {",
            "    static final PublicConstructor INSTANCE = new PublicConstructor();",
            "    private final Map<String, String> m = new HashMap<>();",
            "    public PublicConstructor() {}",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class DefaultConstructor {",
            "    static final DefaultConstructor INSTANCE = new DefaultConstructor();",
            "    private final Map<String, String> m = new HashMap<>();",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class MadeTwice {",
            "    static final MadeTwice INSTANCE = new MadeTwice();",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private MadeTwice() {}",
            "    static MadeTwice fresh() { return new MadeTwice(); }",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class MadeInAMethod {",
            "    private static MadeInAMethod instance;",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private MadeInAMethod() {}",
            "    static MadeInAMethod get() { if (instance == null) { instance = new MadeInAMethod(); } return instance; }",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class MadeInALoop {",
            "    private static MadeInALoop last;",
            "    static { for (int i = 0; i < 3; i++) { last = new MadeInALoop(); } }",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private MadeInALoop() {}",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class Copyable implements Serializable {",
            "    static final Copyable INSTANCE = new Copyable();",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private Copyable() {}",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class Cloned implements Cloneable {",
            "    static final Cloned INSTANCE = new Cloned();",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private Cloned() {}",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static class Subclassed {",
            "    static final Subclassed INSTANCE = new Subclassed();",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private Subclassed() {}",
            "    void put(String k) { m.put(k, k); }",
            "    static final class Sub extends Subclassed {}",
            "  }",
            "  static final class HeldElsewhere {",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private HeldElsewhere() {}",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final HeldElsewhere OTHER = new HeldElsewhere();",
            "  static final class NotFinalHolder {",
            "    private static NotFinalHolder instance = new NotFinalHolder();",
            "    private final Map<String, String> m = new HashMap<>();",
            "    private NotFinalHolder() {}",
            "    static void reset() { instance = null; }",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "  static final class NotASingleton {",
            "    private final Map<String, String> m = new HashMap<>();",
            "    void put(String k) { m.put(k, k); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void suppressedWithTheRuleName() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.util.*;",
            "class Test {",
            "  @SuppressWarnings(\"UnboundedStaticCache\")",
            "  private static final List<String> LOG = new ArrayList<>();",
            "  static void log(String s) { LOG.add(s); }",
            "}")
        .doTest();
  }
}
