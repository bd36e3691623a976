package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.spotbugs.bytecode.StackValue.Builder;
import dev.leakproof.spotbugs.bytecode.StackValue.Concat;
import dev.leakproof.spotbugs.bytecode.StackValue.FieldLoad;
import dev.leakproof.spotbugs.bytecode.StackValue.FieldRef;
import dev.leakproof.spotbugs.bytecode.StackValue.LocalLoad;
import dev.leakproof.spotbugs.bytecode.StackValue.NewBuilder;
import dev.leakproof.spotbugs.bytecode.StackValue.Source;
import dev.leakproof.spotbugs.bytecode.StackValue.Unknown;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * Finds every store into a local variable or field of one method and tells whether the stored
 * value is a string concatenation that reads the very same variable ({@code s += x},
 * {@code s = s + x}, {@code s = x + s}).
 *
 * <p>Works on the operand stack only, by a small abstract interpretation to a fixpoint over the
 * {@link InstructionGraph}. It understands both ways compilers write concatenation: Java 9+
 * {@code invokedynamic StringConcatFactory.makeConcat[WithConstants]}, and the
 * {@code new StringBuilder().append(..)...toString()} chain (with ecj's
 * {@code new StringBuilder(String.valueOf(s))} start) of Java 8 targets, and
 * {@code String.concat}. A builder held in a
 * local variable is user code, not a concatenation, and is never tracked.
 */
public final class StringStores {
  /** Where a store writes: a local variable's slot, or a field. */
  public sealed interface Target {}

  public record LocalTarget(int slot) implements Target {}

  /** A field (any object, for kills; see {@link Store#ownerSlot()}). */
  public record FieldTarget(FieldRef field) implements Target {}

  /**
   * One store instruction.
   *
   * @param node the instruction's index in the graph
   * @param extendsItself the stored value is a concatenation with the target's own value
   * @param ownerSlot for an instance field, the local the object reference came from (or
   *     {@link FieldLoad#UNKNOWN_OWNER}); {@link FieldLoad#STATIC} otherwise
   */
  public record Store(int node, Target target, boolean extendsItself, int ownerSlot) {}

  private static final String STRING = "Ljava/lang/String;";

  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final Predicate<INVOKEDYNAMIC> isStringConcat;
  private final List<List<StackValue>> in;

  private StringStores(
      InstructionGraph graph, ConstantPoolGen cpg, Predicate<INVOKEDYNAMIC> isStringConcat) {
    this.graph = graph;
    this.cpg = cpg;
    this.isStringConcat = isStringConcat;
    this.in = new ArrayList<>(graph.size());
    for (int i = 0; i < graph.size(); i++) {
      in.add(null);
    }
  }

  /**
   * Every reachable store of the method, and how deep the operand stack is before each
   * instruction ({@code -1} where it is not reached). A statement of the source starts and ends
   * where the stack is empty, so the heights tell which instructions make up one statement.
   */
  public record Analysis(List<Store> stores, int[] stackHeights) {
    /**
     * The instructions of the statement that ends with {@code node}: walking back from it while
     * the stack is not empty, up to the instruction that starts on an empty stack.
     */
    public BitSet statementEndingAt(InstructionGraph graph, int node) {
      BitSet starts = new BitSet(graph.size());
      for (int i = 0; i < stackHeights.length; i++) {
        if (stackHeights[i] <= 0 || graph.isHandlerEntry(i)) {
          starts.set(i);
        }
      }
      return graph.reach(List.of(node), graph::predecessors, starts);
    }
  }

  /**
   * @param isStringConcat whether an {@code invokedynamic} is bootstrapped by
   *     {@code StringConcatFactory} (needs the class's bootstrap table)
   */
  public static Analysis analyse(
      InstructionGraph graph, ConstantPoolGen cpg, Predicate<INVOKEDYNAMIC> isStringConcat) {
    StringStores analysis = new StringStores(graph, cpg, isStringConcat);
    analysis.solve();
    int[] heights = new int[graph.size()];
    for (int node = 0; node < heights.length; node++) {
      List<StackValue> stack = analysis.in.get(node);
      heights[node] = stack == null ? -1 : stack.size();
    }
    return new Analysis(analysis.stores(), heights);
  }

  private void solve() {
    Deque<Integer> work = new ArrayDeque<>();
    in.set(0, new ArrayList<>());
    work.add(0);
    for (int i = 0; i < graph.size(); i++) {
      if (graph.isHandlerEntry(i)) {
        List<StackValue> caught = new ArrayList<>();
        caught.add(Unknown.INSTANCE);
        in.set(i, caught);
        work.add(i);
      }
    }
    while (!work.isEmpty()) {
      int node = work.poll();
      List<StackValue> out = transfer(node, new ArrayList<>(in.get(node)));
      for (int next : graph.normalSuccessors(node)) {
        if (mergeInto(next, out)) {
          work.add(next);
        }
      }
    }
  }

