package dev.leakproof.checks.model.threadlocal;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * ThreadLocalNotRemoved's decision and sentence, the same in every engine.
 *
 * <p>A put is reported when the value it leaves on a pooled thread pins application classes or
 * grows ({@link HeldValue}), and either the method takes the value out itself but not on every
 * path, or nothing in the class ever takes it out, or the put runs in a task handed to an
 * executor and only code outside the task takes it out (on another thread). When another
 * method of the class takes it out (a begin/end pair), the pairing is the caller's to keep and
 * the rule stays silent. A
 * collection whose elements the class always takes out again in a {@code finally} leaves only an
 * empty JDK collection on the thread, and is not reported either; nor is a buffer the class
 * empties at the start of every use.
 */
public final class ThreadLocalModel {
  private ThreadLocalModel() {}

  /** The finding's sentence for this put, or empty when it leaks nothing worth reporting. */
  public static Optional<String> judge(ThreadLocalPut put) {
    HeldValue held = HeldValue.of(put.valueType());
    if (!held.leaks() || keptOffThread(put)) {
      return Optional.empty();
    }
    String kept = held.describe(put.valueType());
    if (put.operation() == Operation.SET && put.takenOutLaterInScope()) {
      return put.takenOutOnEveryPath()
          ? Optional.empty()
          : Optional.of(notRemovedInFinallyMessage(put.field(), kept));
    }
    if (put.operation() == Operation.SET && put.classTakesOut() && put.setInSubmittedTask()) {
      // The class's removal runs on the thread that submitted the task, not on the pool thread
      // the task set the value on.
      return Optional.of(removedOnAnotherThreadMessage(put.field(), kept));
    }
    return put.classTakesOut() || keptEmpty(held, put) || reusedPerUse(held, put)
        || boundedOwnHelper(held, put)
        ? Optional.empty()
        : Optional.of(neverRemovedMessage(put.field(), put.operation(), kept));
  }

  /**
   * Whether the thread-local is of a class that keeps each thread's value in the thread-local
   * object and only a JDK weak reference in the thread ({@link
   * ThreadLocalApis#keepsValuesOffThread}, ehcache's {@code VicariousThreadLocal}): a pooled
   * thread then pins neither the value nor its class loader, whatever the value is. The class
   * must be the one object the field ever holds ({@link ThreadLocalPut#threadLocalClasses}).
   */
  private static boolean keptOffThread(ThreadLocalPut put) {
    return put.threadLocalClasses().stream().anyMatch(ThreadLocalApis::keepsValuesOffThread);
  }

  /**
   * Whether what stays on the thread is an empty JDK collection: the initial value creates it
   * ({@code withInitial(HashMap::new)}), and every element put into it is taken out again in a
   * {@code finally} (a recursion guard, a stack of nested scopes), so the thread keeps one small
   * JDK object, like any per-thread cache. Or the class pairs its methods like a begin/end pair
   * of {@code set} and {@code remove()}: the methods that add never take out, another method
   * does (Velocity's {@code LogContext}: {@code pushLogContext} pushes, {@code popLogContext}
   * pops, and the callers pop in a {@code finally}), so keeping the pairs is the callers' part,
   * as it is for a {@code set} removed by an {@code end()} method. Undertow's
   * {@code PipeliningExecutor} sets a new {@code LinkedList} on a pool thread, {@code execute}
   * adds the tasks submitted while one runs, and the task's own method drains them with a
   * {@code poll()} loop before it returns. A value given to {@code set} may come filled, so a
   * {@code set} qualifies only with a collection created empty right there.
   */
  private static boolean keptEmpty(HeldValue held, ThreadLocalPut put) {
    ValueType type = put.valueType();
    return held == HeldValue.APPLICATION_OBJECTS && !type.isArray()
        && CollectionApis.isCollectionType(type.name())
        && (put.operation() == Operation.GET || put.setsNewEmptyCollection())
        && (put.elementsTakenOutOnEveryPath() || put.elementsTakenOutByPairedMethod());
  }

