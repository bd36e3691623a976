package dev.leakproof.checks.knowledge;

import java.util.List;
import java.util.Set;

/**
 * What {@code java.lang.ThreadLocal} calls do to the value a thread holds, for the
 * ThreadLocalNotRemoved rule in every engine. String-based (fully qualified names, method names,
 * JVM descriptors), so source engines match by name and argument count and bytecode engines by
 * descriptor.
 *
 * <p>The policy, from the rule's page and corpus: {@code set(v)} puts a value in;
 * {@code remove()} and {@code set(null)} take it out; {@code set(previous)}, with the value read
 * by {@code get()} before the {@code set}, restores an outer scope and counts as taking it out
 * where it runs on every path (a {@code finally}); {@code get()} stores a value only when the
 * thread-local has an initial value ({@code ThreadLocal.withInitial} or an {@code initialValue}
 * override).
 */
public final class ThreadLocalApis {
  /** The base type; every thread-local is one of these or a subclass. */
  public static final String THREAD_LOCAL = "java.lang.ThreadLocal";

  /** Copied into every thread started while it is set; leaks like any other. */
  public static final String INHERITABLE_THREAD_LOCAL = "java.lang.InheritableThreadLocal";

  /** The JDK's thread-local types. User subclasses are recognised through their supertypes. */
  public static final Set<String> JDK_TYPES = Set.of(THREAD_LOCAL, INHERITABLE_THREAD_LOCAL);

  /** {@code static <S> ThreadLocal<S> withInitial(Supplier<? extends S>)}: a thread-local whose first get stores a value. */
  public static final String WITH_INITIAL = "withInitial";
  public static final String WITH_INITIAL_DESCRIPTOR =
      "(Ljava/util/function/Supplier;)Ljava/lang/ThreadLocal;";

  /** {@code protected T initialValue()}: overriding it gives a thread-local an initial value. */
  public static final String INITIAL_VALUE = "initialValue";
  public static final String INITIAL_VALUE_DESCRIPTOR = "()Ljava/lang/Object;";

  /** An instance method of {@code ThreadLocal} the rule cares about. */
  public enum Operation {
    /** {@code void set(T)} */
    SET("set", "(Ljava/lang/Object;)V", 1),
    /** {@code void remove()} */
    REMOVE("remove", "()V", 0),
    /** {@code T get()} */
    GET("get", "()Ljava/lang/Object;", 0);

    private final String methodName;
    private final String descriptor;
    private final int parameterCount;

    Operation(String methodName, String descriptor, int parameterCount) {
      this.methodName = methodName;
      this.descriptor = descriptor;
      this.parameterCount = parameterCount;
    }

    public String methodName() {
      return methodName;
    }

    /** The erased JVM descriptor, as invoked on {@code ThreadLocal} or a subclass. */
    public String descriptor() {
      return descriptor;
    }

    public int parameterCount() {
      return parameterCount;
    }
  }

  /** What a {@code set} is given, as far as an engine can tell. */
  public enum Argument {
    /** The {@code null} literal. */
    NULL,
    /** A local holding what {@code get()} of the same thread-local returned earlier in the method. */
    PREVIOUS_VALUE,
    /** Anything else: a new value. */
    OTHER
  }

  /** What one call does to the thread's value. */
  public enum Effect {
    /** Stores a value that must be taken out again: {@code set(v)}, or a populating {@code get()}. */
    PUTS_IN,
    /** Takes the value out: {@code remove()}, {@code set(null)}. */
    TAKES_OUT,
    /**
     * Puts back what was there before the scope began: {@code set(previous)}. Takes the scope's
     * value out where it runs on every path (a {@code finally}), and is not itself a new value.
     */
    RESTORES,
    /** Stores nothing: {@code get()} without an initial value. */
    READS;

    /**
     * Whether a call with this effect takes the value out: {@code remove()}, {@code set(null)},
     * or setting back the previous value (a scope the class ends where it runs).
     */
    public boolean takesOut() {
      return this == TAKES_OUT || this == RESTORES;
    }
  }

