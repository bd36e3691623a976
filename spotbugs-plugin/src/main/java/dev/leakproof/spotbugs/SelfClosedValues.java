package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.MemoryOnlyCloseables;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.model.resource.ResourceFactories.Returned;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnlistedValues;
import dev.leakproof.checks.model.resource.UnlistedValues.FirstArgument;
import dev.leakproof.spotbugs.bytecode.ClosedLater;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.StackShuffles;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.bcel.classfile.Method;
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
 * acquiring them ({@link UnlistedValues#ownsUnlistedValue}): a project's {@code Closeable}
 * made by {@code new} or by a call, stored in a local the method closes ({@code fs = new
 * POIFSFileSystem(file); … fs.close();}). What the source engines find by their locals, found
 * here from the bytecode: the value is stored into a local slot that some {@code aload} closes,
 * and {@link UnlistedValues#mayBeOwn} holds for the facts read from the instructions and the
 * class hierarchy ({@link ConstructorFacts}, {@link CallFacts}); the walk from it then must close
 * it on a normal path, the model's last question, asked by the detector.
 */
final class SelfClosedValues {
  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final ResourceCallModel calls;
  private final BitSet closedSlots;
  private final Method method;
  private final int parameterSlots;
  private final Map<String, Boolean> mayHoldSomething;
  private final NotOwnedResults notOwned;

  SelfClosedValues(InstructionGraph graph, ConstantPoolGen cpg, ResourceCallModel calls,
      Method method, Map<String, Boolean> mayHoldSomething, NotOwnedResults notOwned) {
    this.notOwned = notOwned;
    this.graph = graph;
    this.cpg = cpg;
    this.calls = calls;
    this.closedSlots = ClosedLater.closedSlots(graph, cpg, calls);
    this.method = method;
    this.parameterSlots = Declarations.slotOf(method, method.getArgumentTypes().length);
    this.mayHoldSomething = mayHoldSomething;
  }

  /**
   * Whether {@code new T(..)} whose constructor {@code init} (at {@code node}) runs is such a
   * value.
   *
   * @param firstArgumentPusher the instruction that pushed the first argument, or -1
   */
  boolean isConstructorSite(int node, INVOKESPECIAL init, int firstArgumentPusher) {
    return !closedSlots.isEmpty() && storedSlot(node) >= 0
        && UnlistedValues.mayBeOwn(new ConstructorFacts(init, firstArgumentPusher));
  }

  /** The facts {@link UnlistedValues} asks of a {@code new}, read from its instructions. */
  private final class ConstructorFacts implements UnlistedValues.Creation {
    private final INVOKESPECIAL init;
    private final int firstArgumentPusher;
    private final String created;

    ConstructorFacts(INVOKESPECIAL init, int firstArgumentPusher) {
      this.init = init;
      this.firstArgumentPusher = firstArgumentPusher;
      this.created = init.getClassName(cpg);
    }

    /** Judged as a named class is: its class file, inherited {@code close()} and all, is read. */
    @Override
    public boolean anonymousClass() {
      return false;
    }

    @Override
    public boolean knownToTables() {
      return calls.constructor(init) != ConstructorKind.NOT_KNOWN;
    }

    /**
     * Over a stream an instance field is declared as (the object's: {@code new
     * ScriptReader(reader)}), a parameter is declared as (the caller's: {@code new Parser(in)}),
     * over a local set to an in-memory closeable or one the method closes itself (the source
     * engines: a try-with-resources variable or a local closed after the value is built).
     */
    @Override
    public FirstArgument firstArgument() {
      if (init.getArgumentTypes(cpg).length == 0 || firstArgumentPusher < 0) {
        return FirstArgument.OTHER;
      }
      if (graph.instruction(firstArgumentPusher) instanceof GETFIELD field) {
        return isStream(field.getFieldType(cpg)) ? FirstArgument.STREAM_FIELD : FirstArgument.OTHER;
      }
      if (!(graph.instruction(firstArgumentPusher) instanceof ALOAD load)) {
        return FirstArgument.OTHER;
      }
      if (load.getIndex() < parameterSlots) {
        Type[] parameters = method.getArgumentTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (Declarations.slotOf(method, i) == load.getIndex()) {
            return isStream(parameters[i]) ? FirstArgument.STREAM_PARAMETER : FirstArgument.OTHER;
          }
        }
        return FirstArgument.OTHER; // this
      }
      return holdsOnlyMemory(load.getIndex()) ? FirstArgument.MEMORY_LOCAL
          : closedSlots.get(load.getIndex()) ? FirstArgument.CLOSED_LOCAL : FirstArgument.OTHER;
    }

    @Override
    public boolean nonResourceType() {
      return !mayHoldResource(created);
    }

    @Override
    public boolean closeReleasesOnlyMemory() {
      return !mayHoldSomething.computeIfAbsent("new " + created,
          key -> !BytecodeCloseMethods.createdHoldsOnlyMemory(created));
    }
  }

  private static boolean isStream(Type type) {
    return ResourceApis.isStreamSimpleName(UnclosedResourceModel.simpleName(type.toString()));
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

  /** Whether the value the call at {@code node} returns is such a value. */
  boolean isCallSite(int node, InvokeInstruction call) {
    // a private method of the class is called with invokespecial (at --release 8): a call too
    if (closedSlots.isEmpty() || isConstructor(call) || call instanceof INVOKEDYNAMIC
        || !(call.getReturnType(cpg) instanceof ObjectType result)) {
      return false;
    }
    if (call.getMethodName(cpg).equals("next")
        && call.getClassName(cpg).equals("java.util.Iterator")) {
      return false; // for (T x : values): the loop variable is no value the method acquired
    }
    return storedSlot(node) >= 0 && UnlistedValues.mayBeOwn(new CallFacts(node, call, result));
  }

  /** The facts {@link UnlistedValues} asks of a call, read from its instructions. */
  private final class CallFacts implements UnlistedValues.Call {
    private final int node;
    private final InvokeInstruction call;
    private final ObjectType result;

    CallFacts(int node, InvokeInstruction call, ObjectType result) {
      this.node = node;
      this.call = call;
      this.result = result;
    }

    @Override
    public String methodName() {
      return call.getMethodName(cpg);
    }

    /**
     * A view the tables know its receiver owns, on the invoked class or a supertype ({@code
     * response.getWriter()} is invoked on {@code HttpServletResponse}, listed as {@code
     * ServletResponse}'s), or a JDBC child its receiver closes ({@link
     * ResourceCallModel#closedWithReceiver}), or a view whose closing closes its receiver ({@code
     * in.getChannel()}, {@link ResourceCallModel#viewClosesReceiver}).
     */
    @Override
    public boolean viewOwnedByReceiver() {
      String owner = call.getClassName(cpg);
      String name = methodName();
      if (ResourceApis.mayBeViewOwnedByReceiver(name)
          && (ResourceApis.isViewOwnedByReceiver(owner, name) || SupertypeNames.of(owner).stream()
              .anyMatch(supertype -> ResourceApis.isViewOwnedByReceiver(supertype, name)))) {
        return true;
      }
      return calls.closedWithReceiver(call) || calls.viewClosesReceiver(call);
    }

    @Override
    public boolean returnsNothingOwned() {
      // KeepAliveOutputStream.wrapSystemOut(): a wrapper of System.out
      return notOwned.returnsNothingOwned(call, cpg, argumentKinds(node, call));
    }

    @Override
    public boolean nonResourceType() {
      String type = graph.instruction(node + 1) instanceof CHECKCAST cast
          ? ((ObjectType) cast.getType(cpg)).getClassName() : result.getClassName();
      return !mayHoldResource(type);
    }

    @Override
    public boolean returnsOnlyMemory() {
      // tokenBuffer.asParser(p): a parser over the buffer's memory
      return MemoryOnlyCloseables.returnsOnlyMemory(call.getClassName(cpg), methodName());
    }
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
        && graph.runsStraightInto(next)) {
      next++;
    }
    if (next >= graph.size() || !graph.runsStraightInto(next)) {
      return -1;
    }
    Instruction store = graph.instruction(next);
    return store instanceof ASTORE astore && closedSlots.get(astore.getIndex())
        ? astore.getIndex() : -1;
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
}
