package dev.leakproof.spotbugs.bytecode;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.NEW;

/**
 * For every instruction of a method, the operand stack it starts with, each word marked with the
 * {@code new} that created it while that object is still uninitialised ({@link #marker(int)}), or
 * {@code 0}. This is how {@code new BufferedReader(new FileReader(f))} is followed: when the
 * inner constructor returns, the stack below still holds the outer, not yet constructed, wrapper.
 */
public final class UninitializedObjects {
  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final WordStack[] in;

  private UninitializedObjects(InstructionGraph graph, ConstantPoolGen cpg) {
    this.graph = graph;
    this.cpg = cpg;
    this.in = new WordStack[graph.size()];
  }

  public static UninitializedObjects of(InstructionGraph graph, ConstantPoolGen cpg) {
    UninitializedObjects analysis = new UninitializedObjects(graph, cpg);
    analysis.solve();
    return analysis;
  }

  /** The value marking the object made by the {@code new} at graph node {@code newNode}. */
  public static int marker(int newNode) {
    return newNode + 1;
  }

  /** The graph node of the {@code new} behind {@code marker}, or -1 for an ordinary value. */
  public static int newNodeOf(int marker) {
    return marker > 0 ? marker - 1 : -1;
  }

  /** The stack on entry to {@code node}; {@code null} when no path reaches it. */
  public WordStack stackAt(int node) {
    return in[node] == null ? null : in[node].copy();
  }

  private void solve() {
    Deque<Integer> work = new ArrayDeque<>();
    in[0] = new WordStack();
    work.add(0);
    for (int i = 0; i < graph.size(); i++) {
      if (graph.isHandlerEntry(i)) {
        in[i] = WordStack.of(0);
        work.add(i);
      }
    }
    while (!work.isEmpty()) {
      int node = work.poll();
      WordStack out = transfer(node, in[node].copy());
      for (int next : graph.normalSuccessors(node)) {
        if (mergeInto(next, out)) {
          work.add(next);
        }
      }
    }
  }

  private WordStack transfer(int node, WordStack stack) {
    Instruction ins = graph.instruction(node);
    if (ins instanceof NEW) {
      stack.push(marker(node));
    } else if (ins instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
      int consumed = init.consumeStack(cpg);
      int receiver = stack.peek(consumed - 1);
      for (int i = 0; i < consumed; i++) {
        stack.pop();
      }
      if (receiver != 0) {
        stack.replaceAll(receiver, 0);
      }
    } else if (!stack.shuffle(ins)) {
      generic(ins, stack, cpg);
    }
    return stack;
  }

  /** Pops what {@code ins} consumes and pushes unknown words for what it produces. */
  static void generic(Instruction ins, WordStack stack, ConstantPoolGen cpg) {
    int consumed = ins.consumeStack(cpg);
    int produced = ins.produceStack(cpg);
    if (consumed < 0 || produced < 0) {
      throw new IllegalStateException("unpredictable stack effect of " + ins);
    }
    for (int i = 0; i < consumed; i++) {
      stack.pop();
    }
    stack.pushAll(0, produced);
  }

  private boolean mergeInto(int node, WordStack incoming) {
    if (in[node] == null) {
      in[node] = incoming.copy();
      return true;
    }
    return in[node].join(incoming, (a, b) -> a == b ? a : 0);
  }
}
