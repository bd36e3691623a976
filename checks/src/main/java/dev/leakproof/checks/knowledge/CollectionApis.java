package dev.leakproof.checks.knowledge;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What the JDK's and Guava's collections, maps and caches do to their size: which types and
 * factories make a collection that can grow without limit, which are bounded or unmodifiable,
 * and which calls on one add, remove or only read.
 *
 * <p>Everything is a string so that source and bytecode engines can ask alike: types are fully
 * qualified with dots ({@code java.util.HashMap}), and parameter types are written the way
 * {@code java.lang.reflect} prints them ({@code int}, {@code java.util.Collection}). An engine that cannot tell the parameter types passes
 * {@code null}, and the answer becomes {@link Growth#UNKNOWN} wherever they matter.
 */
public final class CollectionApis {
  private CollectionApis() {}

  /** How large a freshly made collection can become. */
  public enum Growth {
    /** Modifiable and without any limit: every add can make it larger. */
    UNBOUNDED,
    /** Modifiable, but something keeps it small: a capacity, one entry per enum constant, an eviction policy. */
    BOUNDED,
    /**
     * Modifiable, and an entry goes when nothing else holds its key strongly
     * ({@code WeakHashMap}): bounded by what the rest of the program keeps, unless the map's own
     * values hold their keys (then nothing is ever cleared).
     */
    WEAK_KEYS,
    /** Cannot be added to at all. */
    UNMODIFIABLE,
    /** Not something this class knows: engines stay silent. */
    UNKNOWN
  }

  /** What a call on a collection (or on a view of it) does to the collection's size. */
  public enum Effect {
    /** May add an entry ({@code put}, {@code add}, {@code computeIfAbsent}, …). */
    ADDS,
    /** May remove entries ({@code remove}, {@code clear}, {@code poll}, {@code removeIf}, …). */
    REMOVES,
    /** Returns a live view whose removals remove from the collection ({@code keySet()}, {@code values()}, …). */
    VIEW,
    /** Returns an iterator whose {@code remove()} removes from the collection. */
    ITERATOR,
    /** {@code size()}: a check of it beside an add is taken to bound the collection. */
    SIZE,
    /** Reads only, or replaces values in place ({@code get}, {@code contains}, {@code set}, {@code forEach}, …). */
    READS
  }

  /** The map whose subclasses bound themselves by overriding {@link #REMOVE_ELDEST_ENTRY}. */
  public static final String LINKED_HASH_MAP = "java.util.LinkedHashMap";

  /** {@code LinkedHashMap.removeEldestEntry}: an override turns the map into a bounded LRU cache. */
  public static final String REMOVE_ELDEST_ENTRY = "removeEldestEntry";

  /** The JVM descriptor of {@link #REMOVE_ELDEST_ENTRY}. */
  public static final String REMOVE_ELDEST_ENTRY_DESCRIPTOR = "(Ljava/util/Map$Entry;)Z";

  /** Iterator types whose zero-argument {@code remove()} removes from the underlying collection. */
  public static final Set<String> ITERATOR_TYPES = Set.of(
      "java.util.Iterator", "java.util.ListIterator", "java.util.PrimitiveIterator");

  /** Interfaces a static field may be declared with and still be judged. */
  private static final Set<String> COLLECTION_INTERFACES = Set.of(
      "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap",
      "java.util.SequencedMap", "java.util.concurrent.ConcurrentMap",
      "java.util.concurrent.ConcurrentNavigableMap",
      "java.util.Collection", "java.util.SequencedCollection", "java.util.List",
      "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.SequencedSet",
      "java.util.Queue", "java.util.Deque", "java.util.concurrent.BlockingQueue",
      "java.util.concurrent.BlockingDeque", "java.util.concurrent.TransferQueue",
      "com.google.common.collect.Multimap", "com.google.common.collect.ListMultimap",
      "com.google.common.collect.SetMultimap", "com.google.common.collect.SortedSetMultimap",
      "com.google.common.collect.Multiset", "com.google.common.collect.BiMap",
      "com.google.common.collect.Table");

  /** Modifiable classes with no limit of their own. */
  private static final Set<String> UNBOUNDED_CLASSES = Set.of(
      "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Hashtable",
      "java.util.IdentityHashMap", "java.util.Properties",
      "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentSkipListMap",
      "java.util.ArrayList", "java.util.LinkedList", "java.util.Vector", "java.util.Stack",
      "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
      "java.util.ArrayDeque", "java.util.PriorityQueue",
      "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
      "java.util.concurrent.ConcurrentSkipListSet", "java.util.concurrent.ConcurrentLinkedQueue",
      "java.util.concurrent.ConcurrentLinkedDeque", "java.util.concurrent.PriorityBlockingQueue",
      "java.util.concurrent.DelayQueue", "java.util.concurrent.LinkedTransferQueue");

  /** Blocking queues that are unbounded unless constructed with an {@code int} capacity. */
  private static final Set<String> CAPACITY_OPTIONAL_CLASSES = Set.of(
      "java.util.concurrent.LinkedBlockingQueue", "java.util.concurrent.LinkedBlockingDeque");

  /**
   * Modifiable classes that cannot grow without limit: a fixed capacity, one entry per enum
   * constant, or entries that go when their key is no longer used elsewhere.
   */
  private static final Set<String> BOUNDED_CLASSES = Set.of(
      "java.util.EnumMap", "java.util.EnumSet",
      "java.util.concurrent.ArrayBlockingQueue", "java.util.concurrent.SynchronousQueue");

  /** Maps whose keys are held weakly: an entry goes when nothing else holds its key. */
  private static final Set<String> WEAK_KEYED_CLASSES = Set.of("java.util.WeakHashMap");

  /**
   * Maps and sets that hold each key (a set: each element) once, so that their size is bounded by
   * the number of distinct keys: their first type argument.
   */
  private static final Set<String> EACH_KEY_ONCE = Set.of(
      "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap", "java.util.SequencedMap",
      "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentNavigableMap",
      "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.SequencedSet",
      "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Hashtable",
      "java.util.IdentityHashMap", "java.util.concurrent.ConcurrentHashMap",
      "java.util.concurrent.ConcurrentSkipListMap", "java.util.HashSet",
      "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.concurrent.CopyOnWriteArraySet",
      "java.util.concurrent.ConcurrentSkipListSet", "com.google.common.collect.BiMap");

  /** Guava's modifiable collections made by a static {@code create(…)}. */
  private static final Set<String> GUAVA_CREATE_UNBOUNDED = Set.of(
      "com.google.common.collect.ArrayListMultimap", "com.google.common.collect.HashMultimap",
      "com.google.common.collect.LinkedHashMultimap",
      "com.google.common.collect.LinkedListMultimap", "com.google.common.collect.TreeMultimap",
      "com.google.common.collect.HashMultiset", "com.google.common.collect.LinkedHashMultiset",
      "com.google.common.collect.TreeMultiset", "com.google.common.collect.ConcurrentHashMultiset",
      "com.google.common.collect.HashBiMap", "com.google.common.collect.HashBasedTable",
      "com.google.common.collect.TreeBasedTable");

  /** Guava's {@code Maps}/{@code Lists}/{@code Sets}/{@code Queues} factories of unbounded collections. */
  private static final Set<String> GUAVA_FACTORY_CLASSES = Set.of(
      "com.google.common.collect.Maps", "com.google.common.collect.Lists",
      "com.google.common.collect.Sets", "com.google.common.collect.Queues");

  /**
   * {@code java.util.Collections} methods that return a view of their first argument that is as
   * modifiable (and as large) as the argument itself.
   */
  private static final Set<String> WRAPPING_FACTORIES = Set.of(
      "synchronizedMap", "synchronizedSortedMap", "synchronizedNavigableMap",
      "synchronizedCollection", "synchronizedList", "synchronizedSet", "synchronizedSortedSet",
      "synchronizedNavigableSet", "checkedMap", "checkedSortedMap", "checkedNavigableMap",
      "checkedCollection", "checkedList", "checkedSet", "checkedSortedSet", "checkedNavigableSet",
      "checkedQueue", "newSetFromMap", "asLifoQueue");

  /** JDK classes with static collection factories. */
  private static final Set<String> FACTORY_OWNERS = Set.of(
      "java.util.Collections", "java.util.Map", "java.util.List", "java.util.Set",
      "java.util.Arrays", "java.util.EnumSet");

  /** Calls that may add an entry. */
  private static final Set<String> ADDING_METHODS = Set.of(
      "put", "putAll", "putIfAbsent", "computeIfAbsent", "compute", "merge",
      "add", "addAll", "offer", "push", "addFirst", "addLast", "offerFirst", "offerLast",
      "addElement", "insertElementAt", "putFirst", "putLast");

  /**
   * Calls that may remove entries, besides every {@code remove…} and {@code poll…}.
   * {@code computeIfPresent} is here on purpose: its function
   * exists to update or drop an entry, and the rule does not judge how often it drops.
   */
  private static final Set<String> REMOVING_METHODS = Set.of(
      "clear", "pop", "take", "takeFirst", "takeLast", "drainTo", "retainAll", "setSize",
      "setCount",
      "computeIfPresent");

  /** Calls that return a live view: removing through it removes from the collection. */
  private static final Set<String> VIEW_METHODS = Set.of(
      "keySet", "values", "entrySet", "navigableKeySet", "descendingKeySet", "descendingMap",
      "descendingSet", "headMap", "tailMap", "subMap", "headSet", "tailSet", "subSet",
      "subList", "reversed", "sequencedKeySet", "sequencedValues", "sequencedEntrySet",
      "asMap", "keys", "elementSet", "rowMap", "columnMap", "row", "column", "cellSet",
      "inverse");

  /** Calls that return an iterator over the collection. */
  private static final Set<String> ITERATOR_METHODS = Set.of(
      "iterator", "listIterator", "descendingIterator");

  /** Caffeine's and Guava's cache builders. */
  private static final Set<String> CACHE_BUILDERS = Set.of(
      "com.github.benmanes.caffeine.cache.Caffeine", "com.google.common.cache.CacheBuilder");

  /** Builder calls that bound a cache by size, by age or by reachability of keys or values. */
  private static final Set<String> CACHE_BOUNDS = Set.of(
      "maximumSize", "maximumWeight", "expireAfterWrite", "expireAfterAccess", "expireAfter",
      "weakKeys", "weakValues", "softValues");

  /** Cache types a static field may hold. */
  private static final Set<String> CACHE_TYPES = Set.of(
      "com.github.benmanes.caffeine.cache.Cache", "com.github.benmanes.caffeine.cache.LoadingCache",
      "com.github.benmanes.caffeine.cache.AsyncCache",
      "com.github.benmanes.caffeine.cache.AsyncLoadingCache",
      "com.google.common.cache.Cache", "com.google.common.cache.LoadingCache");

  /** Calls on a cache that may add an entry (a loading {@code get} stores what it loads). */
  private static final Set<String> CACHE_ADDING_METHODS = Set.of(
      "put", "putAll", "get", "getAll", "getUnchecked", "refresh", "refreshAll");

  /** Calls on a cache that remove entries. */
  private static final Set<String> CACHE_REMOVING_METHODS = Set.of("invalidate", "invalidateAll");

  /** Calls on a cache that return a live map or cache view of it. */
  private static final Set<String> CACHE_VIEW_METHODS = Set.of("asMap", "synchronous");

  private static final Set<String> COLLECTION_TYPE_SIMPLE_NAMES = java.util.stream.Stream.of(
          COLLECTION_INTERFACES, UNBOUNDED_CLASSES, CAPACITY_OPTIONAL_CLASSES, BOUNDED_CLASSES,
          WEAK_KEYED_CLASSES,
          GUAVA_CREATE_UNBOUNDED, CACHE_TYPES)
      .flatMap(Set::stream)
      .map(name -> name.substring(name.lastIndexOf('.') + 1))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> CACHE_TYPE_SIMPLE_NAMES = CACHE_TYPES.stream()
      .map(name -> name.substring(name.lastIndexOf('.') + 1))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> FACTORY_OWNER_SIMPLE_NAMES = java.util.stream.Stream.concat(
          java.util.stream.Stream.of(FACTORY_OWNERS, GUAVA_FACTORY_CLASSES, CACHE_BUILDERS)
              .flatMap(Set::stream)
              .map(name -> name.substring(name.lastIndexOf('.') + 1)),
          COLLECTION_TYPE_SIMPLE_NAMES.stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether a static field declared with {@code type} is one this rule judges: a
   * {@code java.util} (or Guava) collection or map interface or class, or a Caffeine/Guava cache.
   */
  public static boolean isCollectionType(String type) {
    return COLLECTION_INTERFACES.contains(type) || UNBOUNDED_CLASSES.contains(type)
        || CAPACITY_OPTIONAL_CLASSES.contains(type) || BOUNDED_CLASSES.contains(type)
        || WEAK_KEYED_CLASSES.contains(type)
        || GUAVA_CREATE_UNBOUNDED.contains(type) || CACHE_TYPES.contains(type);
  }

  /**
   * Whether this class has anything to say about {@code type}: a collection, map or cache type,
   * a cache builder, or a class with collection factories. Source engines use it to pick the one
   * meaning of a name among on-demand imports.
   */
  public static boolean knows(String type) {
    return isCollectionType(type) || isCacheBuilder(type) || FACTORY_OWNERS.contains(type)
        || GUAVA_FACTORY_CLASSES.contains(type)
        || type.startsWith("com.google.common.collect.Immutable");
  }

  /**
   * Whether a collection declared as {@code type} holds each value of its first type argument at
   * most once (a map's keys, a set's elements), so that a closed key type ({@link KeyDomains})
   * bounds its size.
   */
  public static boolean holdsEachKeyOnce(String type) {
    return EACH_KEY_ONCE.contains(type);
  }

  /** Whether {@code type} is a Caffeine or Guava cache (calls on it use {@link #cacheEffectOf}). */
  public static boolean isCacheType(String type) {
    return CACHE_TYPES.contains(type);
  }

  /**
   * How large {@code new type(…)} can become, with the constructor's parameter types (or
   * {@code null} when the engine cannot tell them). An anonymous subclass is not {@code type}:
   * engines judge those themselves (see {@link #REMOVE_ELDEST_ENTRY}).
   */
  public static Growth constructed(String type, List<String> parameterTypes) {
    if (UNBOUNDED_CLASSES.contains(type)) {
      return Growth.UNBOUNDED;
    }
    if (BOUNDED_CLASSES.contains(type)) {
      return Growth.BOUNDED;
    }
    if (WEAK_KEYED_CLASSES.contains(type)) {
      return Growth.WEAK_KEYS;
    }
    if (CAPACITY_OPTIONAL_CLASSES.contains(type)) {
      if (parameterTypes == null) {
        return Growth.UNKNOWN;
      }
      return parameterTypes.contains("int") ? Growth.BOUNDED : Growth.UNBOUNDED;
    }
    return Growth.UNKNOWN;
  }

  /** What a static factory call {@code owner.method(…)} returns. */
  public enum Factory {
    /** A new, empty or copied collection without a limit. */
    NEW_UNBOUNDED,
    /** A new collection with a limit. */
    NEW_BOUNDED,
    /** A view of its first argument that grows exactly as the argument does. */
    WRAPS_FIRST_ARGUMENT,
    /** A collection nobody can add to. */
    UNMODIFIABLE,
    /** The start of a cache builder chain: the cache is bounded when the chain calls {@link #isCacheBound}. */
    CACHE_BUILDER,
    /** Anything else. */
    UNKNOWN;

    /**
     * The growth of what this factory makes, when the factory alone decides it; callers follow
     * {@link #WRAPS_FIRST_ARGUMENT} and {@link #CACHE_BUILDER} themselves (this says UNKNOWN).
     */
    public Growth growth() {
      return switch (this) {
        case NEW_UNBOUNDED -> Growth.UNBOUNDED;
        case NEW_BOUNDED -> Growth.BOUNDED;
        case UNMODIFIABLE -> Growth.UNMODIFIABLE;
        default -> Growth.UNKNOWN;
      };
    }
  }

  /**
   * What the static call {@code owner.method(…)} makes, with its parameter types (or
   * {@code null} when unknown).
   */
  public static Factory factory(String owner, String method, List<String> parameterTypes) {
    switch (owner) {
      case "java.util.Collections":
        if (WRAPPING_FACTORIES.contains(method)) {
          return Factory.WRAPS_FIRST_ARGUMENT;
        }
        if (method.startsWith("unmodifiable") || method.startsWith("empty")
            || method.startsWith("singleton") || method.equals("nCopies")) {
          return Factory.UNMODIFIABLE;
        }
        return Factory.UNKNOWN;
      case "java.util.Map":
      case "java.util.List":
      case "java.util.Set":
        return method.equals("of") || method.equals("ofEntries") || method.equals("copyOf")
            ? Factory.UNMODIFIABLE : Factory.UNKNOWN;
      case "java.util.Arrays":
        // Fixed size: add throws.
        return method.equals("asList") ? Factory.UNMODIFIABLE : Factory.UNKNOWN;
      case "java.util.EnumSet":
        return Factory.NEW_BOUNDED;
      default:
        break;
    }
    if (CACHE_BUILDERS.contains(owner)) {
      return method.equals("newBuilder") ? Factory.CACHE_BUILDER : Factory.UNKNOWN;
    }
    if (GUAVA_CREATE_UNBOUNDED.contains(owner)) {
      return method.equals("create") ? Factory.NEW_UNBOUNDED : Factory.UNKNOWN;
    }
    if (owner.startsWith("com.google.common.collect.Immutable")) {
      return Factory.UNMODIFIABLE;
    }
    if (GUAVA_FACTORY_CLASSES.contains(owner) && method.startsWith("new")) {
      if (method.equals("newLinkedBlockingQueue") || method.equals("newLinkedBlockingDeque")) {
        return parameterTypes == null ? Factory.UNKNOWN
            : parameterTypes.contains("int") ? Factory.NEW_BOUNDED : Factory.NEW_UNBOUNDED;
      }
      if (method.equals("newArrayBlockingQueue")) {
        return Factory.NEW_BOUNDED;
      }
      return Factory.NEW_UNBOUNDED;
    }
    return Factory.UNKNOWN;
  }

  /**
   * Simple names of every type {@link #isCollectionType} accepts ({@code Map}, {@code
   * HashMultimap}, {@code LoadingCache}, ...): a field a rule judges is declared with one of
   * them, so a source engine can skip text that names none.
   */
  public static Set<String> collectionTypeSimpleNames() {
    return COLLECTION_TYPE_SIMPLE_NAMES;
  }

  /**
   * Simple names of every type {@link #isCacheType} accepts ({@code Cache}, {@code LoadingCache},
   * ...): only a field declared with one of them is added to by {@link #cacheEffectOf}'s adds
   * ({@code get}), so a source engine can skip such a call on any other name.
   */
  public static Set<String> cacheTypeSimpleNames() {
    return CACHE_TYPE_SIMPLE_NAMES;
  }

  /**
   * Simple names of every class a call on which may make a collection ({@code Collections},
   * {@code Maps}, {@code Caffeine}, {@code HashMultimap}, ...; besides these, Guava's {@code
   * Immutable...} classes): a value whose growth {@link #factory} knows is made by a call on one,
   * so a source engine can skip text that calls on none and creates no collection type.
   */
  public static Set<String> factoryOwnerSimpleNames() {
    return FACTORY_OWNER_SIMPLE_NAMES;
  }

  /** Whether {@code type} is a Caffeine or Guava cache builder. */
  public static boolean isCacheBuilder(String type) {
    return CACHE_BUILDERS.contains(type);
  }

  /** Whether a cache builder call bounds the cache it builds ({@code maximumSize}, {@code expireAfterAccess}, {@code weakKeys}, …). */
  public static boolean isCacheBound(String builderMethod) {
    return CACHE_BOUNDS.contains(builderMethod);
  }

  /**
   * Whether a call named {@code method} with {@code arguments} arguments may be an iterator's
   * {@code remove()}: in a method or lambda that takes an {@link Effect#ITERATOR iterator} of the
   * collection, it is taken to remove from the collection, whatever it is called on (the
   * iterator may be held in a local or handed to a helper). Not when the call is known to return
   * a value: {@code Iterator.remove()} returns nothing, and no override can change that, while
   * {@code Queue.remove()} and {@code Deque.remove()} return the head they take from their own
   * queue ({@code String next = pending.remove();} beside a loop over the cache's keys).
   *
   * @param returnsAValue whether the call is known to return a value (its method's return type,
   *     or its result used); asked last, so an engine may resolve it only then
   */
  public static boolean mayRemoveThroughIterator(String method, int arguments,
      BooleanSupplier returnsAValue) {
    return method.equals("remove") && arguments == 0 && !returnsAValue.getAsBoolean();
  }

  /** What calling {@code method} on a collection or map (or on a view of one) does to its size. */
  public static Effect effectOf(String method) {
    if (ADDING_METHODS.contains(method)) {
      return Effect.ADDS;
    }
    if (REMOVING_METHODS.contains(method) || method.startsWith("remove")
        || method.startsWith("poll")) {
      return Effect.REMOVES;
    }
    if (VIEW_METHODS.contains(method)) {
      return Effect.VIEW;
    }
    if (ITERATOR_METHODS.contains(method)) {
      return Effect.ITERATOR;
    }
    return method.equals("size") ? Effect.SIZE : Effect.READS;
  }

  /** What calling {@code method} on a Caffeine or Guava cache does to its size. */
  public static Effect cacheEffectOf(String method) {
    if (CACHE_ADDING_METHODS.contains(method)) {
      return Effect.ADDS;
    }
    if (CACHE_REMOVING_METHODS.contains(method)) {
      return Effect.REMOVES;
    }
    if (CACHE_VIEW_METHODS.contains(method)) {
      return Effect.VIEW;
    }
    return method.equals("estimatedSize") || method.equals("size") ? Effect.SIZE : Effect.READS;
  }
}