  /**
   * Whether a thread-local's value class is the library's own per-thread helper, whose instance
   * fields the engine then lists for {@link ThreadLocalPut#ownHelperFields}: declared in the
   * thread-local's top-level class (that class or one nested in it), a class (not an interface,
   * enum or record), extending nothing but {@code Object}, and holding no outer instance (an
   * inner class keeps an object of its enclosing class, an application object).
   */
  public static boolean isOwnHelperClass(boolean inThreadLocalsTopLevelClass, boolean isClass,
      boolean extendsObject, boolean hasOuterInstance) {
    return inThreadLocalsTopLevelClass && isClass && extendsObject && !hasOuterInstance;
  }

  /** How many classes of a thread-local's chain {@link #threadLocalClasses} keeps at most. */
  public static final int MAX_CLASSES = 16;

  /**
   * The engines' answer to {@link ThreadLocalPut#threadLocalClasses}, from the class of the one
   * object a {@code final} field holds followed by its superclasses, most derived first, as far
   * as the engine can read them (the stream may end early; it is read lazily): the classes before
   * the first JDK class ({@code ThreadLocal}, {@code Object}), at most {@link #MAX_CLASSES}.
   */
  public static List<String> threadLocalClasses(Stream<String> createdThenSuperclasses) {
    return ownClasses(createdThenSuperclasses, name -> name).toList();
  }

  /**
   * Whether a thread-local made with {@code new C()} creates its value on the first {@code get()}:
   * {@code C} or one of its superclasses declares {@code initialValue()} ({@link
   * ThreadLocalApis#overridesInitialValue}), among the same classes as {@link
   * #threadLocalClasses} keeps (before the first JDK class, at most {@link #MAX_CLASSES}). An
   * override in a superclass counts as one in {@code C}: the JDK's {@code get()} calls the
   * inherited method (corpus {@code InitialValueInheritedFromASuperclass}).
   *
   * @param createdThenSuperclasses {@code C}, then its superclasses as far as the engine can read
   *     them (read lazily, up to the first that declares it)
   */
  public static <C> boolean overridesInitialValue(Stream<C> createdThenSuperclasses,
      Function<? super C, String> name, Predicate<? super C> declaresInitialValue) {
    return ownClasses(createdThenSuperclasses, name).anyMatch(declaresInitialValue);
  }

  private static <C> Stream<C> ownClasses(Stream<C> createdThenSuperclasses,
      Function<? super C, String> name) {
    return createdThenSuperclasses.takeWhile(c -> !ThreadLocalApis.isJdkClass(name.apply(c)))
        .limit(MAX_CLASSES);
  }

  /**
   * Whether a method of the class is its own setter of a thread-local ({@link #classTakesOut}):
   * it has one parameter, of a reference type (only such a parameter can be given {@code null};
   * a primitive one reaches {@code set} boxed, never {@code null}), and it sets the thread-local
   * to that parameter ({@code void setCurrent(T t) { F.set(t); }}). Each supplier is asked only
   * when what comes before it holds.
   */
  public static boolean isSetter(int parameters, BooleanSupplier referenceParameter,
      BooleanSupplier setsItToTheParameter) {
    return parameters == 1 && referenceParameter.getAsBoolean()
        && setsItToTheParameter.getAsBoolean();
  }

  /**
   * Whether the object a {@code set} is given ({@code F.set(new LinkedList<>())}, also through an
   * assignment, {@code F.set(q = new LinkedList<>())}) is a new empty collection, the engines'
   * answer to {@link ThreadLocalPut#setsNewEmptyCollection}: made by a constructor without
   * arguments, and not an anonymous subclass, whose body may add elements ({@code new
   * ArrayList<>() {{ add(x); }}}).
   */
  public static boolean createdEmpty(int constructorArguments, boolean anonymousClass) {
    return constructorArguments == 0 && !anonymousClass;
  }

