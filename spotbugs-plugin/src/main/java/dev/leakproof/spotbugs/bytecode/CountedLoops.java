package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.concat.CountedLoop;
import dev.leakproof.checks.model.concat.CountedLoop.Comparison;
import dev.leakproof.spotbugs.bytecode.Loops.Loop;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.ISTORE;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.LDC;

/**
 * The {@link CountedLoop} a loop is, read from javac's code for
 * {@code for (int i = 0; i < 16; i += 2)}: the header tests an {@code int} local against a
 * constant and leaves the loop when the test holds ({@code iload i; bipush 16; if_icmpge exit},
 * or {@code iload i; ifle exit} against zero), the one way into the header stores a constant
 * into that local ({@code iconst_0; istore i}), and inside the loop the local changes only by one
 * constant step.
 */
public final class CountedLoops {
  private CountedLoops() {}

  public static Optional<CountedLoop> of(InstructionGraph graph, ConstantPoolGen cpg, Loop loop) {
    int header = loop.header();
    if (!(graph.instruction(header) instanceof ILOAD first)) {
      return bottomTested(graph, cpg, loop);
    }
    int second = onlySuccessor(graph, header);
    if (second < 0 || !loop.contains(second)) {
      return Optional.empty();
    }
    int counter;
    Comparison leavesWhen;
    long bound;
    int test;
    Instruction next = graph.instruction(second);
    if (next instanceof IfInstruction zeroTest && againstZero(zeroTest.getOpcode()) != null) {
      counter = first.getIndex(); // iload i; ifle exit
      leavesWhen = againstZero(zeroTest.getOpcode());
      bound = 0;
      test = second;
    } else {
      OptionalLong constant = constant(next, cpg);
      int third = onlySuccessor(graph, second);
      if (third >= 0 && constant.isPresent()
          && graph.instruction(third) instanceof IfInstruction compare
          && betweenTwo(compare.getOpcode()) != null) {
        counter = first.getIndex(); // iload i; bipush 16; if_icmpge exit
        leavesWhen = betweenTwo(compare.getOpcode());
        bound = constant.getAsLong();
        test = third;
      } else {
        return Optional.empty(); // the constant-first form loads a constant at the header, not i
      }
    }
    if (!leavesAtBranch(graph, loop, test)) {
      return Optional.empty();
    }
    OptionalLong step = onlyIncrement(graph, cpg, loop, counter);
    OptionalLong start = startValue(graph, cpg, loop, counter);
    if (step.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CountedLoop(start.getAsLong(), leavesWhen.negated(), bound,
        step.getAsLong()));
  }

  /**
   * ecj's form of the same loop: the test at the bottom, entered by a jump into it from the one
   * way in ({@code iconst_0; istore i; goto test; body…; iinc i 1; test: iload i; bipush 16;
   * if_icmplt body}). The loop's one latch is the test, which goes back into the loop when taken
   * and leaves it when not.
   */
  private static Optional<CountedLoop> bottomTested(InstructionGraph graph, ConstantPoolGen cpg,
      Loop loop) {
    if (loop.latches().size() != 1
        || !(graph.instruction(loop.latches().get(0)) instanceof IfInstruction branch)) {
      return Optional.empty();
    }
    int test = loop.latches().get(0);
    int load = onlyPredecessor(graph, test);
    Comparison goesOnWhen = againstZero(branch.getOpcode());
    long bound = 0;
    if (goesOnWhen == null) {
      goesOnWhen = betweenTwo(branch.getOpcode());
      OptionalLong constant = load < 0 ? OptionalLong.empty()
          : constant(graph.instruction(load), cpg);
      if (goesOnWhen == null || constant.isEmpty()) {
        return Optional.empty();
      }
      bound = constant.getAsLong();
      load = onlyPredecessor(graph, load);
    }
    if (load < 0 || !(graph.instruction(load) instanceof ILOAD counterLoad)
        || !graph.normalSuccessors(test).contains(loop.header())
        || loop.contains(test + 1)) {
      return Optional.empty();
    }
    int counter = counterLoad.getIndex();
    List<Integer> entries = graph.predecessors(load).stream().filter(p -> !loop.contains(p))
        .toList();
    if (entries.size() != 1 || !(graph.instruction(entries.get(0)) instanceof GotoInstruction)) {
      return Optional.empty();
    }
    int store = onlyPredecessor(graph, entries.get(0));
    if (store < 0 || !(graph.instruction(store) instanceof ISTORE initial)
        || initial.getIndex() != counter) {
      return Optional.empty();
    }
    int push = onlyPredecessor(graph, store);
    OptionalLong start = push < 0 ? OptionalLong.empty() : constant(graph.instruction(push), cpg);
    OptionalLong step = onlyIncrement(graph, cpg, loop, counter);
    if (step.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CountedLoop(start.getAsLong(), goesOnWhen, bound, step.getAsLong()));
  }

  private static int onlyPredecessor(InstructionGraph graph, int node) {
    List<Integer> before = graph.predecessors(node);
    return before.size() == 1 ? before.get(0) : -1;
  }

