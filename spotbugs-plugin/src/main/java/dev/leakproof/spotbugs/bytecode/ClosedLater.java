package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.CallModel;
import java.util.BitSet;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * Whether the method closes a local after a given instruction, on a path that runs through it
 * without an exception: the bytecode form of the source engines' "a later statement, or the
 * {@code finally} covering it, closes the local outside a {@code catch}" ({@link
 * dev.leakproof.checks.model.resource.UnlistedValues#ownsUnlistedValue}, {@link
 * UnclosedResourceModel#argumentHandsOver}).
 * Only normal edges are followed, so a close in a {@code catch} block (reached by an exception
 * edge) does not count, and the normal copy of a {@code finally} does. Like the source engines,
 * the local is matched by its slot, not by the value it holds at the close.
 *
 * <p>Not {@link dev.leakproof.checks.model.resource.ClosedLater}, which reads a tree (later
 * statements of the blocks around the point, the {@code finally} of the {@code try} around it):
 * this is reachability on the method's graph, so it follows a loop's back edge to a close
 * earlier in the loop body, and a close behind a {@code return} on the point's branch is not
 * reached. The two agree on the shapes the corpus holds; bytecode has no blocks to ask the
 * source model about.
 */
public final class ClosedLater {
  private ClosedLater() {}

  /**
   * Whether some normal path from {@code node} (not including it) reaches a close of one of the
   * local slots in {@code slots}: {@code aload n; [checkcast;] invoke close()} or a quiet-close
   * helper given {@code aload n} as its only argument.
   */
  public static boolean after(InstructionGraph graph, ConstantPoolGen cpg, CallModel calls,
      int node, BitSet slots) {
    if (slots.isEmpty()) {
      return false;
    }
    return graph.reach(graph.normalSuccessors(node), graph::normalSuccessors, new BitSet())
        .stream().anyMatch(later -> graph.instruction(later) instanceof ALOAD load
            && slots.get(load.getIndex()) && closesLoadedValue(graph, cpg, calls, later));
  }

  /** The local slots some {@code aload} of which is closed by the call right after it. */
  public static BitSet closedSlots(InstructionGraph graph, ConstantPoolGen cpg, CallModel calls) {
    BitSet slots = new BitSet();
    for (int node = 0; node < graph.size(); node++) {
      if (graph.instruction(node) instanceof ALOAD load
          && closesLoadedValue(graph, cpg, calls, node)) {
        slots.set(load.getIndex());
      }
    }
    return slots;
  }

  /** Whether the value {@code load} pushes is closed by the call right after it. */
  private static boolean closesLoadedValue(InstructionGraph graph, ConstantPoolGen cpg,
      CallModel calls, int load) {
    int next = load + 1;
    if (next < graph.size() && graph.instruction(next) instanceof CHECKCAST) {
      next++;
    }
    if (next >= graph.size()) {
      return false;
    }
    return graph.instruction(next) instanceof InvokeInstruction call && closes(call, cpg, calls);
  }

  /**
   * Whether {@code call} closes the value loaded right before it: a close or release of its
   * receiver, or a closing helper given it as its only argument.
   */
  public static boolean closes(InvokeInstruction call, ConstantPoolGen cpg, CallModel calls) {
    return calls.closesReceiver(call)
        || calls.closesArgument(call) && call.getArgumentTypes(cpg).length == 1;
  }
}
