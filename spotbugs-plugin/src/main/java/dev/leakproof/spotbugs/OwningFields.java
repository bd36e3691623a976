package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.OwningFieldModel;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.OwningFieldModel.FailsAfterStore;
import dev.leakproof.checks.model.resource.OwningFieldModel.MethodUses;
import dev.leakproof.checks.model.resource.OwningFieldModel.OwnedField;
import dev.leakproof.checks.model.resource.OwningFieldModel.Use;
import dev.leakproof.spotbugs.bytecode.ConstantLastArgument;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.StackConsumer;
import dev.leakproof.spotbugs.bytecode.UninitializedObjects;
import dev.leakproof.spotbugs.bytecode.WordStack;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.AASTORE;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LocalVariableInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * The facts {@link OwningFieldModel} judges, read from one class's bytecode: the resources it
 * stores into its own instance fields ({@code putfield} of a value an opening constructor, an
 * acquiring call or a factory of the class just made) and how each method uses those fields (what
 * takes the value a {@code getfield} pushes, as {@link StackConsumer} sees it). The bytecode form
 * of the source engines' {@code OwningFields}; a finding points at the {@code putfield}'s line.
 * Lambda bodies are methods of the class here, as their code is part of the enclosing member's in
 * source; nested classes are other classes, in both.
 */
