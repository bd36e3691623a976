package dev.leakproof.checks.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The long-lived places an object can be handed to, where it (and, for an inner object,
 * lambda or anonymous class, its enclosing instance) outlives the code that created it.
 *
 * <p>String-based (fully qualified type names and method names) so that the source engines and
 * the bytecode engine share one list. The engines decide what the receiver is (a static field,
 * a {@code new Thread(…)}); this class only says which types and calls are sinks.
 *
 * <p>{@code Thread.start()} is not one. A started thread keeps its task, and through it the
 * enclosing object, only while it runs: that is what starting it asks for (an acceptor loop, a
 * background job, a per-connection worker), and the object becomes collectable when the thread
 * ends, like a one-shot task on an executor. Reviewers on real code (undertow, jetty,
 * freemarker, mybatis: bench/lifetime-review.md) fixed none of these; a thread that never ends
 * is a thread leak, not an outer-instance one. A shutdown hook is a thread too, but one the JDK
 * keeps, not started, until the JVM exits: it is a sink ({@link Kind#SHUTDOWN_HOOK}).
 */
public final class RetentionSinks {
  public static final String THREAD = "java.lang.Thread";
  public static final String RUNTIME = "java.lang.Runtime";
  public static final String TIMER = "java.util.Timer";

  /** The kinds of sink; each engine reports the call or store that hands the object over. */
  public enum Kind {
    /** Assigned to a static field: reachable through its class for the life of the class loader. */
    STATIC_FIELD,
    /** Added to a collection or map held in a static field. */
    STATIC_COLLECTION,
    /** Scheduled on a {@code java.util.Timer}: kept in the queue of the timer's own thread. */
    TIMER,
    /** Registered as a shutdown hook: kept by the JDK until the JVM exits. */
    SHUTDOWN_HOOK,
    /** Scheduled periodically on an executor held in a static field: kept until cancelled. */
    STATIC_EXECUTOR,
    /**
     * The cleaning action of {@code Cleaner.register(this, action)}: the cleaner keeps the action
     * until the object is phantom reachable, which an action holding the object prevents.
     */
    CLEANER
  }

  public static final String CLEANER = "java.lang.ref.Cleaner";

  /**
   * Classes whose subclasses the JDK instantiates once and keeps for the life of the JVM: the
   * global {@code java.util.logging.LogManager} ("there is a single global LogManager object",
   * made at startup from the {@code java.util.logging.manager} property and held in a static
   * field of {@code LogManager}). Whatever such an object hands to a long-lived place keeps
   * nothing alive that was not already (Tomcat's {@code ClassLoaderLogManager} registers a
   * shutdown hook in its constructor, as the JDK's own {@code LogManager} does).
   */
  public static final Set<String> JVM_WIDE_SUPERTYPES = Set.of("java.util.logging.LogManager");

  private static final Set<String> TIMER_METHODS = Set.of("schedule", "scheduleAtFixedRate");

  /** Executor types whose task submission keeps the task in a queue or a worker thread. */
  private static final Set<String> EXECUTOR_TYPES = Set.of(
      "java.util.concurrent.Executor",
      "java.util.concurrent.ExecutorService",
      "java.util.concurrent.ScheduledExecutorService",
      "java.util.concurrent.AbstractExecutorService",
      "java.util.concurrent.ThreadPoolExecutor",
      "java.util.concurrent.ScheduledThreadPoolExecutor",
      "java.util.concurrent.ForkJoinPool");

  /**
   * Periodic schedules: the executor keeps such a task, and what it holds, until it is cancelled.
   * A one-shot {@code execute}, {@code submit} or {@code schedule} holds its task only until it
   * has run, which is the point of submitting it: not a leak, and silent.
   */
  private static final Set<String> EXECUTOR_METHODS = Set.of(
      "scheduleAtFixedRate", "scheduleWithFixedDelay");

  /**
   * Collection and map types of the JDK that keep what is added to them. Interfaces first, then
   * the common implementations, since a static field is often declared with its concrete type.
   */
  private static final Set<String> COLLECTION_TYPES = Set.of(
      "java.util.Collection", "java.util.List", "java.util.Set", "java.util.SortedSet",
      "java.util.NavigableSet", "java.util.Queue", "java.util.Deque", "java.util.Map",
      "java.util.SortedMap", "java.util.NavigableMap",
      "java.util.ArrayList", "java.util.LinkedList", "java.util.Vector", "java.util.Stack",
      "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
      "java.util.ArrayDeque", "java.util.PriorityQueue",
      "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
      "java.util.Hashtable", "java.util.IdentityHashMap",
      "java.util.concurrent.BlockingQueue", "java.util.concurrent.BlockingDeque",
      "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap",
      "java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.ConcurrentLinkedDeque",
      "java.util.concurrent.ConcurrentSkipListMap", "java.util.concurrent.ConcurrentSkipListSet",
      "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
      "java.util.concurrent.LinkedBlockingQueue", "java.util.concurrent.LinkedBlockingDeque",
      "java.util.concurrent.ArrayBlockingQueue", "java.util.concurrent.PriorityBlockingQueue");

  /**
   * Methods that store their argument in the collection or map. The value of {@code put} is its
   * last argument; for the others the element is the only (or last) argument.
   */
  private static final Set<String> ADD_METHODS = Set.of(
      "add", "addFirst", "addLast", "addElement", "offer", "offerFirst", "offerLast", "push",
      "put", "putIfAbsent");

  private RetentionSinks() {}

  /** {@code Runtime.addShutdownHook(Thread)}. */
  public static boolean isShutdownHookRegistration(String owner, String method) {
    return RUNTIME.equals(owner) && "addShutdownHook".equals(method);
  }

  /**
   * {@code Runtime.removeShutdownHook(Thread)}: "De-registers a previously-registered
   * virtual-machine shutdown hook" (the JDK's {@code java.lang.Runtime} documentation), after
   * which the JVM no longer keeps it.
   */
  public static boolean isShutdownHookRemoval(String owner, String method) {
    return RUNTIME.equals(owner) && "removeShutdownHook".equals(method);
  }

  /** {@code java.util.Timer.schedule(…)} or {@code scheduleAtFixedRate(…)}. */
  public static boolean isTimerSchedule(String owner, String method) {
    return TIMER.equals(owner) && TIMER_METHODS.contains(method);
  }

  /** Whether {@code type} is one of the JDK executor types that queue submitted tasks. */
  public static boolean isExecutorType(String type) {
    return EXECUTOR_TYPES.contains(type);
  }

  /** A periodic schedule ({@code scheduleAtFixedRate}, {@code scheduleWithFixedDelay}) on an executor type. */
  public static boolean isExecutorSubmission(String owner, String method) {
    return isExecutorType(owner) && EXECUTOR_METHODS.contains(method);
  }

  /** Whether {@code type} is a JDK collection or map that keeps what is added to it. */
  public static boolean isCollectionType(String type) {
    return COLLECTION_TYPES.contains(type);
  }

  /** Whether {@code method} stores its (last) argument in the collection it is called on. */
  public static boolean isCollectionAdd(String method) {
    return ADD_METHODS.contains(method);
  }

  /**
   * Registrations that belong to ListenerLeak ({@code add…Listener}, {@code addObserver}):
   * OuterInstanceRetention never reports them, so one registration is reported once.
   */
  public static boolean isListenerRegistration(String method) {
    return method.equals("addObserver")
        || (method.startsWith("add") && method.endsWith("Listener"));
  }

  /**
   * The fully qualified name a simple type name stands for among the types this class knows
   * (for source engines that see {@code Timer} and an import): empty when it names none of them
   * or is ambiguous.
   */
  public static Optional<String> knownTypeBySimpleName(String simpleName) {
    String found = BySimpleName.TYPES.get(simpleName);
    return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found);
  }

  /**
   * Each name that ends one of the known types after a dot ({@code Timer}, {@code util.Timer}),
   * with that type, or with "" when it ends more than one: the source engines ask this for
   * every word of a file, so it is looked up, not searched.
   */
  private static final class BySimpleName {
    static final Map<String, String> TYPES = index();

    private static Map<String, String> index() {
      Map<String, String> types = new HashMap<>();
      for (Set<String> known : List.of(EXECUTOR_TYPES, COLLECTION_TYPES,
          Set.of(THREAD, RUNTIME, TIMER, CLEANER))) {
        for (String type : known) {
          for (int dot = type.indexOf('.'); dot >= 0; dot = type.indexOf('.', dot + 1)) {
            types.merge(type.substring(dot + 1), type, (first, second) -> "");
          }
        }
      }
      return Map.copyOf(types);
    }
  }

  /** {@code java.lang.ref.Cleaner.register(object, action)}. */
  public static boolean isCleanerRegistration(String owner, String method) {
    return CLEANER.equals(owner) && "register".equals(method);
  }

  /** What kind of sink a call is, from the receiver's type and the method name. */
  public static Optional<Kind> callSink(String owner, String method) {
    if (isCleanerRegistration(owner, method)) {
      return Optional.of(Kind.CLEANER);
    }
    if (isShutdownHookRegistration(owner, method)) {
      return Optional.of(Kind.SHUTDOWN_HOOK);
    }
    if (isTimerSchedule(owner, method)) {
      return Optional.of(Kind.TIMER);
    }
    if (isExecutorSubmission(owner, method)) {
      return Optional.of(Kind.STATIC_EXECUTOR);
    }
    if (isCollectionType(owner) && isCollectionAdd(method)) {
      return Optional.of(Kind.STATIC_COLLECTION);
    }
    return Optional.empty();
  }
}