  /** The branch leaves the loop when taken and stays in it when not (javac's test at the top). */
  private static boolean leavesAtBranch(InstructionGraph graph, Loop loop, int test) {
    List<Integer> successors = graph.normalSuccessors(test);
    int fallThrough = test + 1;
    return successors.size() == 2 && loop.contains(fallThrough)
        && successors.stream().filter(s -> s != fallThrough).noneMatch(loop::contains);
  }

  /**
   * The one step of the counter in the loop, when nothing else in it stores the counter: an
   * {@code iinc} ({@code i++}, {@code i += 2}) or {@code iload i; iconst_2; iadd; istore i}
   * ({@code i = i + 2}, which javac does not turn into an {@code iinc}).
   */
  private static OptionalLong onlyIncrement(InstructionGraph graph, ConstantPoolGen cpg,
      Loop loop, int counter) {
    OptionalLong step = OptionalLong.empty();
    for (int node = loop.body().nextSetBit(0); node >= 0;
        node = loop.body().nextSetBit(node + 1)) {
      Instruction instruction = graph.instruction(node);
      OptionalLong here;
      if (instruction instanceof IINC increment && increment.getIndex() == counter) {
        here = OptionalLong.of(increment.getIncrement());
      } else if (instruction instanceof ISTORE store && store.getIndex() == counter) {
        here = addedConstant(graph, cpg, node, counter);
        if (here.isEmpty()) {
          return here;
        }
      } else {
        continue;
      }
      if (step.isPresent()) {
        return OptionalLong.empty();
      }
      step = here;
    }
    return step;
  }

  /** The {@code k} of {@code iload i; push k; iadd (or isub); istore i} ending at {@code store}. */
  private static OptionalLong addedConstant(InstructionGraph graph, ConstantPoolGen cpg,
      int store, int counter) {
    int[] chain = new int[3]; // load, constant, operation
    int at = store;
    for (int i = 2; i >= 0; i--) {
      List<Integer> before = graph.predecessors(at);
      if (before.size() != 1) {
        return OptionalLong.empty();
      }
      at = before.get(0);
      chain[i] = at;
    }
    int operation = graph.instruction(chain[2]).getOpcode();
    OptionalLong constant = constant(graph.instruction(chain[1]), cpg);
    if (!(graph.instruction(chain[0]) instanceof ILOAD load) || load.getIndex() != counter
        || constant.isEmpty() || (operation != Const.IADD && operation != Const.ISUB)) {
      return OptionalLong.empty();
    }
    return operation == Const.IADD ? constant : OptionalLong.of(-constant.getAsLong());
  }

  /** The constant stored into the counter on the one way into the loop: {@code iconst_0; istore i}. */
  private static OptionalLong startValue(InstructionGraph graph, ConstantPoolGen cpg, Loop loop,
      int counter) {
    List<Integer> entries = graph.predecessors(loop.header()).stream()
        .filter(p -> !loop.contains(p))
        .toList();
    if (entries.size() != 1
        || !(graph.instruction(entries.get(0)) instanceof ISTORE store)
        || store.getIndex() != counter) {
      return OptionalLong.empty();
    }
    List<Integer> before = graph.predecessors(entries.get(0));
    return before.size() == 1 ? constant(graph.instruction(before.get(0)), cpg)
        : OptionalLong.empty();
  }

  private static int onlySuccessor(InstructionGraph graph, int node) {
    List<Integer> successors = graph.normalSuccessors(node);
    return successors.size() == 1 ? successors.get(0) : -1;
  }

  private static OptionalLong constant(Instruction instruction, ConstantPoolGen cpg) {
    if (instruction instanceof ConstantPushInstruction push
        && push.getValue() instanceof Integer value) {
      return OptionalLong.of(value);
    }
    if (instruction instanceof LDC ldc && ldc.getValue(cpg) instanceof Integer value) {
      return OptionalLong.of(value);
    }
    return OptionalLong.empty();
  }

  /** {@code if_icmpXX}: the branch is taken when {@code first OP second}. */
  private static Comparison betweenTwo(int opcode) {
    return switch (opcode) {
      case Const.IF_ICMPLT -> Comparison.LESS;
      case Const.IF_ICMPLE -> Comparison.LESS_OR_EQUAL;
      case Const.IF_ICMPGT -> Comparison.GREATER;
      case Const.IF_ICMPGE -> Comparison.GREATER_OR_EQUAL;
      case Const.IF_ICMPEQ -> Comparison.EQUAL;
      case Const.IF_ICMPNE -> Comparison.NOT_EQUAL;
      default -> null;
    };
  }

  /** {@code ifXX}: the branch is taken when {@code value OP 0}. */
  private static Comparison againstZero(int opcode) {
    return switch (opcode) {
      case Const.IFLT -> Comparison.LESS;
      case Const.IFLE -> Comparison.LESS_OR_EQUAL;
      case Const.IFGT -> Comparison.GREATER;
      case Const.IFGE -> Comparison.GREATER_OR_EQUAL;
      case Const.IFEQ -> Comparison.EQUAL;
      case Const.IFNE -> Comparison.NOT_EQUAL;
      default -> null;
    };
  }
}
