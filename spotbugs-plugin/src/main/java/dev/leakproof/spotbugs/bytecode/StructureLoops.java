package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.StructureSources;
import dev.leakproof.checks.knowledge.StructureSources.Kind;
import dev.leakproof.checks.model.concat.ConcatModel;
import dev.leakproof.checks.model.concat.ConcatModel.LoopUse;
import dev.leakproof.spotbugs.bytecode.Loops.Loop;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.DUP;
import org.apache.bcel.generic.ARRAYLENGTH;
import org.apache.bcel.generic.ArrayType;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * Whether a loop runs once per element of a structure of code or schema
 * ({@link StructureSources}), read from javac's code for it: the test at the loop's header
 * compares the counter with a source's count or array length ({@code iload i; aload types;
 * arraylength; if_icmpge exit}; an enhanced {@code for} over an array is the same loop over a
 * copy of the array and its length), steps through a metadata result set ({@code aload keys;
 * invokeinterface next; ifeq exit}) or asks {@code Class.isArray()}. A local stands for a source
 * when every value stored into its slot is that source or {@code null}. The source engines read
 * the same shapes from their trees ({@code StructureLoops} there). Only the invoked method's own
 * class is asked (a call through a driver's class, not {@code java.sql.DatabaseMetaData}, is no
 * source here).
 */
public final class StructureLoops {
  /** How many locals deep a value is followed back to its call. */
  private static final int DEPTH = 3;

  private StructureLoops() {}

  public static boolean iteratesStructure(InstructionGraph graph, ConstantPoolGen cpg,
      Loop loop) {
    int branch = loopTest(graph, loop);
    if (branch < 0) {
      return false;
    }
    int opcode = graph.instruction(branch).getOpcode();
    if (opcode >= Const.IF_ICMPEQ && opcode <= Const.IF_ICMPLE) {
      return isCount(graph, cpg, graph.pusherOf(cpg, branch, 0), DEPTH)
          || isCount(graph, cpg, graph.pusherOf(cpg, branch, 1), DEPTH);
    }
    if (opcode != Const.IFEQ && opcode != Const.IFNE) {
      return false;
    }
    int test = graph.pusherOf(cpg, branch, 0);
    if (test < 0 || !(graph.instruction(test) instanceof InvokeInstruction call)
        || call.getArgumentTypes(cpg).length != 0) {
      return false;
    }
    if (call.getMethodName(cpg).equals("next")) {
      return is(graph, cpg, graph.pusherOf(cpg, test, 0), LoopUse.NEXT_ROW, DEPTH);
    }
    return is(graph, cpg, test, LoopUse.TEST, DEPTH);
  }

  /**
   * The loop's test: the branch that leaves the loop at the end of the straight-line code the
   * header starts (javac's {@code for} and {@code while}), or else the one latch when it is a
   * branch that can leave the loop (ecj's test at the bottom, javac's {@code do … while}); -1
   * when neither.
   */
  private static int loopTest(InstructionGraph graph, Loop loop) {
    int top = headerTest(graph, loop);
    if (top >= 0 || loop.latches().size() != 1) {
      return top;
    }
    int latch = loop.latches().get(0);
    return graph.instruction(latch) instanceof IfInstruction
        && !graph.normalSuccessors(latch).stream().allMatch(loop::contains) ? latch : -1;
  }

  private static int headerTest(InstructionGraph graph, Loop loop) {
    int at = loop.header();
    for (int step = 0; step < 8; step++) {
      if (graph.instruction(at) instanceof IfInstruction) {
        return graph.normalSuccessors(at).stream().allMatch(loop::contains) ? -1 : at;
      }
      if (graph.normalSuccessors(at).size() != 1) {
        return -1;
      }
      at = graph.normalSuccessors(at).get(0);
      if (!loop.contains(at) || graph.predecessors(at).size() != 1) {
        return -1;
      }
    }
    return -1;
  }

