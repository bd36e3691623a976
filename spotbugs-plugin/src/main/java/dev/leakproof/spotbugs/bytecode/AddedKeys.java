package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.staticcache.BoundedKeys;
import dev.leakproof.checks.model.staticcache.BoundedKeys.Range;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.BasicType;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LDC2_W;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * SpotBugs' facts for {@link BoundedKeys}, from one method's bytecode: how the key an add
 * stores is computed (through locals stored once, {@code Math.min/max}, a formatted number's
 * {@code length()}), which comparisons of it with constants hold wherever the add runs, and
 * whether a fixed set's {@code contains(key)} does. A condition holds at the add when the add
 * cannot be reached from the method's entry but through the branch edge on which it holds.
 */
public final class AddedKeys {
  /** How many definitions deep a key is followed. */
  private static final int DEPTH = 6;

  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  /** The class of the method, whose private and static helpers a key may come from. */
  private final JavaClass owner;

  private AddedKeys(InstructionGraph graph, ConstantPoolGen cpg, JavaClass owner) {
    this.graph = graph;
    this.cpg = cpg;
    this.owner = owner;
  }

  /**
   * Whether the key the call at {@code pc} stores is bounded.
   *
   * @param owner the class declaring {@code method}
   * @param fieldClass the collection field's class, whose fixed sets may guard the add
   * @param isFixedSet whether a static field of {@code fieldClass}, by name, is a fixed set
   */
  public static boolean bounded(JavaClass owner, Method method, int pc, ConstantPoolGen cpg,
      String collectionType, String fieldClass, Predicate<String> isFixedSet) {
    InstructionGraph graph = method.getCode() == null ? null : InstructionGraph.of(method.getCode());
    if (graph == null || graph.indexOf(pc) < 0
        || !(graph.instruction(graph.indexOf(pc)) instanceof InvokeInstruction call)) {
      return false;
    }
    OptionalInt index = BoundedKeys.keyArgument(collectionType, call.getMethodName(cpg));
    Type[] arguments = call.getArgumentTypes(cpg);
    if (index.isEmpty() || arguments.length <= index.getAsInt()) {
      return false;
    }
    AddedKeys keys = new AddedKeys(graph, cpg, owner);
    int add = graph.indexOf(pc);
    int key = graph.pusherOf(cpg, add, StackShuffles.wordsAfter(arguments, index.getAsInt()));
    if (key < 0) {
      return false;
    }
    Range range = keys.rangeOf(key, DEPTH);
    int slot = keys.variableSlot(key);
    boolean guarded = false;
    if (slot >= 0) {
      for (int branch = 0; branch < graph.size(); branch++) {
        if (graph.instruction(branch) instanceof IfInstruction test) {
          range = range.and(keys.comparison(branch, test, slot, add));
          guarded |= keys.fixedSetHolds(branch, test, slot, add, fieldClass, isFixedSet);
        }
      }
    }
    return BoundedKeys.isBounded(range, guarded);
  }

  /**
   * The local a key is read from, looking through boxing and casts, when the method stores it at
   * most once (a parameter never stored, or a local stored once): every read sees that value.
   */
  private int variableSlot(int pusher) {
    int at = through(pusher);
    if (at < 0 || !(graph.instruction(at) instanceof LoadInstruction load)) {
      return -1;
    }
    return stores(load.getIndex()).size() <= 1 ? load.getIndex() : -1;
  }

  /** Skips boxing ({@code Integer.valueOf(int)}) and casts back to what they wrap. */
  private int through(int pusher) {
    int at = pusher;
    while (at >= 0) {
      Instruction instruction = graph.instruction(at);
      if (instruction instanceof CHECKCAST
          || instruction instanceof InvokeInstruction call && call.getMethodName(cpg).equals("valueOf")
              && call.getArgumentTypes(cpg).length == 1
              && call.getArgumentTypes(cpg)[0] instanceof BasicType) {
        at = graph.pusherOf(cpg, at, 0);
      } else {
        return at;
      }
    }
    return at;
  }