  /**
   * Whether any code of the class (and its nested classes) takes the thread-local's value out,
   * the engines' answer to {@link ThreadLocalPut#classTakesOut}: a call whose effect {@link
   * ThreadLocalApis.Effect#takesOut takes it out} ({@code remove()}, {@code set(null)}, setting
   * the previous value back), a method that hands the previous value to its caller (a scope
   * protocol: its callers set it back), or the class's own setter (a one-parameter method that
   * sets the thread-local to its parameter) called with {@code null} by the class itself. Each
   * supplier is asked only when what comes before it is false.
   *
   * <p>"The class" is the thread-local's top-level class with the classes nested in it, for the
   * setter's {@code null} calls as for every other fact here: a {@code holder.setContext(null)}
   * in another class does not count (corpus {@code SetterCalledWithNullByAnotherClass}). The
   * finding says "never removed in this class", and a reviewer reads it against that class; an
   * answer that took other classes' calls would come and go with what is analysed beside the
   * class (a library's jar on its own or with its users, one source file at a time), and other
   * classes could just as well remove it through an accessor, which no engine follows either.
   * The class that only offers a setter leaves the removal to whoever happens to call it with
   * {@code null}; a {@code remove()} in the class, or a {@code finally} in the class that uses
   * the setter, is the fix the finding asks for.
   *
   * @param someCallTakesOut whether a call on the thread-local in the class takes the value out
   */
  public static boolean classTakesOut(boolean someCallTakesOut,
      BooleanSupplier returnsPreviousValue, BooleanSupplier ownSetterCalledWithNull) {
    return someCallTakesOut || returnsPreviousValue.getAsBoolean()
        || ownSetterCalledWithNull.getAsBoolean();
  }

  /**
   * Whether every element put into a thread-local's collection is taken out again in a {@code
   * finally}: every {@code F.get()} of the class is the receiver of a collection call (a
   * collection held in a local or handed on could grow unseen), at least one of those calls
   * adds, and each that adds is covered by a {@code finally} that takes an element out through
   * {@code F.get()}. The engines answer {@link ThreadLocalPut#elementsTakenOutOnEveryPath} with
   * it.
   *
   * @param callsOnGets for each {@code F.get()} of the class, the collection call it is the
   *     receiver of, or empty when it is not the receiver of one
   * @param adds whether a call adds an element ({@link CollectionApis.Effect#ADDS})
   * @param coveredByTakeOut whether a {@code finally} that takes an element out through {@code
   *     F.get()} covers the call; asked only of calls that add
   */
  public static <C> boolean elementsTakenOutOnEveryPath(List<Optional<C>> callsOnGets,
      Predicate<C> adds, Predicate<C> coveredByTakeOut) {
    boolean added = false;
    for (Optional<C> call : callsOnGets) {
      if (call.isEmpty()) {
        return false;
      }
      if (adds.test(call.get())) {
        added = true;
        if (!coveredByTakeOut.test(call.get())) {
          return false;
        }
      }
    }
    return added;
  }

  /**
   * Whether the methods of a class, given what each does to a thread-local's collection (its
   * collection {@link CollectionApis.Effect effects} per method), pair like {@code set} and
   * {@code remove()}: some method adds, some method takes out, and no method does both (one that
   * does both must take out in a {@code finally}, {@link ThreadLocalPut#elementsTakenOutOnEveryPath}).
   * The engines answer {@link ThreadLocalPut#elementsTakenOutByPairedMethod} with it.
   */
  public static boolean pairedAcrossMethods(
      Collection<? extends Set<CollectionApis.Effect>> effectsPerMethod) {
    boolean adds = false;
    boolean takesOut = false;
    for (Set<CollectionApis.Effect> effects : effectsPerMethod) {
      boolean addsHere = effects.contains(CollectionApis.Effect.ADDS);
      boolean takesOutHere = effects.contains(CollectionApis.Effect.REMOVES);
      if (addsHere && takesOutHere) {
        return false;
      }
      adds |= addsHere;
      takesOut |= takesOutHere;
    }
    return adds && takesOut;
  }

