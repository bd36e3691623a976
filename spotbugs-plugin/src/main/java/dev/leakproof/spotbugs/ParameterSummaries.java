package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.PathFact;
import dev.leakproof.checks.model.resource.PathFacts;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.Declarations.Declared;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.ResourcePaths;
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
 * through the callee with the same {@link ResourcePaths} walk that follows an acquisition
 * (constructors included, those reached by {@code this(..)} or {@code super(..)} too) and judged
 * by {@link CalleeSummary#ofWalkedBody}. A body no override replaces that gives the parameter
 * away only in a closeable view of it that it returns ({@code out = socket.getOutputStream(); ..;
 * return out;}) is read again with the view followed apart ({@link
 * ResourcePaths#returnsOnlyAView}), for {@link CalleeSummary#ofBody} to judge at each call.
 * Nesting stops a few calls deep; a recursion stays unknown. The same reading answers, for a
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
   * What the method {@code call} calls does with its argument {@code argument}, in the words of
   * {@link CalleeSummary}: {@link CalleeSummary#UNKNOWN} when its body cannot be read or says
   * nothing for sure. What a class's own field given to the call becomes ({@code
   * OwningFieldModel.asArgumentOf}).
   */
  CalleeSummary summary(InvokeInstruction call, ConstantPoolGen cpg, int argument) {
    return summary(judged(call, cpg, argument));
  }

  /**
   * What the method {@code call} calls does with its argument {@code argument}; {@link
   * CalleeSummary#UNKNOWN} when its body cannot be read or says nothing for sure.
   *
   * @param resultUsedAtOnce the call's value is only the receiver of the next call, or dropped
   */
  CalleeSummary use(InvokeInstruction call, ConstantPoolGen cpg, int argument,
      boolean resultUsedAtOnce) {
    Judged judged = judged(call, cpg, argument);
    if (judged == null || !judged.leavesOnlyAsReturnedView()) {
      return summary(judged);
    }
    // send(socket, ..).flush(): the view is gone after the call, the caller still owns the socket
    return CalleeSummary.ofBody(
        PathFacts.of(PathFact.HANDED_OVER_SOMEWHERE, PathFact.LEAVES_ONLY_AS_RETURNED_VIEW),
        resultUsedAtOnce, () -> PathFacts.NONE);
  }

  private static CalleeSummary summary(Judged judged) {
    return judged == null ? CalleeSummary.UNKNOWN : judged.summary();
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
    CalleeSummary summary = outcome.decided() ? CalleeSummary.ofWalkedBody(outcome.facts(),
        leaksOnlyWhereAWrapperFails(outcome), cannotBeOverridden) : CalleeSummary.UNKNOWN;
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
      JavaClass declaring = Declarations.inSuperclassChain(owner, name, signature)
          .map(Declared::javaClass).orElse(null);
      return declaring != null
          && AnalysisContext.currentAnalysisContext().isApplicationClass(declaring.getClassName())
          && factoriesByClass.computeIfAbsent(declaring.getClassName(),
              c -> new OwnFactories(declaring, modelOf(declaring).constantPool(),
                  modelOf(declaring))).declaresFactory(name, signature);
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

  /** Whether every leaking path starts where a wrapper given the parameter fails to be built. */
  private static boolean leaksOnlyWhereAWrapperFails(Outcome outcome) {
    return outcome.leaks().stream()
        .allMatch(leak -> !leak.normal() // a normal exit leaves it open
            && outcome.failingWrappers().contains(leak.throwingCall()));
  }
}