  /** The indexes of the stores into local {@code slot} ({@code iinc} counts as one). */
  private List<Integer> stores(int slot) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      Instruction instruction = graph.instruction(i);
      if (instruction instanceof StoreInstruction store && store.getIndex() == slot
          || instruction instanceof IINC increment && increment.getIndex() == slot) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * The one store into {@code slot} whose value the load at {@code load} reads on every path, or
   * -1: every other store of the slot reaches the load only through that one, and no path from
   * the method's entry reaches it with none. javac gives locals of disjoint blocks one slot (NetBeans'
   * {@code SharedClassObject} stores its slot 1 twice), so counting the method's stores into the
   * slot would miss a local stored once.
   */
  private int reachingStore(int load, int slot) {
    List<Integer> stores = stores(slot);
    BitSet blocked = new BitSet();
    stores.forEach(blocked::set);
    if (!blocked.get(0) && graph.forwardFrom(0, blocked).get(load)) {
      return -1; // a parameter's value, or the load runs before any store
    }
    int found = -1;
    for (int store : stores) {
      if (graph.forwardFrom(store, blocked).get(load)) {
        if (found >= 0) {
          return -1;
        }
        found = store;
      }
    }
    return found;
  }

  /** The range of the value the instruction at {@code pusher} pushed. */
  private Range rangeOf(int pusher, int depth) {
    if (pusher < 0) {
      return Range.UNKNOWN;
    }
    Instruction instruction = graph.instruction(pusher);
    if (isConstant(instruction) || instruction instanceof LDC text
        && text.getValue(cpg) instanceof String) {
      return Range.CONSTANT;
    }
    if (depth == 0) {
      return Range.UNKNOWN;
    }
    Method helper = instruction instanceof InvokeInstruction call ? helper(call) : null;
    if (helper != null) {
      return returnedRange(helper, depth - 1);
    }
    if (instruction instanceof CHECKCAST) {
      return rangeOf(graph.pusherOf(cpg, pusher, 0), depth);
    }
    if (instruction instanceof LoadInstruction load) {
      int store = reachingStore(pusher, load.getIndex());
      if (store < 0 || !(graph.instruction(store) instanceof StoreInstruction)) {
        return Range.UNKNOWN;
      }
      return rangeOf(graph.pusherOf(cpg, store, 0), depth - 1);
    }
    if (instruction instanceof InvokeInstruction call) {
      Type[] arguments = call.getArgumentTypes(cpg);
      List<Range> operands = new ArrayList<>();
      if (call.getOpcode() != Const.INVOKESTATIC) {
        operands.add(rangeOf(graph.pusherOf(cpg, pusher, StackShuffles.wordsAfter(arguments, -1)),
            depth - 1));
      }
      boolean primitive = true;
      for (int i = 0; i < arguments.length; i++) {
        operands.add(arguments[i].getSize() == 1
            ? rangeOf(graph.pusherOf(cpg, pusher, StackShuffles.wordsAfter(arguments, i)), depth - 1)
            : Range.UNKNOWN);
        primitive &= arguments[i] instanceof BasicType;
      }
      return BoundedKeys.ofCall(call.getReferenceType(cpg).toString(), call.getMethodName(cpg),
          primitive, operands);
    }
    return Range.UNKNOWN;
  }

  /**
   * The method of this class a call runs when no subclass can override it (private or static)
   * and its code is here; null otherwise.
   */
  private Method helper(InvokeInstruction call) {
    if (!call.getReferenceType(cpg).toString().equals(owner.getClassName())) {
      return null;
    }
    Method method = Declarations.declared(owner, call.getMethodName(cpg), call.getSignature(cpg));
    return method != null && (method.isPrivate() || method.isStatic()) && method.getCode() != null
        ? method : null;
  }

  /** What the values a helper's reachable {@code return}s give share. */
  private Range returnedRange(Method helper, int depth) {
    InstructionGraph body = InstructionGraph.of(helper.getCode());
    if (body == null) {
      return Range.UNKNOWN;
    }
    AddedKeys inHelper = new AddedKeys(body, cpg, owner);
    List<Range> returned = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (body.instruction(i) instanceof ReturnInstruction exit
          && exit.getOpcode() != Const.RETURN && body.isReachable(i)) {
        returned.add(inHelper.rangeOf(body.pusherOf(cpg, i, 0), depth));
      }
    }
    return BoundedKeys.ofReturns(returned);
  }

  private boolean isConstant(Instruction instruction) {
    return instruction instanceof ConstantPushInstruction
        || instruction instanceof LDC ldc && ldc.getValue(cpg) instanceof Number
        || instruction instanceof LDC2_W;
  }

  /**
   * What a comparison of the key's local with a constant at {@code branch} tells, when it holds
   * (or fails) wherever the add runs.
   */
  private Range comparison(int branch, IfInstruction test, int slot, int add) {
    String taken = switch (test.getOpcode()) {
      case Const.IFEQ, Const.IF_ICMPEQ -> "==";
      case Const.IFNE, Const.IF_ICMPNE -> "!=";
      case Const.IFLT, Const.IF_ICMPLT -> "<";
      case Const.IFGE, Const.IF_ICMPGE -> ">=";
      case Const.IFGT, Const.IF_ICMPGT -> ">";
      case Const.IFLE, Const.IF_ICMPLE -> "<=";
      default -> "";
    };
    if (taken.isEmpty()) {
      return Range.UNKNOWN;
    }
    String operator;
    int single = test.consumeStack(cpg);
    int left = graph.pusherOf(cpg, branch, single - 1);
    int right = single == 2 ? graph.pusherOf(cpg, branch, 0) : -1;
    if (single == 1 && isSlot(left, slot)) {
      operator = taken; // compared with zero
    } else if (single == 2 && isSlot(left, slot) && right >= 0
        && isConstant(graph.instruction(right))) {
      operator = taken;
    } else if (single == 2 && isSlot(right, slot) && left >= 0
        && isConstant(graph.instruction(left))) {
      operator = BoundedKeys.flipped(taken);
    } else {
      return Range.UNKNOWN;
    }
    Boolean holds = holdsAt(branch, test, add);
    if (holds == null) {
      return Range.UNKNOWN;
    }
    return BoundedKeys.ofComparison(operator, holds);
  }

  /** Whether {@code FIXED.contains(key)} is true wherever the add runs. */
  private boolean fixedSetHolds(int branch, IfInstruction test, int slot, int add,
      String fieldClass, Predicate<String> isFixedSet) {
    if (test.getOpcode() != Const.IFEQ && test.getOpcode() != Const.IFNE) {
      return false;
    }
    int pusher = graph.pusherOf(cpg, branch, 0);
    if (pusher < 0 || !(graph.instruction(pusher) instanceof InvokeInstruction call)
        || !BoundedKeys.isMembershipTest(call.getMethodName(cpg), call.getArgumentTypes(cpg).length)
        || !isSlot(graph.pusherOf(cpg, pusher, 0), slot)) {
      return false;
    }
    int receiver = graph.pusherOf(cpg, pusher, 1);
    if (receiver < 0 || !(graph.instruction(receiver) instanceof GETSTATIC set)
        || !set.getReferenceType(cpg).toString().equals(fieldClass)
        || !isFixedSet.test(set.getFieldName(cpg))) {
      return false;
    }
    Boolean jumpTaken = holdsAt(branch, test, add);
    // ifeq jumps when contains(…) is false, ifne when it is true.
    return jumpTaken != null && jumpTaken == (test.getOpcode() == Const.IFNE);
  }

  private boolean isSlot(int pusher, int slot) {
    return pusher >= 0 && graph.instruction(pusher) instanceof LoadInstruction load
        && load.getIndex() == slot;
  }

  /**
   * True when the add runs only after the branch jumped, false when only after it fell through,
   * null when neither edge is on every path to it.
   */
  private Boolean holdsAt(int branch, IfInstruction test, int add) {
    int target = graph.indexOf(test.getTarget().getPosition());
    if (dominates(branch, target, add)) {
      return true;
    }
    return dominates(branch, branch + 1, add) ? Boolean.FALSE : null;
  }

  /** Whether every path from the entry to {@code add} takes the edge {@code branch → next}. */
  private boolean dominates(int branch, int next, int add) {
    if (next < 0 || next >= graph.size() || graph.predecessors(next).size() != 1
        || graph.predecessors(next).get(0) != branch || graph.isHandlerEntry(next)
        || next == add) {
      return false;
    }
    BitSet blocked = new BitSet();
    blocked.set(next);
    return graph.isReachable(add) && !graph.forwardFrom(0, blocked).get(add);
  }
}