final class OwningFields {
  /** Methods of {@code Object} a class may call on itself without running code of its own. */
  private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals",
      "toString", "notify", "notifyAll", "wait");

  /** Where an owned field is stored: the method and the {@code putfield}'s offset. */
  record Store(Method method, int pc) {}

  /** A finding and the store it points at. */
  record AtStore(Store store, String field, String sentence) {}

  private final JavaClass javaClass;
  private final ConstantPoolGen cpg;
  private final ResourceCallModel calls;
  private final OwnFactories factories;
  private final Set<String> fields = new HashSet<>();
  private final List<OwnedField> owned = new ArrayList<>();
  private final Map<OwnedField, Store> stores = new HashMap<>();
  private final List<FailsAfterStore> failures = new ArrayList<>();
  private final List<MethodUses> methods = new ArrayList<>();
  /** Per constructor: the fields it opens on every path that returns, or null when it calls this(..). */
  private final List<Set<String>> constructorsOpen = new ArrayList<>();

  private OwningFields(JavaClass javaClass, ConstantPoolGen cpg, ResourceCallModel calls,
      OwnFactories factories) {
    this.javaClass = javaClass;
    this.cpg = cpg;
    this.calls = calls;
    this.factories = factories;
  }

  /** The findings for {@code javaClass}: one per owned field nothing in the class closes. */
  static List<AtStore> judge(JavaClass javaClass, ConstantPoolGen cpg, ResourceCallModel calls,
      OwnFactories factories) {
    if (javaClass.isInterface() || !hasReleaseMethod(javaClass)) {
      return List.of();
    }
    OwningFields facts = new OwningFields(javaClass, cpg, calls, factories);
    for (Field field : javaClass.getFields()) {
      if (!field.isStatic()) {
        facts.fields.add(field.getName());
      }
    }
    if (facts.fields.isEmpty()) {
      return List.of();
    }
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionGraph graph = InstructionGraph.of(method.getCode());
      if (graph == null) {
        return List.of(); // a method we cannot follow may release anything
      }
      facts.read(method, graph);
    }
    // a field initializer is bytecode of every constructor that does not call this(..)
    return OwningFieldModel.judge(facts.owned, facts.methods,
            OwningFieldModel.openedAtConstruction(Set.of(), facts.constructorsOpen), facts.failures)
        .stream()
        .map(finding -> new AtStore(facts.stores.get(finding.store()), finding.field(), finding.sentence()))
        .toList();
  }

  private static boolean hasReleaseMethod(JavaClass javaClass) {
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() != null && !method.isStatic()
          && OwningFieldModel.isReleaseMethod(method.getName(), method.getArgumentTypes().length)) {
        return true;
      }
    }
    return false;
  }

  private void read(Method method, InstructionGraph graph) {
    Set<String> releases = new HashSet<>();
    Set<String> handsOver = new HashSet<>();
    Set<String> ownCalls = new HashSet<>();
    Set<String> storesOther = new HashSet<>();
    Set<String> alwaysOpens = new HashSet<>();
    boolean delegates = false;
    boolean callsUnseen = false;
    String name = method.getName().equals("<clinit>") ? "<init>" : method.getName();
    UninitializedObjects objects = null;
    for (int node = 0; node < graph.size(); node++) {
      if (!graph.isReachable(node)) {
        continue;
      }
      Instruction ins = graph.instruction(node);
      if (ins instanceof PUTFIELD store && isOwnField(store)) {
        if (objects == null) {
          objects = UninitializedObjects.of(graph, cpg);
        }
        String type = acquiredBefore(graph, node, objects, true);
        if (type != null) {
          OwnedField field = new OwnedField(store.getFieldName(cpg), type,
              LeakproofDetector.lineOf(method, graph.pc(node)), name,
              overwrites(method, graph, node, store));
          owned.add(field);
          stores.putIfAbsent(field, new Store(method, graph.pc(node)));
          if (name.equals("<init>") && alwaysRuns(graph, node)) {
            alwaysOpens.add(field.field());
            FailsAfterStore failure = throwingCallAfter(field, graph, node);
            if (failure != null) {
              failures.add(failure);
            }
          }
        } else {
          storesOther.add(store.getFieldName(cpg));
        }
      } else if (ins instanceof GETFIELD load && isOwnField(load)) {
        StackConsumer consumer = graph.consumerOf(node, cpg);
        String field = load.getFieldName(cpg);
        Use use = consumer.kind == StackConsumer.Kind.ESCAPES && consumer.wordsAbove == 0
            && graph.instruction(consumer.index) instanceof ASTORE copy
            ? copied(graph, consumer.index, copy.getIndex(), field)
            : use(consumer, graph);
        OwningFieldModel.record(use, field, releases, handsOver);
      } else if (ins instanceof INVOKESPECIAL init && method.getName().equals("<init>")
          && isThisConstructor(graph, node, init)) {
        delegates = true;
      } else if (ins instanceof InvokeInstruction call && !method.isStatic() && isOnThis(graph, node, call)) {
        String callee = call.getMethodName(cpg);
        Method declared = Declarations.declared(javaClass, callee, call.getSignature(cpg));
        if (declared != null && declared.getCode() != null) {
          ownCalls.add(callee);
        } else if (!OBJECT_METHODS.contains(callee)) {
          callsUnseen = true; // inherited or abstract: a subclass or a super class decides
        }
      }
    }
    methods.add(new MethodUses(name, method.getArgumentTypes().length, releases, handsOver,
        ownCalls, callsUnseen, storesOther));
    if (method.getName().equals("<init>")) {
      constructorsOpen.add(delegates ? null : alwaysOpens);
    }
  }

  /** Whether {@code init} is a {@code this(..)} call: the class's own constructor on slot 0. */
  private boolean isThisConstructor(InstructionGraph graph, int node, INVOKESPECIAL init) {
    return init.getMethodName(cpg).equals("<init>")
        && init.getClassName(cpg).equals(javaClass.getClassName()) && onSlot0(graph, node, init);
  }

  /**
   * The first call, in code order, that can run
   * after the constructor's {@code putfield} at {@code store} (which runs on every path and no handler covers) on a path that
   * throws nothing, that no handler covers either, and whose throws clause names a checked
   * exception ({@link FailsAfterStore}); null when there is none. A call inside a {@code try}
   * is left to its handlers, and a {@code catch} block runs only after an exception.
   */
  private FailsAfterStore throwingCallAfter(OwnedField field, InstructionGraph graph, int store) {
    if (!graph.exceptionSuccessors(store).isEmpty()) {
      return null;
    }
    BitSet only = new BitSet();
    only.set(store);
    BitSet after = graph.reach(graph.normalSuccessors(store), graph::normalSuccessors, only);
    after.clear(store);
    for (int i = after.nextSetBit(0); i >= 0; i = after.nextSetBit(i + 1)) {
      if (graph.instruction(i) instanceof InvokeInstruction call
          && graph.exceptionSuccessors(i).isEmpty()
          && !isOnThis(graph, i, call) // a method of the object may close it first (JGit's)
          && !ResourceApis.cannotThrow(call.getClassName(cpg), call.getMethodName(cpg))
          && calls.declaresCheckedException(call, ConstantLastArgument.of(graph, i, cpg))
              == CheckedThrow.YES) {
        String method = call.getMethodName(cpg);
        return method.equals("<init>") ? new FailsAfterStore(field, call.getClassName(cpg), true)
            : new FailsAfterStore(field, method, false);
      }
    }
    return null;
  }

  /** Whether every path from the method's entry that returns normally runs {@code node}. */
  private static boolean alwaysRuns(InstructionGraph graph, int node) {
    BitSet blocked = new BitSet(graph.size());
    blocked.set(node);
    BitSet reached = graph.forwardFrom(0, blocked);
    for (int i = reached.nextSetBit(0); i >= 0; i = reached.nextSetBit(i + 1)) {
      if (i != node && graph.instruction(i) instanceof ReturnInstruction) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the {@code putfield} at {@code node}, in a method that is neither a constructor nor a
   * lambda body, overwrites whatever the field held when the method was entered ({@link
   * OwnedField#overwrites}): it is in no loop, and no instruction that can run before it (its
   * own value's code aside) reads the field or calls a method of the class on {@code this}.
   */
  private boolean overwrites(Method method, InstructionGraph graph, int node, PUTFIELD store) {
    if (method.isStatic() || method.getName().equals("<init>") || method.isSynthetic()
        || method.getName().startsWith("lambda$")) {
      return false;
    }
    int valueStart = graph.valueStart(cpg, node, 2);
    if (valueStart < 0) {
      return false;
    }
    BitSet only = new BitSet();
    only.set(node);
    BitSet before = graph.reach(graph.predecessors(node), graph::predecessors, only);
    if (before.get(node)) {
      return false; // in a loop: it overwrites its own value of the last round
    }
    String field = store.getFieldName(cpg);
    for (int i = before.nextSetBit(0); i >= 0; i = before.nextSetBit(i + 1)) {
      if (i >= valueStart && i < node) {
        continue; // the new value's own code: this.sock = createSocket()
      }
      Instruction ins = graph.instruction(i);
      if (ins instanceof GETFIELD load && isOwnField(load) && load.getFieldName(cpg).equals(field)
          || ins instanceof InvokeInstruction call && isOnThis(graph, i, call)
              && !OBJECT_METHODS.contains(call.getMethodName(cpg))) {
        return false;
      }
    }
    return true;
  }

  private boolean isOwnField(FieldInstruction access) {
    return access.getClassName(cpg).equals(javaClass.getClassName())
        && fields.contains(access.getFieldName(cpg));
  }

  /**
   * The type of the resource the instructions right before the {@code putfield} at {@code node}
   * acquire ({@code new Socket()}, {@code FileChannel.open(p)}, {@code createSocket()} of the
   * class, a wrapper around one of those), or null when the stored value is anything else.
   */
  private String acquiredBefore(InstructionGraph graph, int node, UninitializedObjects objects,
      boolean throughLocal) {
    int value = graph.runsStraightInto(node) ? node - 1 : -1;
    while (value >= 0 && graph.instruction(value) instanceof CHECKCAST) {
      value = graph.runsStraightInto(value) ? value - 1 : -1;
    }
    if (value < 0) {
      return null;
    }
    Instruction ins = graph.instruction(value);
    if (ins instanceof ALOAD load && load.getIndex() > 0 && throughLocal) {
      // FileChannel ch = FileChannel.open(p); this.ch = ch;
      return openedThrough(graph, value, load.getIndex(), objects);
    }
    if (ins instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
      ConstructorKind kind = calls.constructor(init);
      if (kind == ConstructorKind.OPENS
          || kind == ConstructorKind.WRAPS && wrapsAcquisition(graph, value, init, objects)) {
        return init.getClassName(cpg);
      }
      return null;
    }
    if (ins instanceof InvokeInstruction call && !(call instanceof INVOKEDYNAMIC)
        && (calls.acquires(call) && !calls.closedWithReceiver(call) || factories.isFactoryCall(call))) {
      return call.getReturnType(cpg).toString();
    }
    return null;
  }

  /**
   * The type of the resource the local in {@code slot}, loaded at {@code loadNode} to be stored
   * into a field, holds when the method opened it there: the slot is stored once in the method,
   * with a value an acquisition just made ({@code astore} right after it), and every other load
   * of it is the receiver of a call that does not release it ({@code ch.size()}), so the field
   * is its only holder. Null for anything else (a value given on some path only, a local also
   * passed to a wrapper or closed, a slot javac reuses for another variable).
   */
  private String openedThrough(InstructionGraph graph, int loadNode, int slot,
      UninitializedObjects objects) {
    String type = null;
    int stores = 0;
    for (int i = 0; i < graph.size(); i++) {
      Instruction ins = graph.instruction(i);
      if (!graph.isReachable(i) || i == loadNode
          || !(ins instanceof LocalVariableInstruction local) || local.getIndex() != slot) {
        continue;
      }
      if (ins instanceof ASTORE) {
        stores++;
        type = acquiredBefore(graph, i, objects, false);
      } else if (ins instanceof ALOAD) {
        StackConsumer consumer = graph.consumerOf(i, cpg);
        if (consumer.kind != StackConsumer.Kind.RECEIVER || use(consumer, graph) != Use.USES) {
          return null; // handed on, copied or closed: another holder may close it
        }
      } else {
        return null; // not a reference local after all
      }
    }
    return stores == 1 ? type : null;
  }

  /** Whether the wrapper built by {@code init} is built around a resource opened in its arguments. */
  private boolean wrapsAcquisition(InstructionGraph graph, int initNode, INVOKESPECIAL init,
      UninitializedObjects objects) {
    WordStack stack = objects.stackAt(initNode);
    int newNode = stack == null ? -1
        : UninitializedObjects.newNodeOf(stack.peek(init.consumeStack(cpg) - 1));
    if (newNode < 0 || !(graph.instruction(newNode) instanceof NEW)) {
      return false;
    }
    for (int i = newNode + 1; i < initNode; i++) {
      Instruction inner = graph.instruction(i);
      if (inner instanceof INVOKESPECIAL innerInit && innerInit.getMethodName(cpg).equals("<init>")
          && calls.constructor(innerInit) == ConstructorKind.OPENS
          || inner instanceof InvokeInstruction call && !(inner instanceof INVOKESPECIAL)
              && !(inner instanceof INVOKEDYNAMIC) && calls.acquires(call)) {
        return true;
      }
    }
    return false;
  }

  /** What the instruction that takes a field's value does with it. */
  private Use use(StackConsumer consumer, InstructionGraph graph) {
    switch (consumer.kind) {
      case RECEIVER:
        return OwningFieldModel.asReceiverOf(
            ((InvokeInstruction) graph.instruction(consumer.index)).getMethodName(cpg));
      case HARMLESS:
        return Use.USES;
      case UNKNOWN:
        return Use.HANDS_OVER; // not followed: it may go anywhere
      default:
        break;
    }
    Instruction taker = graph.instruction(consumer.index);
    if (taker instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
      return Use.HANDS_OVER; // a wrapper or a holder
    }
    if (taker instanceof InvokeInstruction call && !(call instanceof INVOKEDYNAMIC)) {
      // closes it as the tables say for a local (IoUtils.safeClose), or as the callee's body does
      boolean closesIt = calls.closesArgument(call);
      int argument = consumer.argumentOf(call.getArgumentTypes(cpg));
      return OwningFieldModel.asArgumentOf(call.getMethodName(cpg), closesIt,
          closesIt || argument < 0 ? CalleeSummary.UNKNOWN : calls.summary(call, argument));
    }
    if (taker instanceof INVOKEDYNAMIC || taker instanceof ASTORE || taker instanceof AASTORE
        || taker instanceof PUTFIELD || taker instanceof PUTSTATIC) {
      return Use.HANDS_OVER; // captured by a lambda, or copied to a local, an array, a field
    }
    if (taker instanceof ReturnInstruction) {
      // a getter; javac compiles try { return f; } finally { f = null; } as a copy to a local
      return OwningFieldModel.asReturned(false);
    }
    return Use.USES; // a null check, a comparison
  }

  /**
   * What storing the value of {@code field} into the local {@code slot} (at {@code storeNode})
   * comes to. When every load of the local that can follow (before the slot is stored again) is
   * returned at once, the method returns the field's value, and this is how javac compiles both
   * {@code try { return f; } finally { .. }} and {@code T t = f; ..; return t;}: a hand-over when
   * the field is assigned on the way ({@link OwningFieldModel#asReturned}), else a getter's
   * {@code return} (inside {@code synchronized}, say). Any other use of the local copies the
   * value: handed over, followed no further.
   */
  private Use copied(InstructionGraph graph, int storeNode, int slot, String field) {
    BitSet otherStores = new BitSet(graph.size());
    for (int i = 0; i < graph.size(); i++) {
      if (i != storeNode && graph.instruction(i) instanceof ASTORE other && other.getIndex() == slot) {
        otherStores.set(i);
      }
    }
    BitSet after = graph.forwardFrom(storeNode, otherStores);
    boolean returned = false;
    boolean assigned = false;
    for (int i = after.nextSetBit(0); i >= 0; i = after.nextSetBit(i + 1)) {
      Instruction ins = graph.instruction(i);
      if (ins instanceof ALOAD load && load.getIndex() == slot) {
        StackConsumer consumer = graph.consumerOf(i, cpg);
        if (consumer.kind != StackConsumer.Kind.ESCAPES || consumer.wordsAbove != 0
            || !(graph.instruction(consumer.index) instanceof ReturnInstruction)) {
          return Use.HANDS_OVER; // copied to a local used otherwise
        }
        returned = true;
      } else if (ins instanceof PUTFIELD store && isOwnField(store)
          && store.getFieldName(cpg).equals(field)) {
        assigned = true;
      }
    }
    return returned ? OwningFieldModel.asReturned(assigned) : Use.HANDS_OVER;
  }

  /** Whether {@code call}'s receiver is {@code this} (the method's slot 0, loaded right there). */
  private boolean isOnThis(InstructionGraph graph, int node, InvokeInstruction call) {
    if (call instanceof INVOKESTATIC || call instanceof INVOKEDYNAMIC
        || !call.getClassName(cpg).equals(javaClass.getClassName())
        || call.getMethodName(cpg).equals("<init>")) {
      return false; // super.close(), this(..) and other objects' methods are not the class's calls
    }
    return onSlot0(graph, node, call);
  }

  /** Whether the receiver of {@code call} at {@code node} is loaded from slot 0 right there. */
  private boolean onSlot0(InstructionGraph graph, int node, InvokeInstruction call) {
    int receiver = graph.pusherOf(cpg, node, call.consumeStack(cpg) - 1);
    return receiver >= 0 && graph.instruction(receiver) instanceof ALOAD load && load.getIndex() == 0;
  }
}
