package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.checks.model.concat.CountedLoop;
import dev.leakproof.checks.model.concat.LoopCarriedString;
import dev.leakproof.spotbugs.bytecode.BackwardBranches;
import dev.leakproof.spotbugs.bytecode.ConstantPoolFilter;
import dev.leakproof.spotbugs.bytecode.CountedLoops;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.InvokeDynamics;
import dev.leakproof.spotbugs.bytecode.Loops;
import dev.leakproof.spotbugs.bytecode.Loops.Loop;
import dev.leakproof.spotbugs.bytecode.StackValue.FieldLoad;
import dev.leakproof.spotbugs.bytecode.StringStores;
import dev.leakproof.spotbugs.bytecode.StructureLoops;
import dev.leakproof.spotbugs.bytecode.StringStores.FieldTarget;
import dev.leakproof.spotbugs.bytecode.StringStores.LocalTarget;
import dev.leakproof.spotbugs.bytecode.StringStores.Store;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * {@link Rule#STRING_CONCAT_IN_LOOP} on bytecode: a {@code String} local or field that is carried
 * across the iterations of a loop (or of a lambda passed to {@code forEach}) and stored with a
 * concatenation of its own value. Reported at the store, which is the line of the {@code +=} /
 * {@code s = s + ...}.
 *
 * <p>Precision first: it stays silent when the variable is freshly assigned on every path through
 * the loop body before the concatenation, or reset on every path after it, when the debug table
 * says the variable is declared inside the loop, when the loop cannot run twice (no reachable back
 * edge), and whenever it cannot follow the bytecode (e.g. {@code jsr}).
 *
 * <p>A plain {@link Detector} over a hand-built instruction graph rather than an
 * {@code OpcodeStackDetector}: SpotBugs' opcode stack forgets values across the
 * {@code invokedynamic} concatenation and at merges, which is exactly where this rule looks.
 */
public class StringConcatInLoopDetector extends LeakproofDetector {
  /** Every concatenation StringStores understands names one of these in the constant pool. */
  private static final Set<String> CONCATENATION_NAMES = Set.of("java/lang/StringBuilder",
      "java/lang/StringBuffer", "makeConcatWithConstants", "makeConcat", "concat");

  public StringConcatInLoopDetector(BugReporter bugReporter) {
    super(Rule.STRING_CONCAT_IN_LOOP, bugReporter);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    if (!ConstantPoolFilter.namesAny(javaClass, CONCATENATION_NAMES)) {
      return; // no string concatenation in this class: the common case, decided from the pool
    }
    InvokeDynamics indys = new InvokeDynamics(javaClass);
    Set<String> forEachLambdas = indys.lambdasPassedToForEach();
    ConstantPoolGen cpg = classContext.getConstantPoolGen();
    forEachMethodWithCode(javaClass, (method, code) -> {
      boolean forEachBody = method.isSynthetic() && method.getName().startsWith("lambda$")
          && forEachLambdas.contains(method.getName());
      if (forEachBody || BackwardBranches.mayLoop(code)) { // else nothing here runs twice
        analyze(classContext, method, code, cpg, indys, forEachBody);
      }
    });
  }

  private void analyze(ClassContext classContext, Method method, Code code, ConstantPoolGen cpg,
      InvokeDynamics indys, boolean forEachBody) {
    InstructionGraph graph = InstructionGraph.of(code);
    if (graph == null) {
      return;
    }
    StringStores.Analysis analysis = StringStores.analyse(graph, cpg, indys::isStringConcat);
    List<Store> stores = analysis.stores();
    if (stores.stream().noneMatch(Store::extendsItself)) {
      return;
    }
    List<Loop> loops = Loops.of(graph);
    Loop lambdaBody = forEachBody ? wholeBodyAsLoop(graph) : null;
    // One report per line: javac copies finally blocks, and one line may extend twice.
    TreeMap<Integer, String> byLine = new TreeMap<>();
    for (Store store : stores) {
      int line = lineOf(method, graph.pc(store.node()));
      if (byLine.containsKey(line)) {
        continue;
      }
      String name = variableName(method, graph, store);
      ConcatModel.judge(new LoopCarriedString() {
        @Override
        public boolean extendsItself() {
          return store.extendsItself();
        }

        @Override
        public boolean isOwnStringVariable() {
          return true; // StringStores keeps only String locals and this object's or static fields
        }

        @Override
        public boolean carriedAcrossIterations() {
          return inCarryingLoop(method, graph, loops, store, stores)
              || inForEachBody(method, graph, lambdaBody, store, stores);
        }

        @Override
        public boolean loopTestReadsIt() {
          return loops.stream().anyMatch(loop -> carries(method, graph, loop, store, stores)
              && exitTestReads(graph, cpg, loop, store));
        }

        @Override
        public boolean readWholeOnEveryIteration() {
          Loop innermost = loops.stream()
              .filter(loop -> carries(method, graph, loop, store, stores))
              .min(Comparator.comparingInt(loop -> loop.body().cardinality()))
              .orElse(inForEachBody(method, graph, lambdaBody, store, stores) ? lambdaBody : null);
          return innermost != null
              && readOnEveryIteration(graph, cpg, analysis, innermost, store, stores);
        }

        @Override
        public OptionalLong fixedIterations() {
          if (inForEachBody(method, graph, lambdaBody, store, stores)) {
            return OptionalLong.empty(); // once per element: the data decides
          }
          return CountedLoop.inAll(loops.stream()
              .filter(loop -> carries(method, graph, loop, store, stores))
              .map(loop -> CountedLoops.of(graph, cpg, loop))
              .toList());
        }

        @Override
        public boolean builtOnlyOnFailure() {
          if (inForEachBody(method, graph, lambdaBody, store, stores)) {
            return false; // runs when forEach calls it
          }
          BitSet normalPath = graph.reachableWithoutACatch();
          List<Loop> carrying = loops.stream()
              .filter(loop -> carries(method, graph, loop, store, stores)).toList();
          return !carrying.isEmpty()
              && carrying.stream().noneMatch(loop -> normalPath.get(loop.header()));
        }

        @Override
        public boolean boundedByStructure() {
          if (inForEachBody(method, graph, lambdaBody, store, stores)) {
            return false; // once per element of whatever forEach is called on
          }
          return loops.stream().filter(loop -> carries(method, graph, loop, store, stores))
              .allMatch(loop -> StructureLoops.iteratesStructure(graph, cpg, loop));
        }

        @Override
        public String variable() {
          return name;
        }
      }).ifPresent(message -> {
        byLine.put(line, message);
        report(classContext, method, graph, store, message);
      });
    }
  }

  private static boolean inCarryingLoop(
      Method method, InstructionGraph graph, List<Loop> loops, Store store, List<Store> stores) {
    return loops.stream().anyMatch(loop -> carries(method, graph, loop, store, stores));
  }

  private static boolean carries(
      Method method, InstructionGraph graph, Loop loop, Store store, List<Store> stores) {
    return loop.contains(store.node()) && carried(graph, loop, store, stores)
        && ownerStaysTheSame(loop, store, stores) && !declaredInside(method, graph, loop, store);
  }

  /**
   * Whether the loop's own test reads the store's variable: a branch that can leave the loop,
   * computed in straight-line code from the header (a {@code while} or {@code for} test), that
   * reads the variable there ({@code aload s; invokevirtual length; bipush 12; if_icmpge exit}).
   * ecj's bottom test is recognised too: a latch whose straight-line code starts where the loop
   * is entered from outside. A {@code do … while} test is not recognised: javac compiles it as a conditional latch,
   * exactly like an {@code if (…) break;} or {@code return} at the end of an endless loop's body,
   * which is not the loop's test in the source engines.
   */
  private static boolean exitTestReads(InstructionGraph graph, ConstantPoolGen cpg, Loop loop,
      Store store) {
    BitSet body = loop.body();
    for (int node = body.nextSetBit(0); node >= 0; node = body.nextSetBit(node + 1)) {
      if (!(graph.instruction(node) instanceof IfInstruction)
          || graph.normalSuccessors(node).stream().allMatch(loop::contains)) {
        continue;
      }
      boolean reads = false;
      int at = node;
      for (int step = 0; step < 8 && at != loop.header(); step++) {
        List<Integer> before = graph.predecessors(at);
        if (before.size() != 1 || !loop.contains(before.get(0))) {
          break;
        }
        at = before.get(0);
        Instruction instruction = graph.instruction(at);
        if (instruction instanceof IfInstruction || instruction instanceof StoreInstruction) {
          break; // the test's straight-line code starts after this
        }
        reads |= reads(instruction, store, cpg);
      }
      if (reads && (at == loop.header()
          || loop.latches().contains(node) && entered(graph, loop, at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code node} is where the loop is entered from outside: ecj's {@code while} and
   * {@code for} test, at the bottom, which the code before the loop jumps into (its latch is
   * then the test's branch back into the body).
   */
  private static boolean entered(InstructionGraph graph, Loop loop, int node) {
    return graph.predecessors(node).stream()
        .anyMatch(p -> graph.isReachable(p) && !loop.contains(p));
  }

  /**
   * Whether some load of the variable, outside the statements that extend it and not only asked
   * for its length or one character, lies on every path from the loop's header to each of its
   * latches (so every iteration that goes on reads the whole string).
   */
  private static boolean readOnEveryIteration(InstructionGraph graph, ConstantPoolGen cpg,
      StringStores.Analysis analysis, Loop loop, Store store, List<Store> stores) {
    BitSet extensions = new BitSet(graph.size());
    for (Store other : stores) {
      if (other.extendsItself() && other.target().equals(store.target())) {
        extensions.or(analysis.statementEndingAt(graph, other.node()));
      }
    }
    BitSet outside = new BitSet(graph.size());
    outside.set(0, graph.size());
    outside.andNot(loop.body());
    BitSet body = loop.body();
    for (int read = body.nextSetBit(0); read >= 0; read = body.nextSetBit(read + 1)) {
      if (extensions.get(read) || !reads(graph.instruction(read), store, cpg)
          || onlyMeasured(graph, cpg, read)) {
        continue;
      }
      if (onEveryIteration(graph, loop, outside, read)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every path from the loop's header to one of its latches passes {@code node}. */
  private static boolean onEveryIteration(InstructionGraph graph, Loop loop, BitSet outside,
      int node) {
    if (node == loop.header()) {
      return true;
    }
    BitSet blocked = (BitSet) outside.clone();
    blocked.set(node);
    BitSet reached = graph.forwardFrom(loop.header(), blocked);
    return loop.latches().stream().noneMatch(latch -> latch != node && reached.get(latch));
  }

  /**
   * Whether the string loaded at {@code read} is only measured: {@code s.length()},
   * {@code s.isEmpty()}, or {@code s.charAt(i)} with the index pushed by one instruction; or
   * only copied into another local.
   */
  private static boolean onlyMeasured(InstructionGraph graph, ConstantPoolGen cpg, int read) {
    List<Integer> following = graph.normalSuccessors(read);
    if (following.size() == 1 && graph.instruction(following.get(0)) instanceof ASTORE) {
      return true; // last = s: a copy into a local needs none of its characters yet
    }
    int at = read;
    for (int step = 0; step < 2; step++) {
      List<Integer> next = graph.normalSuccessors(at);
      if (next.size() != 1) {
        return false;
      }
      at = next.get(0);
      if (graph.instruction(at) instanceof INVOKEVIRTUAL call
          && call.getClassName(cpg).equals("java.lang.String")
          && ConcatModel.onlyMeasures(call.getMethodName(cpg))) {
        return step == 0 || call.getMethodName(cpg).equals("charAt");
      }
    }
    return false;
  }

  /** Whether {@code instruction} loads the variable {@code store} writes. */
  private static boolean reads(Instruction instruction, Store store, ConstantPoolGen cpg) {
    if (store.target() instanceof LocalTarget local) {
      return instruction instanceof ALOAD load && load.getIndex() == local.slot();
    }
    if (store.target() instanceof FieldTarget field
        && instruction instanceof FieldInstruction read
        && (instruction instanceof GETFIELD || instruction instanceof GETSTATIC)) {
      return read.getFieldName(cpg).equals(field.field().name())
          && read.getReferenceType(cpg).toString().equals(field.field().className());
    }
    return false;
  }

  /**
   * A field carried from one call of the lambda to the next: a static field, or a field of the
   * lambda's {@code this} (which is the enclosing instance). A lambda's locals start afresh on
   * every call, and a field of a parameter belongs to a different element each time.
   */
  private static boolean inForEachBody(
      Method method, InstructionGraph graph, Loop lambdaBody, Store store, List<Store> stores) {
    if (lambdaBody == null || !(store.target() instanceof FieldTarget)) {
      return false;
    }
    boolean ofThis = store.ownerSlot() == 0 && !method.isStatic();
    boolean isStatic = store.ownerSlot() == FieldLoad.STATIC;
    return (ofThis || isStatic) && ownerStaysTheSame(lambdaBody, store, stores)
        && carried(graph, lambdaBody, store, stores);
  }

  /**
   * For an instance field, whether the object it belongs to is the same on every iteration: the
   * local holding the reference is not assigned inside the loop ({@code for (Item i : items)
   * i.text += x} extends a different string each time).
   */
  private static boolean ownerStaysTheSame(Loop loop, Store store, List<Store> stores) {
    if (store.ownerSlot() < 0) {
      return true;
    }
    LocalTarget owner = new LocalTarget(store.ownerSlot());
    for (Store other : stores) {
      if (other.target().equals(owner) && loop.contains(other.node())) {
        return false;
      }
    }
    return true;
  }

  /** The body of a lambda run by {@code forEach}: from its entry to each of its returns. */
  private static Loop wholeBodyAsLoop(InstructionGraph graph) {
    BitSet body = graph.reachable();
    List<Integer> exits = new ArrayList<>();
    for (int node = body.nextSetBit(0); node >= 0; node = body.nextSetBit(node + 1)) {
      if (graph.instruction(node) instanceof ReturnInstruction) {
        exits.add(node);
      }
    }
    return new Loop(0, body, exits);
  }

  /**
   * Whether the variable's value survives a whole round through the loop: some path from the
   * header reaches the store without another (non-concatenating) assignment of the variable, and
   * some path from the store reaches a latch (the next iteration) without one.
   */
  private static boolean carried(InstructionGraph graph, Loop loop, Store store, List<Store> stores) {
    BitSet blocked = new BitSet(graph.size());
    blocked.set(0, graph.size());
    blocked.andNot(loop.body()); // outside the loop
    for (Store other : stores) {
      if (!other.extendsItself() && other.target().equals(store.target())) {
        blocked.set(other.node());
      }
    }
    if (blocked.get(loop.header())) {
      return false;
    }
    if (!graph.forwardFrom(loop.header(), blocked).get(store.node())) {
      return false;
    }
    BitSet afterStore = graph.forwardFrom(store.node(), blocked);
    for (int latch : loop.latches()) {
      if (afterStore.get(latch) && !blocked.get(latch)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the debug table says the local is declared inside the loop (so each iteration starts
   * a new variable). Fields and methods compiled without {@code -g} answer no.
   */
  private static boolean declaredInside(Method method, InstructionGraph graph, Loop loop, Store store) {
    if (!(store.target() instanceof LocalTarget local)) {
      return false;
    }
    LocalVariableTable table = method.getLocalVariableTable();
    if (table == null) {
      return false;
    }
    int storePc = graph.pc(store.node());
    int afterStore = storePc + graph.instruction(store.node()).getLength();
    int headerPc = graph.pc(loop.header());
    for (LocalVariable variable : table.getLocalVariableTable()) {
      int start = variable.getStartPC();
      if (variable.getIndex() == local.slot() && start <= afterStore
          && afterStore <= start + variable.getLength()) {
        if (!variable.getSignature().equals("Ljava/lang/String;")) {
          return true; // not a String variable (Object, CharSequence): not ours to judge
        }
        return start > headerPc && isLoopPc(graph, loop, start);
      }
    }
    return false;
  }

  /** Whether {@code pc} lies within the code range of the loop (header to last body node). */
  private static boolean isLoopPc(InstructionGraph graph, Loop loop, int pc) {
    int last = loop.body().previousSetBit(graph.size() - 1);
    return pc >= graph.pc(loop.header()) && pc <= graph.pc(last);
  }

  /** The variable's name; {@code null} for a local without {@code -g} debug names. */
  private static String variableName(Method method, InstructionGraph graph, Store store) {
    if (store.target() instanceof FieldTarget field) {
      return field.field().name();
    }
    LocalVariableAnnotation local = localAnnotation(method, graph, store);
    return local != null && local.isNamed() ? local.getName() : null;
  }

  private static LocalVariableAnnotation localAnnotation(Method method, InstructionGraph graph,
      Store store) {
    int pc = graph.pc(store.node());
    return store.target() instanceof LocalTarget target
        ? LocalVariableAnnotation.getLocalVariableAnnotation(method, target.slot(), pc, pc)
        : null;
  }

  private void report(ClassContext classContext, Method method, InstructionGraph graph,
      Store store, String message) {
    int pc = graph.pc(store.node());
    LocalVariableAnnotation local = localAnnotation(method, graph, store);
    BugInstance bug = bugInMethod(classContext.getJavaClass(), method, message);
    if (store.target() instanceof FieldTarget field) {
      bug.addField(field.field().className(), field.field().name(), field.field().signature(),
          store.ownerSlot() == FieldLoad.STATIC);
    } else if (local != null) {
      bug.add(local);
    }
    bug.addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method, pc));
    bugReporter.reportBug(bug);
  }
}
