package dev.leakproof.checks.knowledge;

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
    READS
  }

  private ThreadLocalApis() {}

  /**
   * The finding's sentence when nothing in the class takes the value out, the same in every
   * engine. {@code what} names the thread-local ("'CONTEXT'"); {@code operation} is the call
   * reported ({@link Operation#SET} or a populating {@link Operation#GET}).
   */
  public static String neverRemovedMessage(String what, Operation operation) {
    String action = operation == Operation.SET ? "set" : "populated by this get()";
    return what + " is " + action + " but never removed in this class, so pooled threads keep"
        + " the value; remove() it in a finally after the work";
  }

  /** The finding's sentence when the method takes the value out, but not on every path. */
  public static String notRemovedInFinallyMessage(String what) {
    return what + " is taken out again in this method, but not in a finally that covers"
        + " everything after this set: a return or an exception leaves the value on the thread."
        + " Call set directly before a try whose finally removes it";
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
