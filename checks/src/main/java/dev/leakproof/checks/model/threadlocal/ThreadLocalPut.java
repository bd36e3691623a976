package dev.leakproof.checks.model.threadlocal;

import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import java.util.List;
import java.util.Optional;

/**
 * The facts about one call that puts a value into a static thread-local ({@code set(v)}, or a
 * {@code get()} that creates the initial value), as an engine extracts them. The model asks
 * only what its verdict needs, in order, so an engine may compute each fact on demand.
 */
public interface ThreadLocalPut {
  /** The field's name, as the finding shows it. */
  String field();

  /** {@link Operation#SET}, or {@link Operation#GET} on a thread-local with an initial value. */
  Operation operation();

  /** The thread-local's declared value type. */
  ValueType valueType();

  /**
   * The class of the one object the field ever holds, then its superclasses below
   * {@code ThreadLocal}, most derived first, as far as the engine can see them: the field is
   * {@code final} and its declaration (or the static initializer) creates the object
   * ({@code new VicariousThreadLocal<T>() {…}} gives the anonymous class, then
   * {@code VicariousThreadLocal}; a source engine that cannot name an anonymous class starts at
   * the class it extends). Fully qualified names with dots. Empty when the field is not
   * {@code final} or its object is not created there. Asked first, once the value would leak.
   */
  List<String> threadLocalClasses();

  /**
   * Whether the same method (or lambda) takes the value out ({@code remove()}, {@code set(null)},
   * restoring the previous value) somewhere that can run after this call. Asked for a
   * {@code set} only.
   */
  boolean takenOutLaterInScope();

  /**
   * Whether every path from this call to the end of its method takes the value out again: the
   * call sits in a {@code try} whose {@code finally} does, or directly before one. Asked only
   * when {@link #takenOutLaterInScope()}.
   */
  boolean takenOutOnEveryPath();

  /**
   * Whether this {@code set} runs in a task handed to an executor: the lambda around it is given
   * straight to {@code execute}/{@code submit}/{@code schedule…} on a JDK executor type
   * ({@link dev.leakproof.checks.knowledge.ThreadLocalApis#runsTaskOnPoolThread}). It then runs
   * on a pool thread, and only a removal inside that task takes the value out of it. Asked for a
   * {@code set} its own lambda does not take out again, when the class takes the value out
   * elsewhere.
   */
  boolean setInSubmittedTask();

  /**
   * Whether any code of the class (and its nested classes) takes this thread-local's value out:
   * {@code remove()}, {@code set(null)}, setting a previous value back, or calling with
   * {@code null} the class's own setter (a one-parameter method that sets the thread-local to its
   * parameter).
   */
  boolean classTakesOut();

  /**
   * Whether the class keeps the thread-local's collection empty between uses: it adds to it
   * somewhere, every call that adds ({@code F.get().put(k, v)}, {@code add}, {@code push}, …) is
   * covered by a {@code finally} that takes an element out of it again ({@code remove},
   * {@code poll}, {@code clear}, …), and the collection goes nowhere else (no other code can add
   * to it unseen). Asked only for a populating {@code get()}, or a {@code set} of a new empty
   * collection ({@link #setsNewEmptyCollection()}), of a JDK collection or map whose elements can
   * be application objects, after the criteria above would report it.
   */
  boolean elementsTakenOutOnEveryPath();

  /**
   * Whether the class pairs adding and taking out in different methods: some method adds to the
   * thread-local's collection (through {@code F.get()} directly or a local holding it), some
   * method takes elements out of it ({@code pop}, {@code poll}, {@code remove}, {@code clear},
   * …), and no method does both (a method that does both must take out in a {@code finally},
   * {@link #elementsTakenOutOnEveryPath()}). Asked after that, for the same values.
   */
  boolean elementsTakenOutByPairedMethod();

  /**
   * Whether the value given to {@code set} is a collection created right there by its
   * no-argument constructor ({@code F.set(new LinkedList<>())}, {@code F.set(queue = new
   * ArrayDeque<>())}): it starts empty, as an initial value does, so what the thread keeps
   * depends only on how the class adds and takes out its elements. Asked only for a {@code set}
   * of a JDK collection, after the criteria above would report it.
   */
  boolean setsNewEmptyCollection();

  /**
   * Whether every use of the buffer holds one record: the value of every {@code get()} of the
   * thread-local in the class is emptied before anything fills it, as {@link
   * BufferLending#emptiedBeforeEveryFill} follows it (an engine gives each mention's {@link
   * BufferLending.Step}): stored in a local whose very next statement empties it ({@code buf =
   * F.get(); buf.setLength(0);}, {@link
   * dev.leakproof.checks.knowledge.ThreadLocalApis#emptiesBuffer}), or lent, through locals and
   * private methods of the class, to methods that empty it first (Undertow's {@code
   * URLUtils.decode(.., buffer)}, in another file). There is at least one such {@code get()}.
   * Asked only for a growing buffer, after the criteria above would report it.
   */
  boolean emptiedForEachRecord();

  /**
   * The instance fields of the value's class when that class is the library's own per-thread
   * helper: declared in the same top-level class as the thread-local (that class itself, or a
   * static nested class of it), extending nothing but {@code Object}. Empty when it is not (a
   * class of another file, an inner class, which holds its outer instance, another superclass,
   * or the engine cannot tell). Asked only for a populating {@code get()} of a value of an
   * application class, after the criteria above would report it.
   */
  Optional<List<HelperField>> ownHelperFields();
}