  private boolean mergeInto(int node, List<StackValue> incoming) {
    List<StackValue> current = in.get(node);
    if (current == null) {
      in.set(node, new ArrayList<>(incoming));
      return true;
    }
    if (current.size() != incoming.size()) {
      throw new IllegalStateException("stack heights differ at pc " + graph.pc(node)
          + " (" + current.size() + " vs " + incoming.size() + "): unverifiable bytecode");
    }
    boolean changed = false;
    for (int i = 0; i < current.size(); i++) {
      StackValue mine = current.get(i);
      StackValue joined = join(mine, incoming.get(i));
      if (!joined.equals(mine)) {
        current.set(i, joined);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * What holds on both paths: the same value, or a concatenation/builder with the sources both
   * have (a ternary operand makes the paths differ in one operand only); otherwise unknown.
   */
  private static StackValue join(StackValue a, StackValue b) {
    if (a.equals(b)) {
      return a;
    }
    if (a instanceof Concat x && b instanceof Concat y) {
      return new Concat(intersection(x.sources(), y.sources()));
    }
    if (a instanceof Builder x && b instanceof Builder y) {
      return new Builder(intersection(x.sources(), y.sources()));
    }
    return Unknown.INSTANCE;
  }

  private static Set<Source> intersection(Set<Source> a, Set<Source> b) {
    Set<Source> both = new HashSet<>(a);
    both.retainAll(b);
    return both;
  }

  private List<StackValue> transfer(int node, List<StackValue> stack) {
    Instruction ins = graph.instruction(node);
    if (ins instanceof ALOAD load) {
      stack.add(new LocalLoad(load.getIndex()));
    } else if (ins instanceof GETFIELD get && STRING.equals(get.getSignature(cpg))) {
      StackValue owner = pop(stack);
      int ownerSlot = owner instanceof LocalLoad local ? local.slot() : FieldLoad.UNKNOWN_OWNER;
      stack.add(new FieldLoad(fieldRef(get), ownerSlot));
    } else if (ins instanceof GETSTATIC get && STRING.equals(get.getSignature(cpg))) {
      stack.add(new FieldLoad(fieldRef(get), FieldLoad.STATIC));
    } else if (ins instanceof NEW created && isBuilderClass(created.getLoadClassType(cpg).getClassName())) {
      stack.add(new NewBuilder(graph.pc(node)));
    } else if (ins instanceof INVOKEDYNAMIC indy && isStringConcat.test(indy)) {
      Set<Source> sources = new HashSet<>();
      for (int i = 0; i < indy.consumeStack(cpg); i++) {
        sources.addAll(StackValue.sourcesOf(pop(stack)));
      }
      stack.add(new Concat(sources));
    } else if (ins instanceof INVOKESPECIAL init && isBuilderClass(init.getClassName(cpg))
        && init.getMethodName(cpg).equals("<init>")) {
      initBuilder(init, stack);
    } else if (ins instanceof INVOKEVIRTUAL call && isStringConcatMethod(call)) {
      Set<Source> sources = new HashSet<>(StackValue.sourcesOf(pop(stack))); // the argument
      sources.addAll(StackValue.sourcesOf(pop(stack))); // the receiver
      stack.add(new Concat(sources));
    } else if (ins instanceof INVOKEVIRTUAL call && isBuilderClass(call.getClassName(cpg))) {
      builderCall(call, stack);
    } else if (ins instanceof INVOKESTATIC call && call.getClassName(cpg).equals("java.lang.String")
        && call.getMethodName(cpg).equals("valueOf")
        && call.getSignature(cpg).equals("(Ljava/lang/Object;)Ljava/lang/String;")) {
      StackValue arg = pop(stack);
      stack.add(arg instanceof Source || arg instanceof Concat ? arg : Unknown.INSTANCE);
    } else if (!StackShuffles.apply(ins, stack)) {
      StackShuffles.applyUntracked(ins, cpg, stack, Unknown.INSTANCE);
    }
    return stack;
  }

  /** {@code String.concat(String)}: {@code s = s.concat(x)} copies {@code s} like {@code s += x}. */
  private boolean isStringConcatMethod(INVOKEVIRTUAL call) {
    return ConcatModel.isStringConcat(call.getMethodName(cpg), call.getArgumentTypes(cpg).length,
        () -> call.getClassName(cpg).equals("java.lang.String"));
  }

  /** {@code new StringBuilder(...)} initialised: every copy of the new object becomes a builder. */
  private void initBuilder(INVOKESPECIAL init, List<StackValue> stack) {
    String signature = init.getSignature(cpg);
    Set<Source> sources = new HashSet<>();
    int words = init.consumeStack(cpg);
    if (signature.equals("(Ljava/lang/String;)V") || signature.equals("(Ljava/lang/CharSequence;)V")) {
      sources.addAll(StackValue.sourcesOf(pop(stack)));
      words--;
    }
    StackValue receiver = null;
    for (int i = 0; i < words; i++) {
      receiver = pop(stack);
    }
    if (receiver instanceof NewBuilder created) {
      Builder builder = new Builder(sources);
      stack.replaceAll(v -> v.equals(created) ? builder : v);
    }
  }

  /** {@code append} extends a tracked builder; {@code toString} turns it into a concatenation. */
  private void builderCall(INVOKEVIRTUAL call, List<StackValue> stack) {
    String name = call.getMethodName(cpg);
    String signature = call.getSignature(cpg);
    Type[] args = call.getArgumentTypes(cpg);
    if (name.equals("append") && args.length == 1 && call.getReturnType(cpg).getSize() == 1) {
      Set<Source> added = args[0].getSize() == 1 ? StackValue.sourcesOf(pop(stack)) : popWords(stack, 2);
      StackValue receiver = pop(stack);
      if (receiver instanceof Builder builder) {
        Set<Source> sources = new HashSet<>(builder.sources());
        sources.addAll(added);
        stack.add(new Builder(sources));
      } else {
        stack.add(Unknown.INSTANCE);
      }
    } else if (name.equals("toString") && signature.equals("()Ljava/lang/String;")) {
      StackValue receiver = pop(stack);
      stack.add(receiver instanceof Builder builder ? new Concat(builder.sources()) : Unknown.INSTANCE);
    } else {
      StackShuffles.applyUntracked(call, cpg, stack, Unknown.INSTANCE);
    }
  }

  private Set<Source> popWords(List<StackValue> stack, int words) {
    for (int i = 0; i < words; i++) {
      pop(stack);
    }
    return Set.of();
  }

  private List<Store> stores() {
    List<Store> stores = new ArrayList<>();
    for (int node = 0; node < graph.size(); node++) {
      List<StackValue> stack = in.get(node);
      if (stack == null || !graph.isReachable(node)) {
        continue;
      }
      Instruction ins = graph.instruction(node);
      if (ins instanceof ASTORE store) {
        StackValue value = top(stack, 0);
        boolean self = value instanceof Concat concat
            && concat.sources().contains(new LocalLoad(store.getIndex()));
        stores.add(new Store(node, new LocalTarget(store.getIndex()), self, FieldLoad.STATIC));
      } else if (ins instanceof StoreInstruction store) {
        // A primitive store reuses the slot: for the string variable that is a kill.
        for (int word = 0; word < store.getType(cpg).getSize(); word++) {
          stores.add(new Store(node, new LocalTarget(store.getIndex() + word), false, FieldLoad.STATIC));
        }
      } else if (ins instanceof PUTFIELD put) {
        FieldRef field = fieldRef(put);
        StackValue owner = top(stack, put.getFieldType(cpg).getSize());
        int ownerSlot = owner instanceof LocalLoad local ? local.slot() : FieldLoad.UNKNOWN_OWNER;
        boolean self = STRING.equals(field.signature())
            && ownerSlot != FieldLoad.UNKNOWN_OWNER
            && top(stack, 0) instanceof Concat concat
            && concat.sources().contains(new FieldLoad(field, ownerSlot));
        stores.add(new Store(node, new FieldTarget(field), self, ownerSlot));
      } else if (ins instanceof PUTSTATIC put) {
        FieldRef field = fieldRef(put);
        boolean self = STRING.equals(field.signature())
            && top(stack, 0) instanceof Concat concat
            && concat.sources().contains(new FieldLoad(field, FieldLoad.STATIC));
        stores.add(new Store(node, new FieldTarget(field), self, FieldLoad.STATIC));
      }
    }
    return stores;
  }

  private FieldRef fieldRef(FieldInstruction ins) {
    return new FieldRef(ins.getClassName(cpg), ins.getFieldName(cpg), ins.getSignature(cpg));
  }

  private static boolean isBuilderClass(String dottedName) {
    return dottedName.equals("java.lang.StringBuilder") || dottedName.equals("java.lang.StringBuffer");
  }

  private static StackValue top(List<StackValue> stack, int depth) {
    if (stack.size() <= depth) {
      throw new IllegalStateException("operand stack underflow");
    }
    return stack.get(stack.size() - 1 - depth);
  }

  private static StackValue pop(List<StackValue> stack) {
    if (stack.isEmpty()) {
      throw new IllegalStateException("operand stack underflow");
    }
    return stack.remove(stack.size() - 1);
  }

}
