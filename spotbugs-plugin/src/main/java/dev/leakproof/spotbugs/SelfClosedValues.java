package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.MemoryOnlyCloseables;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.model.resource.ResourceFactories.Returned;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.spotbugs.bytecode.ClosedLater;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.StackShuffles;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * Values no knowledge table knows as resources that the method owns because it closes them after
 * acquiring them ({@link UnclosedResourceModel#ownsUnlistedValue}): a project's {@code Closeable}
 * made by {@code new} or by a call, stored in a local the method closes ({@code fs = new
 * POIFSFileSystem(file); … fs.close();}). What the source engines find by their locals, found
 * here from the bytecode: the value is stored into a local slot that some {@code aload} closes,
 * its type (from the class hierarchy) is an {@code AutoCloseable} that may hold something, and the
 * walk from it closes it on a normal path ({@link #ownsIt}).
 */
final class SelfClosedValues {
  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final ResourceCallModel calls;
  private final BitSet closedSlots;
  private final int parameterSlots;
  private final Map<String, Boolean> mayHoldSomething;
  private final NotOwnedResults notOwned;

  SelfClosedValues(InstructionGraph graph, ConstantPoolGen cpg, ResourceCallModel calls,
      int parameterSlots, Map<String, Boolean> mayHoldSomething, NotOwnedResults notOwned) {
    this.notOwned = notOwned;
    this.graph = graph;
    this.cpg = cpg;
    this.calls = calls;
    this.closedSlots = ClosedLater.closedSlots(graph, cpg, calls);
    this.parameterSlots = parameterSlots;
    this.mayHoldSomething = mayHoldSomething;
  }

  /**
   * A fresh cache of which types may hold a resource (keyed by class name; by {@code "new "} and
   * the class name for an instance of exactly that class), shared by the methods of one class.
   */
  static Map<String, Boolean> typeCache() {
    return new HashMap<>();
  }

  /**
   * Whether {@code new T(..)} whose constructor {@code init} (at {@code node}) runs is such a
   * value: a type the tables do not know, not built over a stream a parameter holds ({@code new
   * Parser(in)}: the caller's stream) or an instance field is declared as (the object's), over a local holding only memory ({@code new
   * IndentingWriter(stringWriter)}) or over a local the method closes itself (the source engines
   * name a try-with-resources variable, which bytecode does not tell from another closed local),
   * as the source engines read "wraps another's stream".
   *
   * @param firstArgumentPusher the instruction that pushed the first argument, or -1
   */
  boolean isConstructorSite(int node, INVOKESPECIAL init, int firstArgumentPusher) {
    if (closedSlots.isEmpty() || storedSlot(node) < 0
        || calls.constructor(init) != ConstructorKind.NOT_KNOWN) {
      return false;
    }
    List<String> parameters = ResourceApis.parameterTypes(init.getSignature(cpg));
    if (!parameters.isEmpty() && firstArgumentPusher >= 0
        && graph.instruction(firstArgumentPusher) instanceof GETFIELD field
        && ResourceApis.isStreamSimpleName(
            UnclosedResourceModel.simpleName(field.getFieldType(cpg).toString()))) {
      return false; // over the object's own stream, closed as the object is (new ScriptReader(reader))
    }
    if (!parameters.isEmpty() && firstArgumentPusher >= 0
        && graph.instruction(firstArgumentPusher) instanceof ALOAD load) {
      if (load.getIndex() < parameterSlots
          && ResourceApis.isStreamSimpleName(UnclosedResourceModel.simpleName(parameters.get(0)))) {
        return false;
      }
      if (load.getIndex() >= parameterSlots
          && (holdsOnlyMemory(load.getIndex()) || closedSlots.get(load.getIndex()))) {
        return false; // over a stream of memory, or one the method closes itself (a try's)
      }
    }
    String created = init.getClassName(cpg);
    // a class whose close() releases only memory holds nothing, whatever its fields keep
    return mayHoldResource(created) && mayHoldSomething.computeIfAbsent("new " + created,
        key -> !BytecodeCloseMethods.createdHoldsOnlyMemory(created));
  }

  /**
   * Whether the local {@code slot} is set somewhere to a new in-memory closeable ({@code text =
   * new StringWriter()}), the bytecode form of a local declared as one.
   */
  private boolean holdsOnlyMemory(int slot) {
    for (int node = 1; node < graph.size(); node++) {
      if (graph.instruction(node) instanceof ASTORE store && store.getIndex() == slot
          && graph.instruction(node - 1) instanceof INVOKESPECIAL init
          && init.getMethodName(cpg).equals("<init>")
          && calls.constructor(init) == ConstructorKind.HOLDS_NOTHING) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value the call at {@code node} returns is such a value: not a view the tables
   * know its receiver owns ({@code statement.getResultSet()}, {@code response.getWriter()}).
   */
  boolean isCallSite(int node, InvokeInstruction call) {
    // a private method of the class is called with invokespecial (at --release 8): a call too
    if (closedSlots.isEmpty() || isConstructor(call) || call instanceof INVOKEDYNAMIC
        || !(call.getReturnType(cpg) instanceof ObjectType result)) {
      return false;
    }
    String name = call.getMethodName(cpg);
    if (name.equals("next") && call.getClassName(cpg).equals("java.util.Iterator")) {
      return false; // for (T x : values): the loop variable is no value the method acquired
    }
    if (storedSlot(node) < 0 || ResourceApis.owningViewMethodNames().contains(name)
        || ResourceApis.isViewOwnedByReceiver(call.getClassName(cpg), name)
        || calls.closedWithReceiver(call)) {
      return false;
    }
    if (MemoryOnlyCloseables.returnsOnlyMemory(call.getClassName(cpg), name)) {
      return false; // tokenBuffer.asParser(p): a parser over the buffer's memory
    }
    if (notOwned.returnsNothingOwned(call, cpg, argumentKinds(node, call))) {
      return false; // KeepAliveOutputStream.wrapSystemOut(): a wrapper of System.out
    }
    String type = graph.instruction(node + 1) instanceof CHECKCAST cast
        ? ((ObjectType) cast.getType(cpg)).getClassName() : result.getClassName();
    return mayHoldResource(type);
  }

  /** The arguments of {@code call} at {@code node}: a standard stream, or anything else. */
  private List<Returned> argumentKinds(int node, InvokeInstruction call) {
    Type[] types = call.getArgumentTypes(cpg);
    Returned[] kinds = new Returned[types.length];
    for (int i = 0; i < types.length; i++) {
      int pusher = graph.pusherOf(cpg, node, StackShuffles.wordsAfter(types, i));
      kinds[i] = pusher >= 0 && graph.instruction(pusher) instanceof GETSTATIC field
          && ResourceApis.isStandardStream(field.getClassName(cpg), field.getFieldName(cpg))
          ? Returned.NOT_OWNED : Returned.OTHER;
    }
    return List.of(kinds);
  }

  private boolean isConstructor(InvokeInstruction call) {
    return call instanceof INVOKESPECIAL && call.getMethodName(cpg).equals("<init>");
  }

  /**
   * The local slot the value made at {@code node} goes straight into ({@code astore}, after a
   * {@code checkcast}) when some {@code aload} of that slot is closed; else -1.
   */
  private int storedSlot(int node) {
    int next = node + 1;
    if (next < graph.size() && graph.instruction(next) instanceof CHECKCAST
        && straight(next)) {
      next++;
    }
    if (next >= graph.size() || !straight(next)) {
      return -1;
    }
    Instruction store = graph.instruction(next);
    return store instanceof ASTORE astore && closedSlots.get(astore.getIndex())
        ? astore.getIndex() : -1;
  }

  /** Whether {@code node} is reached only from the instruction before it. */
  private boolean straight(int node) {
    return graph.predecessors(node).size() == 1 && graph.predecessors(node).get(0) == node - 1
        && !graph.isHandlerEntry(node);
  }

  /** An {@code AutoCloseable} no table says holds nothing; a class SpotBugs cannot load is not. */
  private boolean mayHoldResource(String className) {
    return mayHoldSomething.computeIfAbsent(className, SelfClosedValues::closeableHoldingSomething);
  }

  private static boolean closeableHoldingSomething(String className) {
    if (ResourceApis.isNonResource(className)) {
      return false;
    }
    try {
      return Hierarchy.isSubtype(className, "java.lang.AutoCloseable");
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return false;
    }
  }

  /**
   * Whether the method owns the value: the walk from it closes it on a path no exception started
   * ({@code closedOnNormalPath}, the bytecode form of "closed after it, outside a catch").
   */
  static boolean ownsIt(boolean closedOnNormalPath) {
    return UnclosedResourceModel.ownsUnlistedValue(closedOnNormalPath, false);
  }
}
