package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.PathFact;
import dev.leakproof.checks.model.resource.PathFacts;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Kind;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Sites;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Verdict;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Walk;
import dev.leakproof.spotbugs.bytecode.ClosedLater;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.InvokedMethods;
import dev.leakproof.spotbugs.bytecode.ResourcePaths;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.Leak;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.Outcome;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.Site;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.Thrower;
import dev.leakproof.spotbugs.bytecode.UninitializedObjects;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;

/**
 * {@link Rule#UNCLOSED_RESOURCE} on bytecode: an OS resource acquired in a method (a constructor
 * or factory that {@code ResourceApis} says opens one) that some path leaves open. Reported at
 * the line of the acquiring {@code new} or call (for a wrapper chain, the outermost {@code new}),
 * once per line.
 *
 * <p>The paths are followed by {@link ResourcePaths}, on the raw instructions and exception
 * table, one acquisition at a time; see there why try-with-resources (in any javac's or ecj's
 * shape) and {@code finally} come out closed. A leak seen only on paths that an exception starts,
 * when some other path closes the resource, is reported as "closed, but not if {@code read()}
 * throws". Silent when ownership leaves the method (returned, stored, passed on; also through a
 * result set derived from a statement, see {@code ResourceApis.derivesOwningView}), when the
 * bytecode cannot be followed ({@code jsr}) and when there are too many paths. A second
 * exception thrown while a first is handled (a log call in a {@code catch} block) is not
 * followed, nor one from a quiet-close helper.
 */
public class UnclosedResourceDetector extends LeakproofDetector {
  /** The application's methods' summaries, for the whole run (a callee's is the same for every caller). */
  private final ParameterSummaries summaries = new ParameterSummaries();

  public UnclosedResourceDetector(BugReporter bugReporter) {
    super(Rule.UNCLOSED_RESOURCE, bugReporter);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    ConstantPoolGen cpg = classContext.getConstantPoolGen();
    summaries.startClass();
    ResourceCallModel calls = new ResourceCallModel(cpg, summaries);
    OwnFactories factories = new OwnFactories(javaClass, cpg, calls);
    InvokedMethods siteMaking =
        InvokedMethods.of(javaClass, call -> maySite(call, cpg, calls, factories));
    if (siteMaking.none()) {
      return; // no invoke of the pool can make a site, nor an owning field: decided from the pool
    }
    // which types may hold a resource, for SelfClosedValues: by class name, and by "new " and the
    // class name for an instance of exactly that class
    Map<String, Boolean> closeableTypes = new HashMap<>();
    NotOwnedResults notOwned = new NotOwnedResults();
    forEachMethodWithCode(javaClass, (method, code) -> {
      if (siteMaking.mayBeCalledBy(code)) { // else no invoke here can make a site (asked of the pool)
        analyze(classContext, method, code, cpg, calls, factories, closeableTypes, notOwned);
      }
    });
    reportForgottenFields(classContext, cpg, calls, factories);
  }

  /**
   * Whether {@code call} can make an instruction of a method a site of {@link #sites}, asked
   * with the questions {@code sites} asks: an opening constructor ({@link #opens}); a factory of
   * the class ({@link OwnFactories#isFactoryCall}) or one the tables know ({@link
   * ResourceCallModel#acquires}); or a close ({@link ClosedLater#closes}), without which {@link
   * SelfClosedValues} finds no site in a method (it looks only at values stored into a local that
   * the method closes). Every acquisition {@link OwningFields} follows into a field is one of
   * these too. The answers are memos of the class's calls (none depends on which methods were
   * analysed before), so skipping a method changes nothing for the others.
   */
  private static boolean maySite(InvokeInstruction call, ConstantPoolGen cpg,
      ResourceCallModel calls, OwnFactories factories) {
    if (call instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
      return opens(init, calls);
    }
    return factories.isFactoryCall(call) || calls.mayAcquire(call)
        || ClosedLater.closes(call, cpg, calls);
  }

