package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.SourceTree;
import dev.leakproof.checks.model.SourceTree.Block;
import dev.leakproof.checks.model.SourceTree.ExpressionStatement;
import dev.leakproof.checks.model.SourceTree.Throw;
import dev.leakproof.checks.model.SourceTree.Try;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Rule#UNCLOSED_RESOURCE} decides and says about a resource a class opens into one of
 * its own instance fields: the class owns it, so its release method ({@code close()}, {@code
 * shutdown()}, …) must release it. An engine extracts, per class, the {@link OwnedField}s (a store
 * of a freshly acquired resource into an instance field declared by the class) and, per method of
 * the class, its {@link MethodUses}; {@link #judge} returns one finding per forgotten field, at
 * the store into the field (where the class takes ownership, and a line every engine sees: the
 * bytecode's line table has none for a method's declaration), naming the field and the release
 * method that forgets it.
 *
 * <p>Several stores into one field give one finding, at the first store in source order (the
 * lowest line): the fix is one, closing the field in the release method, whichever store put the
 * value there; a finding per store would repeat it.
 *
 * <p>A store that overwrites a value still open is a leak of its own ({@link #reassignedWhileOpen}),
 * judged only for a field the class does close and where the old value is certainly open: every
 * constructor opened it, only the release method closes it, and a method called from outside
 * the class stores a new resource into it before doing anything with the field.
 *
 * <p>Silent, precision first, when the class has no release method (a long-lived object whose
 * lifetime is the process's; nothing says when the field should be closed), when the field leaves
 * the class's hands anywhere (passed to code that may keep or close it, copied to another
 * variable, or returned by a method that then lets go of it), when any method of the class releases it (a worker thread's loop that closes the
 * selector once {@code close()} raised a flag: the engines cannot tell that this method runs
 * after the release method, so it counts), and when the release method calls a method of the
 * class whose body the engine cannot see (an abstract hook a subclass implements may well close
 * it). A release is known as the engines know it for a local: a call on the field, a closing
 * helper of the tables by its class, or a method whose body closes its parameter ({@link
 * #asArgumentOf}); a getter's {@code return} releases nothing ({@link #asReturned}).
 */
public final class OwningFieldModel {
  private OwningFieldModel() {}

  /**
   * Names of the methods that end an object's life, in the order a finding prefers them when a
   * class has several that all forget the field.
   */
  private static final List<String> RELEASE_METHODS =
      List.of("close", "shutdown", "stop", "release", "dispose", "destroy");

  /** Calls on a resource that release it: {@code close()}, an executor's or event loop's shutdown. */
  private static final Set<String> RELEASING_CALLS = Set.of("close", "shutdown", "shutdownNow",
      "shutdownGracefully", "stop", "release", "dispose", "destroy", "disconnect", "terminate",
      "closeQuietly");

  /**
   * Whether a method of this name and parameter count ends the object's life: a no-argument
   * {@code close}, {@code shutdown}, {@code stop}, {@code release}, {@code dispose} or {@code
   * destroy}.
   */
  public static boolean isReleaseMethod(String name, int parameterCount) {
    return parameterCount == 0 && RELEASE_METHODS.contains(name);
  }

  /** What one mention of an owned field does with its value, as {@link MethodUses} records it. */
  public enum Use {
    /**
     * Releases it: {@code file.close()}, {@code closeQuietly(file)}, {@code IoUtils.safeClose(file)},
     * a helper whose body closes it, {@code try (file)}.
     */
    RELEASES,
    /** Gives it to code that may keep or close it, or copies it: followed no further. */
    HANDS_OVER,
    /** Only uses it ({@code file.read(buffer)}, {@code props.load(in)}, a null check, a getter's return). */
    USES
  }

  /** The field's value as the receiver of {@code methodName}: {@code file.close()} releases it. */
  public static Use asReceiverOf(String methodName) {
    return RELEASING_CALLS.contains(methodName) ? Use.RELEASES : Use.USES;
  }

  /**
   * The field's value as an argument of {@code methodName}. It releases the field when the call
   * closes what it is given, as the engines' walk of a local knows it: a closing helper of the
   * tables ({@code closesIt}: {@link ResourceApis#closesArguments}, by its class, such as XNIO's
   * {@code IoUtils.safeClose(f)}, Guava's {@code Closeables.close(f, true)}, or a quiet-close
   * name), or a method whose body closes that parameter ({@link CalleeSummary#CLOSES} on every
   * normal exit; {@link CalleeSummary#CLOSES_ON_SOME_EXITS} counts too, as a close inside an
   * {@code if} of the class's own code does). A body the engine read that only borrows it
   * ({@link CalleeSummary#BORROWS}) only uses it, whatever its name. Otherwise the name decides
   * (code the engine cannot read, or a body that gives the value on): a releasing call ({@code
   * AutoCloseables.close(a, b)}) releases it; a method named to keep what it is given ({@code
   * closeables.add(f)}, {@code closer.register(f)}, {@code executor.submit(f)}, {@code
   * other.setInput(f)}) may take it over; any other call only uses it ({@code
   * authenticate(sock)}, {@code props.load(in)}): unlike a local, the field still holds the value
   * afterwards, so the class stays its owner.
   *
   * @param closesIt the tables say the call closes its arguments (the engine's own test for a
   *     local given to it)
   * @param callee what the called method's body does with this argument; {@link
   *     CalleeSummary#UNKNOWN} when the engine cannot read it
   */
  public static Use asArgumentOf(String methodName, boolean closesIt, CalleeSummary callee) {
    if (closesIt || callee == CalleeSummary.CLOSES
        || callee == CalleeSummary.CLOSES_ON_SOME_EXITS
        || callee == CalleeSummary.CLOSES_UNLESS_IT_THROWS) {
      return Use.RELEASES;
    }
    if (callee == CalleeSummary.BORROWS) {
      return Use.USES; // its body keeps nothing and closes nothing
    }
    if (RELEASING_CALLS.contains(methodName) || ResourceApis.isQuietCloseHelper(methodName)) {
      return Use.RELEASES;
    }
    for (String keeps : KEEPING_CALL_PREFIXES) {
      if (methodName.startsWith(keeps)) {
        return Use.HANDS_OVER;
      }
    }
    return Use.USES;
  }

  /**
   * The field's value returned by a method of the class. A getter ({@code return in;}) lends it:
   * the field still holds it, so the class still owns it and must close it. It is handed over
   * when the method lets go of the field after returning its value, so that the caller ends up
   * its only holder: a {@code finally} of the {@code try} the {@code return} is in stores into the
   * field ({@code try { return in; } finally { in = null; }}, a {@code detach()} or {@code
   * takeStream()}). (The other way to write it, {@code InputStream s = in; in = null; return s;},
   * copies the field to a local, which hands it over already; in bytecode both are that copy.)
   *
   * @param storedAfterReturn a {@code finally} that runs after this {@code return} assigns the field
   */
  public static Use asReturned(boolean storedAfterReturn) {
    return storedAfterReturn ? Use.HANDS_OVER : Use.USES;
  }

  /** Names of calls that may keep what they are given: collections, registries, setters, executors. */
  private static final List<String> KEEPING_CALL_PREFIXES = List.of("add", "put", "offer", "push",
      "register", "set", "attach", "submit", "execute", "schedule", "adopt", "manage", "own",
      "track", "start");

  /** Adds {@code field} to the set of {@link MethodUses} that {@code use} belongs in. */
  public static void record(Use use, String field, Set<String> releases, Set<String> handsOver) {
    if (use == Use.RELEASES) {
      releases.add(field);
    } else if (use == Use.HANDS_OVER) {
      handsOver.add(field);
    }
  }

  /**
   * A resource stored into an instance field the class declares: the field's name, the
   * acquisition's type as the finding names it ({@code FileChannel}) and the line of the store.
   *
   * @param method the name of the method that stores it ({@code <init>} for constructors and
   *     initializers; null when not known)
   * @param overwrites whether the store overwrites whatever the field held when the method was
   *     entered: the method is not a constructor, the store is in neither a loop nor a lambda, and
   *     before it on every path the method neither mentions the field nor calls a method of the
   *     class (which might close it)
   */
  public record OwnedField(String field, String type, int storedAtLine, String method,
      boolean overwrites) {
    public OwnedField {
      type = type == null ? null : UnclosedResourceModel.simpleName(type);
    }

    public OwnedField(String field, String type, int storedAtLine) {
      this(field, type, storedAtLine, null, false);
    }
  }

  /**
   * How one method (or constructor, or initializer) of the class uses the class's fields.
   *
   * @param name the method's name ({@code <init>} for constructors and initializers)
   * @param parameterCount its parameter count
   * @param releases fields it releases: {@code f.close()}, {@code f.shutdown()}, {@code
   *     closeQuietly(f)}, {@code try (f)}
   * @param handsOver fields whose value it gives away: passed to a constructor (a wrapper) or to
   *     a call that may keep it ({@link #asArgumentOf}), copied to a local, another field or an
   *     array, or returned and let go of ({@link #asReturned})
   * @param calls names of the class's own methods it calls (on {@code this}, written or not)
   * @param callsUnseen whether it calls a method of {@code this} the class does not declare with
   *     a body (abstract, or inherited): what that does is unknown
   * @param storesOther fields it assigns anything but a freshly opened resource ({@code null}, a
   *     parameter, another variable)
   */
  public record MethodUses(String name, int parameterCount, Set<String> releases,
      Set<String> handsOver, Set<String> calls, boolean callsUnseen, Set<String> storesOther) {
    public MethodUses(String name, int parameterCount, Set<String> releases,
        Set<String> handsOver, Set<String> calls, boolean callsUnseen) {
      this(name, parameterCount, releases, handsOver, calls, callsUnseen, Set.of());
    }
  }

  /**
   * A field the class owns and never closes: its first store (where to point), the release method
   * that forgets it, and the sentence.
   */
  public record Finding(OwnedField store, String releaseMethod, String sentence) {
    public String field() {
      return store.field();
    }

    public int line() {
      return store.storedAtLine();
    }
  }

  /**
   * One finding per owned field that no method of the class releases, at its first store, in the
   * order of those lines; empty when the class has no release method or may release the fields in
   * code the engine cannot see.
   */
  public static List<Finding> judge(List<OwnedField> owned, List<MethodUses> methods) {
    return judge(owned, methods, Set.of());
  }

  /**
   * {@link #judge(List, List)}, and then one finding per store that overwrites a value certainly
   * still open ({@link #reassignedWhileOpen}), in the order of their lines.
   *
   * @param openedAtConstruction the fields every constructor of the class leaves holding a
   *     resource it opened (on every path that returns normally), directly or through {@code
   *     this(..)}, or that an initializer opens
   */
  public static List<Finding> judge(List<OwnedField> owned, List<MethodUses> methods,
      Set<String> openedAtConstruction) {
    return judge(owned, methods, openedAtConstruction, List.of());
  }

  /**
   * A constructor that stores a freshly opened resource into a field ({@code store}, a statement
   * of the constructor's own body that runs on every path) and later, outside any {@code try},
   * calls {@code call}, whose throws clause names a checked exception: when it throws, the
   * half-built object is never returned, and nobody can close the field.
   *
   * @param call the throwing call's method name ({@code readHeader}), or a constructor's type
   *     however the engine spells it ({@code java/io/FileOutputStream}, {@code FileOutputStream})
   * @param isConstructor whether {@code call} is a constructor: the sentence then names it as
   *     every sentence names one, "`new FileOutputStream(…)`"
   */
  public record FailsAfterStore(OwnedField store, String call, boolean isConstructor) {}

  /**
   * {@link #judge(List, List, Set)}, and then one finding per store a constructor may fail after
   * ({@link FailsAfterStore}) into a field the class does close and nothing hands over (a field
   * nothing closes is already reported as never closed), the first such store of each field.
   */
  public static List<Finding> judge(List<OwnedField> owned, List<MethodUses> methods,
      Set<String> openedAtConstruction, List<FailsAfterStore> failures) {
    if (owned.isEmpty()) {
      return List.of();
    }
    MethodUses release = methods.stream()
        .filter(m -> isReleaseMethod(m.name(), m.parameterCount()))
        .min(Comparator.comparingInt(m -> RELEASE_METHODS.indexOf(m.name())))
        .orElse(null);
    if (release == null) {
      return List.of(); // no lifecycle end: a process-long object, or a subclass's business
    }
    for (MethodUses start : methods) {
      if (isReleaseMethod(start.name(), start.parameterCount()) && runsUnseenCode(start, methods)) {
        return List.of(); // a release path runs code we cannot see: it may close anything
      }
    }
    Set<String> released = new HashSet<>();
    Set<String> handedOver = new HashSet<>();
    methods.forEach(m -> {
      released.addAll(m.releases());
      handedOver.addAll(m.handsOver());
    });
    List<Finding> findings = forgotten(owned, release, released, handedOver);
    findings.addAll(reassignedWhileOpen(owned, methods, openedAtConstruction));
    findings.addAll(failedConstruction(failures, released, handedOver));
    return findings;
  }

  private static List<Finding> failedConstruction(List<FailsAfterStore> failures,
      Set<String> released, Set<String> handedOver) {
    Set<String> reported = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    failures.stream().sorted(Comparator.comparingInt(f -> f.store().storedAtLine())).forEach(f -> {
      String field = f.store().field();
      if (released.contains(field) && !handedOver.contains(field) && reported.add(field)) {
        findings.add(new Finding(f.store(), "<init>", failedConstructionSentence(f)));
      }
    });
    return findings;
  }

  private static List<Finding> forgotten(List<OwnedField> owned, MethodUses release,
      Set<String> released, Set<String> handedOver) {
    Map<String, OwnedField> firstStore = new LinkedHashMap<>();
    owned.stream().sorted(Comparator.comparingInt(OwnedField::storedAtLine))
        .forEach(f -> firstStore.putIfAbsent(f.field(), f));
    List<Finding> findings = new ArrayList<>();
    for (OwnedField field : firstStore.values()) {
      if (!released.contains(field.field()) && !handedOver.contains(field.field())) {
        findings.add(new Finding(field, release.name(), sentence(release.name(), field)));
      }
    }
    return findings;
  }

  /**
   * The stores that overwrite a resource certainly still open: the field is opened by every
   * constructor ({@code openedAtConstruction}), closed by the class and only at the end of its
   * life (no method but a release method, or methods only other methods of the class call,
   * closes it; nothing hands it over; nothing but fresh resources is stored into it outside the
   * release methods), and a method called only from outside the class stores a new resource
   * into it before doing anything else with the field ({@link OwnedField#overwrites}). Then the
   * old value, open since construction, is lost at the store. Silent when the method first
   * closes the field ({@code if (sock != null) sock.close();}, {@code closeQuietly(sock)}, a
   * helper of the class), tests it, or runs on an object whose field may be null or closed.
   */
  private static List<Finding> reassignedWhileOpen(List<OwnedField> owned,
      List<MethodUses> methods, Set<String> openedAtConstruction) {
    Set<String> calledWithin = new HashSet<>();
    methods.forEach(m -> calledWithin.addAll(m.calls()));
    List<Finding> findings = new ArrayList<>();
    owned.stream().sorted(Comparator.comparingInt(OwnedField::storedAtLine)).forEach(store -> {
      String method = store.method();
      if (store.overwrites() && method != null && !method.equals("<init>")
          && !RELEASE_METHODS.contains(method) && !calledWithin.contains(method)
          && openedAtConstruction.contains(store.field())
          && closedOnlyAtTheEnd(store.field(), methods, calledWithin)) {
        findings.add(new Finding(store, method, reassignedSentence(method, store)));
      }
    });
    return findings;
  }

  /**
   * Whether the class closes {@code field}, and only at the end of its life: every method that
   * may close it (itself, or through methods of the class it calls) is a release method or is
   * called only by other methods of the class; nothing hands it over, and no method but a
   * release method or a constructor (whose stores {@code openedAtConstruction} has judged) stores
   * anything but a fresh resource into it.
   */
  private static boolean closedOnlyAtTheEnd(String field, List<MethodUses> methods,
      Set<String> calledWithin) {
    Set<String> mayRelease = new HashSet<>();
    for (MethodUses m : methods) {
      if (m.handsOver().contains(field)
          || m.storesOther().contains(field) && !m.name().equals("<init>")
              && !isReleaseMethod(m.name(), m.parameterCount())) {
        return false;
      }
      if (m.releases().contains(field)) {
        mayRelease.add(m.name());
      }
    }
    if (mayRelease.isEmpty()) {
      return false;
    }
    for (boolean grew = true; grew; ) {
      grew = false;
      for (MethodUses m : methods) {
        if (!mayRelease.contains(m.name()) && m.calls().stream().anyMatch(mayRelease::contains)) {
          grew = mayRelease.add(m.name());
        }
      }
    }
    for (MethodUses m : methods) {
      if (mayRelease.contains(m.name()) && !isReleaseMethod(m.name(), m.parameterCount())
          && (m.name().equals("<init>") || !calledWithin.contains(m.name()))) {
        return false; // closed by a method called from outside: it may be closed, or null
      }
    }
    return true;
  }

  /**
   * Whether {@code start}, or a method of the class it calls, transitively, calls a method the
   * engine cannot see.
   */
  private static boolean runsUnseenCode(MethodUses start, List<MethodUses> methods) {
    Deque<MethodUses> work = new ArrayDeque<>(List.of(start));
    Set<MethodUses> seen = new HashSet<>();
    while (!work.isEmpty()) {
      MethodUses method = work.pop();
      if (!seen.add(method)) {
        continue;
      }
      if (method.callsUnseen()) {
        return true;
      }
      for (MethodUses callee : methods) {
        if (!callee.name().equals("<init>") && method.calls().contains(callee.name())) {
          work.push(callee);
        }
      }
    }
    return false;
  }

  /**
   * "`sock` is reassigned here while it still holds an open `Socket`: `reconnect()` does not
   * close the old one first, …".
   */
  static String reassignedSentence(String method, OwnedField store) {
    String what = store.type() == null ? "resource" : "`" + store.type() + "`";
    return "`" + store.field() + "` is reassigned here while it still holds an open " + what + ": "
        + UnclosedResourceModel.call(method) + " does not close the old one first, and once it is"
        + " overwritten nothing can; close it before storing the new one";
  }

  /**
   * "`in`, the `FileInputStream` stored here, stays open if `readHeader()` throws: the
   * constructor fails, …".
   */
  static String failedConstructionSentence(FailsAfterStore failure) {
    OwnedField field = failure.store();
    String what = field.type() == null ? "the resource" : "the `" + field.type() + "`";
    String call = failure.isConstructor() ? UnclosedResourceModel.constructor(failure.call())
        : UnclosedResourceModel.call(failure.call());
    return "`" + field.field() + "`, " + what + " stored here, stays open if " + call + " throws: the constructor fails, and"
        + " nobody can close a half-built object; close it before the exception leaves the"
        + " constructor";
  }

  /**
   * "`file`, the `FileChannel` stored here, is never closed: `close()` does not close it, nor does
   * any other method of the class; …".
   */
  static String sentence(String releaseMethod, OwnedField field) {
    String what = field.type() == null ? "the resource" : "the `" + field.type() + "`";
    return "`" + field.field() + "`, " + what + " stored here, is never closed: "
        + UnclosedResourceModel.call(releaseMethod)
        + " does not close it, nor does any other method of the class; close it in "
        + UnclosedResourceModel.call(releaseMethod)
        + " so it does not outlive the object that owns it";
  }

  /**
   * The fields every constructor leaves holding a resource it opened ({@link #judge}'s {@code
   * openedAtConstruction}): those a field initializer opens, and those every constructor that
   * does not call {@code this(..)} opens on every path that returns normally (a constructor that
   * calls {@code this(..)} opens what the one it calls opens). With no such constructor, only the
   * initializers count.
   *
   * @param initialized the fields a field initializer opens (none in bytecode, where the
   *     initializers are part of each constructor)
   * @param openedByConstructor for each constructor, the fields it opens on every path that
   *     returns normally, or null when it calls {@code this(..)}
   */
  public static Set<String> openedAtConstruction(Set<String> initialized,
      List<Set<String>> openedByConstructor) {
    Set<String> byEvery = null;
    for (Set<String> fields : openedByConstructor) {
      if (fields == null) {
        continue;
      }
      if (byEvery == null) {
        byEvery = new HashSet<>(fields);
      } else {
        byEvery.retainAll(fields);
      }
    }
    Set<String> opened = new HashSet<>(initialized);
    if (byEvery != null) {
      opened.addAll(byEvery);
    }
    return opened;
  }

  /**
   * Whether a store into a field runs on every path through a constructor that returns normally,
   * from the syntax ({@code openedAtConstruction} of {@link #judge(List, List, Set)}): it is a
   * statement of the constructor's own body, or of a {@code try} block that is one, whose every
   * {@code catch} ends by throwing (one that ends otherwise returns an object whose store may not
   * have run).
   *
   * @param path the store (the assignment) and its ancestors, innermost first, up to {@code
   *     body} (included) or the top of the tree
   * @param body the constructor's body
   */
  public static <N> boolean storedOnEveryNormalPath(SourceTree<N> tree, List<N> path, N body) {
    if (path.size() < 3 || !(tree.shape(path.get(1)) instanceof ExpressionStatement<N>)
        || !(tree.shape(path.get(2)) instanceof Block<N>)) {
      return false;
    }
    if (path.get(2) == body) {
      return true;
    }
    return path.size() > 4 && path.get(4) == body
        && tree.shape(path.get(3)) instanceof Try<N> attempt && attempt.block() == path.get(2)
        && attempt.catchBlocks().stream().allMatch(handler -> endsByThrowing(tree, handler));
  }

  private static <N> boolean endsByThrowing(SourceTree<N> tree, N block) {
    List<N> statements = tree.shape(block) instanceof Block<N> b ? b.statements() : List.of();
    return !statements.isEmpty()
        && tree.shape(statements.get(statements.size() - 1)) instanceof Throw<N>;
  }
}