  /**
   * Executor methods that run the task they are given on one of the pool's threads, not the
   * caller's: a thread-local set inside the task stays on that pool thread.
   */
  private static final Set<String> TASK_SUBMISSIONS = Set.of(
      "execute", "submit", "schedule", "scheduleAtFixedRate", "scheduleWithFixedDelay");

  private ThreadLocalApis() {}

  /**
   * Whether calling {@code method} on a receiver declared as {@code owner} (a JDK executor type,
   * {@link RetentionSinks#isExecutorType}) hands its task to a pool thread.
   */
  public static boolean runsTaskOnPoolThread(String owner, String method) {
    return RetentionSinks.isExecutorType(owner) && TASK_SUBMISSIONS.contains(method);
  }

  /** Packages of the Java platform: their classes never pin an application's class loader. */
  private static final List<String> JDK_PACKAGE_PREFIXES = List.of(
      "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.dom.", "org.xml.sax.", "org.ietf.");

  private static final Set<String> PRIMITIVES = Set.of(
      "boolean", "byte", "char", "short", "int", "long", "float", "double");

  /** JDK buffers that grow with what is written to them and never shrink on their own. */
  private static final Set<String> GROWING_BUFFERS = Set.of(
      "java.lang.StringBuilder", "java.lang.StringBuffer", "java.io.ByteArrayOutputStream",
      "java.io.CharArrayWriter", "java.io.StringWriter");

  /**
   * JDK types whose values are, in practice, application objects: {@code Object}, the callback
   * interfaces applications implement (often as lambdas), and {@code Class}/{@code ClassLoader}
   * values, which are the class loader.
   */
  private static final Set<String> HOLDS_ANY_OBJECT = Set.of(
      "java.lang.Object", "java.lang.Runnable", "java.lang.Thread", "java.lang.Class",
      "java.lang.ClassLoader", "java.lang.Iterable", "java.lang.AutoCloseable",
      "java.io.Closeable", "java.io.Serializable", "java.util.EventListener",
      "java.util.concurrent.Callable", "java.lang.reflect.InvocationHandler");

  /**
   * {@code ThreadLocal} subclasses that keep each thread's value in the thread-local object, not
   * in the thread: what a pooled thread's map holds for them is a JDK {@code WeakReference}, which
   * pins no class loader, so a value never removed stays only as long as the thread-local itself.
   * Verified from the source of ehcache 2.10.9.2 (the two copies are the same class, the second
   * shaded from Terracotta's statistics library): {@code VicariousThreadLocal} overrides
   * {@code get()}, {@code set(T)} and {@code remove()} to store the value in a {@code Holder} that
   * the thread-local object links strongly ({@code strongRefs}), while the thread's own map gets
   * only {@code local.set(new WeakReference<Holder>(holder))}; a holder whose thread died is
   * dropped by {@code poll()}.
   */
  private static final Set<String> VALUES_KEPT_OFF_THREAD = Set.of(
      "net.sf.ehcache.util.lang.VicariousThreadLocal",
      "org.terracotta.statistics.util.VicariousThreadLocal");

  /**
   * Whether a thread-local of class {@code className} (fully qualified, dots) keeps its values
   * away from the threads ({@link #VALUES_KEPT_OFF_THREAD}), so that a value it is given pins
   * nothing on a pooled thread.
   */
  public static boolean keepsValuesOffThread(String className) {
    return VALUES_KEPT_OFF_THREAD.contains(className);
  }

  /** Whether {@code name} is a primitive type ({@code byte}, {@code int}, …). */
  public static boolean isPrimitive(String name) {
    return PRIMITIVES.contains(name);
  }

  /** Whether the fully qualified class {@code name} belongs to the Java platform. */
  public static boolean isJdkClass(String name) {
    return isPrimitive(name) || JDK_PACKAGE_PREFIXES.stream().anyMatch(name::startsWith);
  }

  /** Whether a value of JDK class {@code name} grows with its input. */
  public static boolean isGrowingBuffer(String name) {
    return GROWING_BUFFERS.contains(name);
  }

  /**
   * Whether a call on a growing buffer empties it for the next use: {@code setLength(0)} on a
   * {@code StringBuilder} or {@code StringBuffer}, {@code reset()} on a
   * {@code ByteArrayOutputStream} or {@code CharArrayWriter}.
   *
   * @param argumentIsZero whether the call's one argument is the constant {@code 0}
   */
  public static boolean emptiesBuffer(String method, int arguments, boolean argumentIsZero) {
    return method.equals("setLength") ? arguments == 1 && argumentIsZero
        : method.equals("reset") && arguments == 0;
  }