  /**
   * Whether the constructor {@code init} opens a resource, as the tables say, or builds an
   * application class that is a resource of its own ({@link ResourceCallModel#opensOwnClass}).
   */
  private static boolean opens(INVOKESPECIAL init, ResourceCallModel calls) {
    ConstructorKind kind = calls.constructor(init);
    return kind == ConstructorKind.OPENS
        || kind == ConstructorKind.NOT_KNOWN && calls.opensOwnClass(init);
  }

  /** Resources the class opens into its own fields and never closes ({@link OwningFields}), at the store. */
  private void reportForgottenFields(ClassContext classContext, ConstantPoolGen cpg,
      ResourceCallModel calls, OwnFactories factories) {
    JavaClass javaClass = classContext.getJavaClass();
    List<OwningFields.AtStore> findings;
    try {
      findings = OwningFields.judge(javaClass, cpg, calls, factories);
    } catch (RuntimeException e) {
      couldNotAnalyze(javaClass.getClassName() + " (its owning fields)", e);
      return;
    }
    for (OwningFields.AtStore finding : findings) {
      Method method = finding.store().method();
      BugInstance bug = bugInMethod(javaClass, method, finding.sentence())
          .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method,
              finding.store().pc()));
      // The field too: @SuppressFBWarnings on the field (whose initialiser may be the store)
      // silences the bug, as @SuppressWarnings on it does in the other engines.
      for (Field field : javaClass.getFields()) {
        if (field.getName().equals(finding.field()) && !field.isStatic()) {
          bug.addField(javaClass.getClassName(), field.getName(), field.getSignature(), false);
        }
      }
      bugReporter.reportBug(bug);
    }
  }

  private void analyze(ClassContext classContext, Method method, Code code, ConstantPoolGen cpg,
      ResourceCallModel calls, OwnFactories factories, Map<String, Boolean> closeableTypes,
      NotOwnedResults notOwned) {
    InstructionGraph graph = InstructionGraph.of(code);
    if (graph == null) {
      return;
    }
    int parameterSlots = Declarations.slotOf(method, method.getArgumentTypes().length);
    SelfClosedValues selfClosed =
        new SelfClosedValues(graph, cpg, calls, method, closeableTypes, notOwned);
    Set<Integer> selfClosedSites = new HashSet<>();
    List<Site> sites =
        sites(graph, cpg, calls, factories, parameterSlots, selfClosed, selfClosedSites);
    if (sites.isEmpty()) {
      return;
    }
    UninitializedObjects objects = UninitializedObjects.of(graph, cpg);
    // One report per line: a finally block javac copies may acquire on every copy.
    Map<Integer, Finding> byLine = new TreeMap<>();
    for (Site site : sites) {
      // a site is a reachable instruction: UninitializedObjects has its stack
      Outcome outcome = ResourcePaths.follow(graph, cpg, calls, site,
          objects.stackAt(site.node()), code.getMaxLocals());
      if (handsOnThroughView(outcome, method, calls)) {
        continue; // a view of it leaves: its owner is elsewhere, on every path
      }
      if (selfClosedSites.contains(site.node())
          && !outcome.has(PathFact.CLOSED_ON_NORMAL_PATH)) {
        // UnlistedValues.ownsUnlistedValue's last question (SelfClosedValues asked the others):
        // a value no table knows, which the method does not close, is not its resource
        continue;
      }
      for (Finding finding : findings(graph, calls, site, outcome, method)) {
        byLine.merge(lineOf(method, graph.pc(finding.anchorNode())), finding, Finding::stronger);
      }
    }
    for (Finding finding : byLine.values()) {
      report(classContext, method, graph, finding);
    }
  }

  /**
   * Whether the resource leaves with a view of it: a result set derived from the statement is
   * returned, stored or passed on somewhere in the method, or the method is declared to return a
   * {@code ResultSet} and derives one from the statement (the path where it returns {@code null}
   * cannot be told apart from the one that returns the view).
   */
  private static boolean handsOnThroughView(Outcome outcome, Method method, ResourceCallModel calls) {
    return outcome.has(PathFact.VIEW_HANDED_ON) || outcome.has(PathFact.VIEW_DERIVED)
        && calls.isOwningViewType(method.getReturnType());
  }

  /**
   * Every instruction that acquires a resource: an opening constructor or factory call (one of
   * the tables' or of the class's own, {@link OwnFactories}), or a value no table knows that may
   * be the method's own ({@link SelfClosedValues}; their nodes go into {@code selfClosedSites}).
   */
  private static List<Site> sites(InstructionGraph graph, ConstantPoolGen cpg,
      ResourceCallModel calls, OwnFactories factories, int parameterSlots,
      SelfClosedValues selfClosed, Set<Integer> selfClosedSites) {
    List<Site> sites = new ArrayList<>();
    UninitializedObjects objects = null;
    for (int node = 0; node < graph.size(); node++) {
      if (!graph.isReachable(node)) {
        continue;
      }
      Instruction ins = graph.instruction(node);
      if (ins instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
        boolean opens = opens(init, calls);
        int words = init.consumeStack(cpg);
        if (!opens && !selfClosed.isConstructorSite(node, init,
            words < 2 ? -1 : graph.pusherOf(cpg, node, words - 2))) {
          continue;
        }
        if (objects == null) {
          objects = UninitializedObjects.of(graph, cpg);
        }
        int newNode = UninitializedObjects.newNodeOf(objects.stackAt(node).peek(words - 1));
        if (newNode >= 0) { // not super(..) or this(..) in a constructor
          sites.add(new Site(node, newNode, -1, false));
          if (!opens) {
            selfClosedSites.add(node);
          }
        }
      } else if (ins instanceof InvokeInstruction call && factories.isFactoryCall(call)) {
        // open(file) of this class (invokespecial when private, at --release 8): its receiver is
        // this object, which holds nothing of the result
        sites.add(new Site(node, graph.callStart(cpg, node), -1, false));
      } else if (ins instanceof InvokeInstruction call
          && selfClosed.isCallSite(node, call) && !calls.acquires(call, next(graph, node))) {
        sites.add(new Site(node, graph.callStart(cpg, node), -1, false));
        selfClosedSites.add(node);
      } else if (ins instanceof InvokeInstruction call && !(ins instanceof INVOKESPECIAL)
          && calls.acquires(call, next(graph, node))) {
        int start = graph.callStart(cpg, node);
        int parent = call instanceof INVOKESTATIC
            || !(graph.instruction(start) instanceof ALOAD load) ? -1 : load.getIndex();
        if (parent >= parameterSlots && calls.closedWithReceiver(call)) {
          // A JDBC child of a local (statement.executeQuery()): closing the parent closes it, so
          // the parent's verdict covers it on every path, even once the local is overwritten;
          // a leaking parent is reported once, at the parent.
          continue;
        }
        sites.add(new Site(node, start, parent,
            parent >= parameterSlots && calls.receiverIsCloseable(call)));
      }
    }
    return sites;
  }

  /** A finding to report: where, and the model's verdict. */
  private record Finding(int anchorNode, Verdict verdict) {
    Finding stronger(Finding other) {
      return verdict.kind() == Kind.NOT_CLOSED ? this : other;
    }
  }

  /**
   * The findings of one acquisition, one per anchor a path leaks from, as {@link
   * UnclosedResourceModel} judges the anchor's paths: a normal path leaks, or only paths an
   * exception starts (then the call to blame is the most plausible of theirs).
   */
  private static List<Finding> findings(InstructionGraph graph, ResourceCallModel callModel,
      Site site, Outcome outcome, Method method) {
    List<Finding> findings = new ArrayList<>();
    if (!outcome.decided()) {
      return findings;
    }
    Map<Integer, List<String>> throwingCalls = new TreeMap<>(); // per anchor, in path order
    Set<Integer> normalLeaks = new HashSet<>();
    for (Leak leak : outcome.leaks()) {
      List<String> calls = throwingCalls.computeIfAbsent(leak.anchorNode(), a -> new ArrayList<>());
      if (leak.normal()) {
        normalLeaks.add(leak.anchorNode());
      } else {
        calls.add(leak.throwingCall());
      }
    }
    throwingCalls.forEach((anchor, calls) -> {
      boolean normal = normalLeaks.contains(anchor);
      Resource resource = new Resource(typeOf(graph, callModel, site, anchor),
          variableOf(graph, method, outcome.firstStores().get(anchor)));
      Verdict verdict = UnclosedResourceModel.judgeWalk(resource, walk(outcome, normal, calls),
          sites(outcome), outcome::partialCloser);
      if (verdict.leaks()) {
        findings.add(new Finding(anchor, verdict));
      }
    });
    return findings;
  }

  /**
   * The paths leaking the resource at one anchor as {@link UnclosedResourceModel#judgeWalk} reads
   * them: a path no exception started ({@code normal}), the calls whose exception does, one per
   * path (to blame: each once, in the order the path first reaches it). Handed over, any close
   * counts (closing it when the hand-over fails); else a close on a normal path tells "closed,
   * but not if … throws" from "not closed".
   */
  private static Walk<String> walk(Outcome outcome, boolean normal, List<String> calls) {
    boolean handedOver = outcome.has(PathFact.HANDED_OVER_SOMEWHERE);
    PathFacts facts = PathFacts.NONE
        .with(PathFact.LEAKS_ON_NORMAL_PATH, normal)
        .with(PathFact.LEAKS_ON_EXCEPTION, !calls.isEmpty())
        .with(PathFact.CLOSED_SOMEWHERE, outcome.has(handedOver ? PathFact.CLOSED_SOMEWHERE
            : PathFact.CLOSED_ON_NORMAL_PATH))
        .with(PathFact.HANDED_OVER_SOMEWHERE, handedOver);
    return new Walk<>(facts, calls.stream().distinct()
        .sorted(Comparator.comparingInt(call -> thrower(outcome, call).firstNode())).toList(),
        calls, sites -> sites.stream().filter(call -> !outcome.closedOnFailure().contains(call))
            .toList(),
        call -> List.of()); // a throw is a normal path in bytecode: athrow names no call
  }

  /** What is known of each throwing call, named as {@link Leak#throwingCall()} names it. */
  private static Sites<String> sites(Outcome outcome) {
    return new Sites<>(call -> thrower(outcome, call).declaresCheckedException(),
        call -> thrower(outcome, call).onResource(), call -> false, call -> call,
        outcome.failingWrappers()::contains);
  }

  private static Thrower thrower(Outcome outcome, String call) {
    return outcome.throwers().getOrDefault(call,
        new Thrower(Integer.MAX_VALUE, CheckedThrow.UNKNOWN, false));
  }

  /**
   * The class a wrapper's or constructor's {@code new} makes, else the factory's result type
   * ({@link ResourceCallModel#resultType}: the cast after a call returning a type variable).
   */
  private static String typeOf(InstructionGraph graph, ResourceCallModel calls, Site site,
      int anchor) {
    ConstantPoolGen cpg = calls.constantPool();
    if (graph.instruction(anchor) instanceof NEW created) {
      return created.getLoadClassType(cpg).getClassName();
    }
    // a constructor's site is always anchored at a new: this is a factory call
    InvokeInstruction acquiring = (InvokeInstruction) graph.instruction(site.node());
    return calls.resultType(acquiring, next(graph, site.node())).toString();
  }

  /** The instruction after {@code node} in the code, or null after the last. */
  private static Instruction next(InstructionGraph graph, int node) {
    return node + 1 < graph.size() ? graph.instruction(node + 1) : null;
  }

  /** The name the local variable table gives the slot {@code storeNode} stores into, or null. */
  private static String variableOf(InstructionGraph graph, Method method, Integer storeNode) {
    LocalVariableTable table = method.getLocalVariableTable();
    if (storeNode == null || table == null
        || !(graph.instruction(storeNode) instanceof ASTORE store)) {
      return null;
    }
    int after = graph.pc(storeNode) + store.getLength();
    LocalVariable local = table.getLocalVariable(store.getIndex(), after);
    return local == null ? null : local.getName();
  }

  private void report(ClassContext classContext, Method method, InstructionGraph graph, Finding finding) {
    int pc = graph.pc(finding.anchorNode());
    BugInstance bug = bugInMethod(classContext.getJavaClass(), method, finding.verdict().sentence())
        .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method, pc));
    bugReporter.reportBug(bug);
  }
}
