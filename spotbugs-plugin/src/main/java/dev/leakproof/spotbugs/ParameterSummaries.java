package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.PathFact;
import dev.leakproof.checks.model.resource.PathFacts;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.ResourcePaths;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.ArgumentUse;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.Outcome;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * Ownership summaries of the application's own methods (issue #10): what a method whose body the
 * analysis can read does with a resource its caller passes in, found by following the parameter
 * through the callee with the same {@link ResourcePaths} walk that follows an acquisition;
 * constructors included ({@code new Header(in)} that only reads a few bytes borrows, {@code new
 * Source(in)} that stores it keeps). A callee that stores, returns or passes the parameter on, on
 * some path, keeps it: the call takes it over, whatever its name and result say ({@code
 * findFormat(in)} returning a match that holds the stream). One that closes it on every path
 * (try-with-resources, a quiet close in {@code finally}) takes it over too, as {@link
 * CalleeSummary} reads such a body for every engine. One that never closes, stores, returns or passes it on borrows it: its caller must
 * still close it ({@code Binder.bind(statement, i, value)}); only a method that cannot be
 * overridden (static, private or final, or of a final class) is trusted to borrow, since another
 * body may run in its place. One that closes it on every path but where a wrapper of it cannot
 * be built ({@code new InputStreamReader(in, charsetName)} in its try-with-resources) keeps it.
 * One that closes it on a normal path and returns with it open on another ({@code
 * closeUnless(in, keep)}) leaves it with its caller ({@link ArgumentUse#CLOSES_ON_SOME_EXITS},
 * trusted like a borrow, from a body no override replaces); the branch of a null check where the
 * parameter is null ({@code if (null != ac) ac.close()}, Ant's {@code FileUtils.close}) is not
 * such an exit, the walk does not take it. Any other callee that closes it on some paths only, or
 * a walk that gives up, is no summary, and
 * the call is judged as before, by the tables and the call's shape. Nesting stops a few calls
 * deep; a recursion stays unknown. Constructors reached by {@code this(..)} or {@code super(..)}
 * are summarised like those reached by {@code new}. A body no override replaces that gives the
 * parameter away only in a closeable view of it that it returns ({@code out =
 * socket.getOutputStream(); ..; return out;}) borrows it at a call whose result is used at once
 * ({@code send(socket, ..).flush()}) and keeps it elsewhere, as {@link CalleeSummary} decides for
 * every engine. The same reading answers, for a
 * creating-named method of another application class, whether its body is a factory's ({@link
 * #isFactory}).
 *
 * <p>One instance serves a whole SpotBugs run ({@link UnclosedResourceDetector} keeps it): a
 * summary is the callee's, whoever calls it, so a helper called from many classes is read once,
 * not once per calling class. The call models of the classes whose bodies were read are memos of
 * one class's analysis and are dropped before the next ({@link #startClass}): kept for the run,
 * they would hold a constant pool for every application class.
 */
final class ParameterSummaries {
  private final CalleeAnswers<Judged> answers = new CalleeAnswers<>(CalleeSummary.MAX_NESTED_CALLS);
  private final CalleeAnswers<Boolean> factories = new CalleeAnswers<>(CalleeSummary.MAX_NESTED_CALLS);
  private final Map<String, ResourceCallModel> modelsByClass = new HashMap<>();
  private final Map<String, OwnFactories> factoriesByClass = new HashMap<>();

  /**
   * Drops the call models of the bodies read for the previous class (their memos answer only
   * questions of the tables and the hierarchy, which the next class asks again if it needs them);
   * the summaries themselves stay.
   */
  void startClass() {
    modelsByClass.clear();
    factoriesByClass.clear();
  }

  /**
   * What a body does with the parameter, whatever the call site: {@code summary}, and whether it
   * keeps it only in a closeable view it returns ({@link ResourcePaths#returnsOnlyAView}), which
   * the call site's use of the result decides.
   */
  private record Judged(CalleeSummary summary, boolean leavesOnlyAsReturnedView) {}

  /**
   * Whether the method {@code call} calls closes its argument {@code argument} on every path, or
   * only uses it and leaves it open (a body no override replaces): it keeps nothing of it.
   */
  boolean closesOrBorrows(InvokeInstruction call, ConstantPoolGen cpg, int argument) {
    CalleeSummary summary = summary(call, cpg, argument);
    return summary == CalleeSummary.CLOSES || summary == CalleeSummary.BORROWS;
  }

  /**
   * What the method {@code call} calls does with its argument {@code argument}, in the words of
   * {@link CalleeSummary}: {@link CalleeSummary#UNKNOWN} when its body cannot be read or says
   * nothing for sure. What a class's own field given to the call becomes ({@code
   * OwningFieldModel.asArgumentOf}).
   */
  CalleeSummary summary(InvokeInstruction call, ConstantPoolGen cpg, int argument) {
    Judged judged = judged(call, cpg, argument);
    return judged == null ? CalleeSummary.UNKNOWN : judged.summary();
  }

  /**
   * What the method {@code call} calls does with its argument {@code argument}; null when its
   * body cannot be read or says nothing for sure.
   *
   * @param resultUsedAtOnce the call's value is only the receiver of the next call, or dropped
   */
  ArgumentUse use(InvokeInstruction call, ConstantPoolGen cpg, int argument,
      boolean resultUsedAtOnce) {
    Judged judged = judged(call, cpg, argument);
    if (judged == null) {
      return null;
    }
    // send(socket, ..).flush(): the view is gone after the call, the caller still owns the socket
    return of(judged.leavesOnlyAsReturnedView()
        ? CalleeSummary.ofBody(
            PathFacts.of(PathFact.HANDED_OVER_SOMEWHERE, PathFact.LEAVES_ONLY_AS_RETURNED_VIEW),
            resultUsedAtOnce, () -> PathFacts.NONE)
        : judged.summary());
  }

  /** What the callee's body does with argument {@code argument}; null when unknown. */
  private Judged judged(InvokeInstruction call, ConstantPoolGen cpg, int argument) {
    if (argument < 0 || call instanceof INVOKEDYNAMIC) {
      return null;
    }
    String owner = call.getClassName(cpg);
    String name = call.getMethodName(cpg);
    String signature = call.getSignature(cpg);
    return answers.answer(owner + "." + name + signature + "#" + argument,
        () -> judge(owner, name, signature, argument)).orElse(null);
  }

  /** The walk's name for a summary {@link CalleeSummary} decided; null for unknown. */
  private static ArgumentUse of(CalleeSummary summary) {
    return switch (summary) {
      case BORROWS -> ArgumentUse.BORROWS;
      case TAKES, CLOSES -> ArgumentUse.KEEPS;
      case CLOSES_ON_SOME_EXITS -> ArgumentUse.CLOSES_ON_SOME_EXITS;
      // never judged here (summaryOf: this walk judges a leak on a throw itself)
      case CLOSES_UNLESS_IT_THROWS, UNKNOWN -> null;
    };
  }

  private Judged judge(String owner, String name, String signature, int argument) {
    JavaClass type = ApplicationClasses.lookup(owner).orElse(null);
    if (type == null) {
      return null; // a library's body (the tables and the call's shape judge it), or a missing class
    }
    Method method = Declarations.declared(type, name, signature);
    Code code = method == null ? null : method.getCode();
    if (code == null) {
      return null; // inherited, abstract or native
    }
    if (argument >= method.getArgumentTypes().length) {
      return null;
    }
    int slot = Declarations.slotOf(method, argument);
    InstructionGraph graph = InstructionGraph.of(code);
    if (graph == null) {
      return null;
    }
    ResourceCallModel calls = modelOf(type);
    Outcome outcome =
        ResourcePaths.followParameter(graph, calls.constantPool(), calls, slot, code.getMaxLocals());
    boolean cannotBeOverridden = Declarations.cannotBeOverridden(type, method);
    CalleeSummary summary = summaryOf(outcome, cannotBeOverridden);
    if (summary == CalleeSummary.UNKNOWN) {
      return null;
    }
    // a body no override replaces, which only returns a view of the parameter: read again with
    // the view followed apart (only then, since most bodies that keep it store or return it)
    boolean onlyAsView = summary.takes() && cannotBeOverridden
        && !outcome.has(PathFact.CLOSED_SOMEWHERE) && !outcome.has(PathFact.VIEW_HANDED_ON)
        && ResourcePaths.returnsOnlyAView(graph, calls.constantPool(), calls, slot,
            code.getMaxLocals());
    return new Judged(summary, onlyAsView);
  }

  /**
   * Whether the method {@code name} with {@code signature}, called on the application class
   * {@code owner} from another class, has a body that is a factory's ({@link
   * dev.leakproof.checks.model.resource.ResourceFactories#isFactory}), read as {@link
   * OwnFactories} reads a class's own: JGit's {@code TemporaryBuffer.openInputStream()} over
   * heap blocks is none, a buffer's that returns {@code new FileInputStream(file)} is one. The
   * body is the nearest declaration in {@code owner}'s superclass chain; false when there is
   * none to read (the caller judges such a call by its name).
   */
  boolean isFactory(String owner, String name, String signature) {
    return factories.answer(owner + "." + name + signature,
        () -> judgeFactory(owner, name, signature)).orElse(false);
  }

  private boolean judgeFactory(String owner, String name, String signature) {
    try {
      for (JavaClass type = AnalysisContext.currentAnalysisContext().lookupClass(owner);
          type != null; type = type.getSuperClass()) {
        if (Declarations.declared(type, name, signature) != null) {
          JavaClass declaring = type;
          return AnalysisContext.currentAnalysisContext()
              .isApplicationClass(declaring.getClassName())
              && factoriesByClass.computeIfAbsent(declaring.getClassName(),
                  c -> new OwnFactories(declaring, modelOf(declaring).constantPool(),
                      modelOf(declaring))).declaresFactory(name, signature);
        }
      }
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
    }
    return false;
  }

  /** The call model of {@code type}'s constant pool, with these summaries. */
  private ResourceCallModel modelOf(JavaClass type) {
    return modelsByClass.computeIfAbsent(type.getClassName(),
        o -> new ResourceCallModel(new ConstantPoolGen(type.getConstantPool()), this));
  }

  /**
   * The summary the callee's paths give, as {@link CalleeSummary#ofBody} reads a body for every
   * engine: kept on some path (takes); closed on every path (closes: a hand-over, trusted like a
   * keep, since an override that forgets it is the override's leak); closed on some normal exits
   * only, or never closed nor kept (closes on some exits, borrows: trusted only from a body no
   * override replaces). This walk's own readings come first or after: a body closed on every
   * path but where a wrapper of the parameter fails to be built keeps it; one closed only off
   * the normal path, or left open only by a throw, is no summary (this walk judges a leak on a
   * throw itself), nor is a walk with too many paths.
   */
  private static CalleeSummary summaryOf(Outcome outcome, boolean cannotBeOverridden) {
    if (!outcome.decided()) {
      return CalleeSummary.UNKNOWN;
    }
    boolean leavesSomewhere = outcome.has(PathFact.HANDED_OVER_SOMEWHERE)
        || outcome.has(PathFact.VIEW_HANDED_ON);
    boolean closedSomewhere = outcome.has(PathFact.CLOSED_SOMEWHERE);
    if (!leavesSomewhere && closedSomewhere && !outcome.has(PathFact.CLOSED_ON_NORMAL_PATH)) {
      return CalleeSummary.UNKNOWN;
    }
    if (!leavesSomewhere && outcome.has(PathFact.CLOSED_ON_NORMAL_PATH)
        && !outcome.leaks().isEmpty()
        && leaksOnlyWhereAWrapperFails(outcome)) {
      // try (Reader r = new InputStreamReader(in, charsetName)) { .. }: open only when the reader
      // cannot be built, inside the callee; it took the stream over (as the source engines read a
      // body that closes it), and no caller could close it better
      return CalleeSummary.TAKES;
    }
    CalleeSummary summary = CalleeSummary.ofBody(PathFacts.NONE
            .with(PathFact.HANDED_OVER_SOMEWHERE, leavesSomewhere)
            .with(PathFact.CLOSED_SOMEWHERE, closedSomewhere), false,
        outcome::facts); // its LEAKS_ON_NORMAL_PATH and LEAKS_ON_EXCEPTION: where it is left open
    return switch (summary) {
      // closeUnless(in, keep), or a body that only reads it: another body may run in its place
      case BORROWS, CLOSES_ON_SOME_EXITS -> cannotBeOverridden ? summary : CalleeSummary.UNKNOWN;
      case CLOSES_UNLESS_IT_THROWS -> CalleeSummary.UNKNOWN;
      case TAKES, CLOSES, UNKNOWN -> summary;
    };
  }

  /** Whether every leaking path starts where a wrapper given the parameter fails to be built. */
  private static boolean leaksOnlyWhereAWrapperFails(Outcome outcome) {
    return outcome.leaks().stream()
        .allMatch(leak -> !leak.normal() // a normal exit leaves it open
            && outcome.failingWrappers().contains(leak.throwingCall()));
  }
}