  /**
   * Whether the buffer is a per-thread scratch buffer: every use empties it right after
   * {@code get()} ({@code buf = BUFFERS.get(); buf.setLength(0);}, Jetty's request-log lines), or
   * lends it only to methods that empty it before they fill it (Undertow's {@code
   * URLUtils.decode(.., buffer)} starts with {@code buffer.setLength(0)}; {@link BufferLending}).
   * The value is a JDK object, which pins no application class loader (the servlet containers'
   * criterion: a value class from the JDK does not keep the webapp), and it never holds more than
   * one use's output, so nothing accumulates across the requests a pooled thread serves; its
   * capacity is that of the largest single use, the point of reusing it. Whether one use can be
   * very large is a matter of sizes the code does not show, so the rule does not guess; a buffer
   * that some use fills without emptying it first grows with every call and stays reported.
   */
  private static boolean reusedPerUse(HeldValue held, ThreadLocalPut put) {
    return held == HeldValue.GROWING_BUFFER && put.emptiedForEachRecord();
  }

  /**
   * Whether the value is the library's own per-thread helper whose state is bounded, created by
   * the thread-local's initial value (a populating {@code get()}; a value given to {@code set}
   * is a request's or a caller's, not a per-thread cache): an instance of the class that
   * declares the thread-local (or of a static class nested in it),
   * whose every field holds a JDK value that pins nothing and does not grow ({@link
   * HeldValue#JDK_VALUE} but not a collection: a {@code GregorianCalendar}, an array of
   * {@code SimpleDateFormat}s) or a buffer the class empties for each use. Jetty's {@code DateGenerator} keeps one {@code DateGenerator} per
   * thread, deliberately. Its class is loaded with the thread-local's own class, so it ties no
   * other loader to the thread than the library's own, and as long as it holds no application
   * object and does not grow, it costs one bounded object per thread. A helper class of
   * another file (MyBatis' {@code SQL} builder, a class the application may subclass or fill)
   * and one with a collection, an {@code Object} or an application-typed field stay reported.
   */
  private static boolean boundedOwnHelper(HeldValue held, ThreadLocalPut put) {
    return put.operation() == Operation.GET && held == HeldValue.APPLICATION_CLASS
        && put.ownHelperFields()
        .filter(fields -> fields.stream().allMatch(ThreadLocalModel::boundedState))
        .isPresent();
  }

  private static boolean boundedState(HelperField field) {
    ValueType type = field.type();
    if (type.isKnown() && !type.isArray() && CollectionApis.isCollectionType(type.name())) {
      return false; // a per-thread memo or list grows, whatever it holds
    }
    HeldValue held = HeldValue.of(type);
    return held == HeldValue.JDK_VALUE
        || held == HeldValue.GROWING_BUFFER && field.emptiedByItsClass();
  }

  static String neverRemovedMessage(String field, Operation operation, String kept) {
    String action = operation == Operation.SET ? "set" : "populated by this get()";
    return "'" + field + "' is " + action + " but never removed in this class, so each pooled"
        + " thread keeps " + kept + "; remove() it in a finally after the work";
  }

  static String removedOnAnotherThreadMessage(String field, String kept) {
    return "'" + field + "' is set in a task handed to an executor, which runs it on a pool"
        + " thread, but only code outside the task removes it, on the thread that submitted it:"
        + " the pool thread keeps " + kept + "; remove() it in a finally inside the task";
  }

  static String notRemovedInFinallyMessage(String field, String kept) {
    return "'" + field + "' is taken out again in this method, but not in a finally that covers"
        + " everything after this set: a return or an exception leaves the value on the"
        + " pooled thread, which then keeps " + kept + ". Call set directly before a try whose finally removes it";
  }
}