  /** An int the counter is compared with: an array source's length or a count source. */
  private static boolean isCount(InstructionGraph graph, ConstantPoolGen cpg, int node,
      int depth) {
    if (node < 0) {
      return false;
    }
    Instruction instruction = graph.instruction(node);
    if (instruction instanceof ARRAYLENGTH) {
      return is(graph, cpg, arrayOf(graph, cpg, node), LoopUse.LENGTH, depth);
    }
    if (instruction instanceof ILOAD load) {
      return depth > 0 && everyStore(graph, cpg, load.getIndex(),
          value -> isCount(graph, cpg, value, depth - 1));
    }
    return is(graph, cpg, node, LoopUse.COMPARED, depth);
  }

  /**
   * What pushed the array an {@code arraylength} reads: ecj keeps a copy of the array on its way
   * ({@code invokevirtual getParameterTypes; dup; astore copy; arraylength}), so the value is the
   * one the {@code dup} copied.
   */
  private static int arrayOf(InstructionGraph graph, ConstantPoolGen cpg, int arraylength) {
    List<Integer> before = graph.predecessors(arraylength);
    if (before.size() == 1 && graph.instruction(before.get(0)) instanceof ASTORE) {
      List<Integer> copied = graph.predecessors(before.get(0));
      if (copied.size() == 1 && graph.instruction(copied.get(0)) instanceof DUP) {
        return graph.pusherOf(cpg, copied.get(0), 0);
      }
    }
    return graph.pusherOf(cpg, arraylength, 0);
  }

  /** Whether the value {@code node} pushes, so used, is a structure source's (or null's). */
  private static boolean is(InstructionGraph graph, ConstantPoolGen cpg, int node, LoopUse use,
      int depth) {
    if (node < 0) {
      return false;
    }
    Instruction instruction = graph.instruction(node);
    if (instruction instanceof CHECKCAST) {
      return is(graph, cpg, graph.pusherOf(cpg, node, 0), use, depth);
    }
    if (instruction instanceof ALOAD load) {
      return depth > 0 && everyStore(graph, cpg, load.getIndex(), value -> value >= 0
          && (graph.instruction(value) instanceof ACONST_NULL
              || is(graph, cpg, value, use, depth - 1)));
    }
    return instruction instanceof InvokeInstruction call
        && kind(call, cpg).filter(kind -> ConcatModel.iteratesStructure(use, kind)).isPresent();
  }

  /**
   * Whether {@code slot} is stored somewhere and every store's value passes {@code value} (an
   * {@code iinc} of it fails).
   */
  private static boolean everyStore(InstructionGraph graph, ConstantPoolGen cpg, int slot,
      IntPredicate value) {
    boolean stored = false;
    for (int node = 0; node < graph.size(); node++) {
      Instruction instruction = graph.instruction(node);
      if (instruction instanceof IINC increment && increment.getIndex() == slot) {
        return false;
      }
      if (instruction instanceof StoreInstruction store && store.getIndex() == slot
          && graph.isReachable(node)) {
        if (!value.test(graph.pusherOf(cpg, node, 0))) {
          return false;
        }
        stored = true;
      }
    }
    return stored;
  }

  private static Optional<Kind> kind(InvokeInstruction call, ConstantPoolGen cpg) {
    String name = call.getMethodName(cpg);
    if (!StructureSources.mayBeSource(name)
        || !(call.getReferenceType(cpg) instanceof ObjectType owner)) {
      return Optional.empty();
    }
    Type returned = call.getReturnType(cpg);
    if (returned instanceof ArrayType array && array.getDimensions() == 1
        && array.getElementType() instanceof ObjectType element
        && StructureSources.isEnumValues(call.getOpcode() == Const.INVOKESTATIC, name,
            call.getArgumentTypes(cpg).length, owner.getClassName(), element.getClassName())) {
      return Optional.of(Kind.MEMBERS);
    }
    return StructureSources.of(owner.getClassName(), name);
  }
}