  /**
   * Whether a call on a growing buffer returns the buffer itself, for chaining ({@code
   * sb.append(a).append(b)}): {@code StringBuilder}'s and {@code StringBuffer}'s {@code append},
   * {@code appendCodePoint}, {@code insert}, {@code delete}, {@code deleteCharAt}, {@code
   * replace}, {@code reverse} and {@code repeat} ("@return a reference to this object", JDK 21
   * {@code AbstractStringBuilder}), {@code CharArrayWriter.append} and {@code
   * StringWriter.append} ("@return This writer"). Every other call on a buffer ({@code
   * toString()}, {@code length()}, {@code charAt(i)}, {@code write(b)}) gives a new value or
   * nothing, never the buffer.
   */
  public static boolean returnsTheBuffer(String method) {
    return SELF_RETURNING_BUFFER_CALLS.contains(method);
  }

  private static final Set<String> SELF_RETURNING_BUFFER_CALLS = Set.of("append",
      "appendCodePoint", "insert", "delete", "deleteCharAt", "replace", "reverse", "repeat");

  /**
   * Whether {@code name} is a {@code java.lang.ref} reference: what it refers to is not strongly
   * reachable through it (a soft reference is cleared before the VM runs out of memory).
   */
  public static boolean isReference(String name) {
    return name.startsWith("java.lang.ref.");
  }

  /** Whether a value declared as JDK type {@code name} is typically an application object. */
  public static boolean holdsAnyObject(String name) {
    return HOLDS_ANY_OBJECT.contains(name) || name.startsWith("java.util.function.");
  }

  /** The operation a JVM method name and descriptor invokes, if it is one of ours. */
  public static Operation byDescriptor(String name, String descriptor) {
    for (Operation operation : Operation.values()) {
      if (operation.methodName.equals(name) && operation.descriptor.equals(descriptor)) {
        return operation;
      }
    }
    return null;
  }

  /** The operation a source call invokes, by name and argument count, if it is one of ours. */
  public static Operation byName(String name, int argumentCount) {
    for (Operation operation : Operation.values()) {
      if (operation.methodName.equals(name) && operation.parameterCount == argumentCount) {
        return operation;
      }
    }
    return null;
  }

  /**
   * What a call does to the thread's value.
   *
   * @param argument what {@code set} is given (ignored for other operations)
   * @param hasInitialValue whether the thread-local creates a value on first {@code get()}
   */
  public static Effect effect(Operation operation, Argument argument, boolean hasInitialValue) {
    return switch (operation) {
      case SET -> switch (argument) {
        case NULL -> Effect.TAKES_OUT;
        case PREVIOUS_VALUE -> Effect.RESTORES;
        case OTHER -> Effect.PUTS_IN;
      };
      case REMOVE -> Effect.TAKES_OUT;
      case GET -> hasInitialValue ? Effect.PUTS_IN : Effect.READS;
    };
  }

  /** Whether {@code owner.name descriptor} is {@code ThreadLocal.withInitial}. */
  public static boolean isWithInitial(String owner, String name, String descriptor) {
    return THREAD_LOCAL.equals(owner) && WITH_INITIAL.equals(name)
        && (descriptor == null || WITH_INITIAL_DESCRIPTOR.equals(descriptor));
  }

  /**
   * Whether a method declared in a thread-local subclass overrides {@code initialValue()}.
   * {@code descriptor} may be {@code null} for source engines, which check for no parameters.
   */
  public static boolean overridesInitialValue(String name, int parameterCount, String descriptor) {
    return INITIAL_VALUE.equals(name) && parameterCount == 0
        && (descriptor == null || descriptor.startsWith("()L") || descriptor.startsWith("()["));
  }

  /** The JVM internal name ({@code java/lang/ThreadLocal}) of a fully qualified class name. */
  public static String internalName(String fullyQualifiedName) {
    return fullyQualifiedName.replace('.', '/');
  }
}
