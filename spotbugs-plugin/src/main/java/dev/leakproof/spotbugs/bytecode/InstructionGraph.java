package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.CatchAll;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Map;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.JsrInstruction;
import org.apache.bcel.generic.RET;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Select;

/**
 * The control-flow graph of one method at instruction granularity: normal edges (fall-through,
 * branches, switches) and exception edges (every instruction in a handler's range may jump to
 * the handler). Nodes are instruction indexes in code order.
 *
 * <p>Built from the raw code, independent of SpotBugs' own CFG, so the loop analysis sees exactly
 * the bytecode javac or ecj wrote (including dead code ecj may leave behind, which
 * {@link #reachable()} filters).
 */
public final class InstructionGraph {
  private final InstructionHandle[] handles;
  private final Map<Integer, Integer> indexOfPc = new HashMap<>();
  private final List<List<Integer>> normalSuccessors = new ArrayList<>();
  private final List<List<Integer>> allSuccessors = new ArrayList<>();
  private final List<List<Integer>> predecessors = new ArrayList<>();
  private final List<List<Integer>> exceptionSuccessors = new ArrayList<>();
  private final BitSet handlerEntries = new BitSet();
  /**
   * The entries of handlers that name a type: a source {@code catch}. javac and ecj compile a
   * {@code finally} (and a {@code synchronized} block's release) as a handler of any type.
   */
  private final BitSet catchClauseEntries = new BitSet();
  private final BitSet reachable;
  private final LocalVariableTable variables;
  /** Instructions inside a {@code try} whose handler catches everything (a {@code finally}). */
  private final BitSet caughtByAll;
  /** The targets of jumps, for {@link #consumerOf}: found on its first question. */
  private BitSet jumpTargets;

  private InstructionGraph(InstructionHandle[] handles, CodeException[] handlers, BitSet catchAll,
      LocalVariableTable variables) {
    this.handles = handles;
    this.variables = variables;
    for (int i = 0; i < handles.length; i++) {
      indexOfPc.put(handles[i].getPosition(), i);
      normalSuccessors.add(new ArrayList<>(2));
      allSuccessors.add(new ArrayList<>(2));
      predecessors.add(new ArrayList<>(2));
      exceptionSuccessors.add(new ArrayList<>(1));
    }
    for (int i = 0; i < handles.length; i++) {
      for (int target : normalTargets(i)) {
        addEdge(i, target, true);
      }
    }
    caughtByAll = new BitSet(handles.length);
    for (int h = 0; h < handlers.length; h++) {
      CodeException handler = handlers[h];
      Integer entry = indexOfPc.get(handler.getHandlerPC());
      if (entry == null) {
        continue;
      }
      handlerEntries.set(entry);
      if (handler.getCatchType() != 0) {
        catchClauseEntries.set(entry);
      }
      for (int i = 0; i < handles.length; i++) {
        int pc = handles[i].getPosition();
        if (pc >= handler.getStartPC() && pc < handler.getEndPC()) {
          addEdge(i, entry, false);
          // The JVM takes the first handler that matches: after one that catches everything,
          // later handlers never see an exception from here.
          if (!caughtByAll.get(i) && !exceptionSuccessors.get(i).contains(entry)) {
            exceptionSuccessors.get(i).add(entry);
          }
          if (catchAll.get(h)) {
            caughtByAll.set(i);
          }
        }
      }
    }
    this.reachable = forwardFrom(0, new BitSet());
  }

  /**
   * The graph of {@code code}, or {@code null} when the method uses {@code jsr}/{@code ret}
   * (pre-Java-6 subroutines), whose targets this graph cannot follow.
   */
  public static InstructionGraph of(Code code) {
    InstructionList list = new InstructionList(code.getCode());
    InstructionHandle[] handles = list.getInstructionHandles();
    if (handles.length == 0) {
      return null;
    }
    for (InstructionHandle handle : handles) {
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof JsrInstruction || instruction instanceof RET) {
        return null;
      }
    }
    CodeException[] handlers = code.getExceptionTable();
    if (handlers == null) {
      handlers = new CodeException[0];
    }
    BitSet catchAll = new BitSet(handlers.length);
    for (int h = 0; h < handlers.length; h++) {
      int type = handlers[h].getCatchType();
      if (type == 0 || CatchAll.catchesEverything(code.getConstantPool()
          .getConstantString(type, org.apache.bcel.Const.CONSTANT_Class).replace('/', '.'))) {
        catchAll.set(h);
      }
    }
    return new InstructionGraph(handles, handlers, catchAll, code.getLocalVariableTable());
  }

  /**
   * Whether the {@code astore} at {@code storeNode} stores into a variable the source declares,
   * as opposed to a temporary javac adds ({@code return x;} inside a {@code try} with a
   * {@code finally} keeps {@code x} in an unnamed slot until the {@code finally} code has run).
   * With a local variable table, the table names the variable from the next instruction on.
   * Without one (compiled without {@code -g}), only a store outside every {@code try} that has a
   * {@code finally} is surely a declared variable: javac makes that temporary only inside one.
   */
  public boolean storesNamedVariable(int storeNode, int slot) {
    if (storeNode + 1 >= handles.length) {
      return false;
    }
    if (variables == null) {
      return !caughtByAll.get(storeNode);
    }
    LocalVariable local = variables.getLocalVariable(slot, pc(storeNode + 1));
    return local != null && local.getStartPC() == pc(storeNode + 1);
  }

  private List<Integer> normalTargets(int i) {
    Instruction instruction = handles[i].getInstruction();
    List<Integer> targets = new ArrayList<>(2);
    if (instruction instanceof ReturnInstruction || instruction instanceof ATHROW) {
      return targets;
    }
    if (instruction instanceof Select select) {
      targets.add(indexOf(select.getTarget()));
      for (InstructionHandle target : select.getTargets()) {
        targets.add(indexOf(target));
      }
      return targets;
    }
    if (instruction instanceof BranchInstruction branch) {
      targets.add(indexOf(branch.getTarget()));
      if (instruction instanceof GotoInstruction) {
        return targets;
      }
    }
    if (i + 1 < handles.length) {
      targets.add(i + 1);
    }
    return targets;
  }

  private int indexOf(InstructionHandle handle) {
    Integer index = indexOfPc.get(handle.getPosition());
    if (index == null) {
      throw new IllegalStateException("branch to pc " + handle.getPosition() + " mid-instruction");
    }
    return index;
  }

  private void addEdge(int from, int to, boolean normal) {
    if (normal) {
      normalSuccessors.get(from).add(to);
    }
    if (!allSuccessors.get(from).contains(to)) {
      allSuccessors.get(from).add(to);
      predecessors.get(to).add(from);
    }
  }

  public int size() {
    return handles.length;
  }

  public InstructionHandle handle(int index) {
    return handles[index];
  }

  public Instruction instruction(int index) {
    return handles[index].getInstruction();
  }

  /** Which instruction takes the value {@code node} pushes ({@link StackConsumer}). */
  public StackConsumer consumerOf(int node, ConstantPoolGen cpg) {
    if (jumpTargets == null) {
      jumpTargets = StackConsumer.jumpTargets(handles);
    }
    return StackConsumer.of(handles, node, jumpTargets, cpg);
  }

  /** The node of the instruction at {@code pc}; -1 when no instruction starts there. */
  public int indexOf(int pc) {
    return indexOfPc.getOrDefault(pc, -1);
  }

  public int pc(int index) {
    return handles[index].getPosition();
  }

  /** Fall-through, branch and switch successors (no exception edges). */
  public List<Integer> normalSuccessors(int index) {
    return normalSuccessors.get(index);
  }

  /** Every successor, exception handlers included. */
  public List<Integer> successors(int index) {
    return allSuccessors.get(index);
  }

  /**
   * The entries of the handlers an exception thrown here may reach, in exception-table order: each
   * handler whose range covers this instruction, up to the first that catches everything
   * ({@code finally} or {@code Throwable}); other catch types are not told apart. Empty when an
   * exception here leaves the method.
   */
  public List<Integer> exceptionSuccessors(int index) {
    return exceptionSuccessors.get(index);
  }

  public List<Integer> predecessors(int index) {
    return predecessors.get(index);
  }

  /** Whether an exception handler starts at this instruction. */
  public boolean isHandlerEntry(int index) {
    return handlerEntries.get(index);
  }

  /** Whether control reaches {@code node} only by running on from the instruction before it. */
  public boolean runsStraightInto(int node) {
    return predecessors(node).size() == 1 && predecessors(node).get(0) == node - 1
        && !isHandlerEntry(node);
  }

  /**
   * The instruction that pushed the word {@code depth} below the top of the stack {@code node}
   * starts with, when the instructions since run straight (no branch into them); -1 otherwise.
   */
  public int pusherOf(ConstantPoolGen cpg, int node, int depth) {
    int[] above = {depth};
    return walkBack(cpg, node, (index, produced, consumed) -> {
      if (above[0] < produced) {
        return produced == 1 ? index : NOT_FOUND;
      }
      above[0] = above[0] - produced + consumed;
      return WALK_ON;
    });
  }

  /**
   * Where the call at {@code node} starts: what pushes its receiver (or first argument), as the
   * source engines point at the first line of a call that spans lines; the call itself when that
   * is not straight-line code just before it.
   */
  public int callStart(ConstantPoolGen cpg, int node) {
    int words = instruction(node).consumeStack(cpg);
    int start = words <= 0 ? -1 : pusherOf(cpg, node, words - 1);
    return start < 0 ? node : start;
  }

  /**
   * The first instruction of the straight-line code that computes the top {@code words} words
   * the instruction {@code node} consumes (for a store, where its value's expression starts);
   * -1 when a branch or handler enters that code or a stack effect is unknown.
   */
  public int valueStart(ConstantPoolGen cpg, int node, int words) {
    int[] needed = {words};
    return walkBack(cpg, node, (index, produced, consumed) -> {
      if (produced > needed[0]) {
        return NOT_FOUND; // part of what it pushes is not this value's
      }
      needed[0] = needed[0] - produced + consumed;
      return needed[0] == 0 ? index : WALK_ON;
    });
  }

  private static final int NOT_FOUND = -1;
  private static final int WALK_ON = -2;

  /** One instruction of a backward walk: its index and stack effect; an index, NOT_FOUND or WALK_ON. */
  private interface BackwardStep {
    int visit(int index, int produced, int consumed);
  }

  /**
   * Visits the instructions before {@code node}, last first, while control runs straight from
   * each into the next; NOT_FOUND when the walk leaves straight-line code or meets an unknown
   * stack effect.
   */
  private int walkBack(ConstantPoolGen cpg, int node, BackwardStep step) {
    for (int i = node - 1; i >= 0; i--) {
      if (!runsStraightInto(i + 1)) {
        return NOT_FOUND;
      }
      Instruction ins = instruction(i);
      int produced = ins.produceStack(cpg);
      int consumed = ins.consumeStack(cpg);
      if (produced < 0 || consumed < 0) {
        return NOT_FOUND;
      }
      int answer = step.visit(i, produced, consumed);
      if (answer != WALK_ON) {
        return answer;
      }
    }
    return NOT_FOUND;
  }

  /** Instructions reachable from the method's entry. */
  public BitSet reachable() {
    return (BitSet) reachable.clone();
  }

  public boolean isReachable(int index) {
    return reachable.get(index);
  }

  /**
   * Instructions reachable from the method's entry without entering a {@code catch} clause's
   * handler (a {@code finally} handler, of any type, may be entered): what is left out runs only
   * after an exception was caught. Which source block that code was written in the bytecode does
   * not say: code after a {@code try} whose body always returns or throws is left out too.
   */
  public BitSet reachableWithoutACatch() {
    BitSet reached = forwardFrom(0, catchClauseEntries);
    reached.andNot(catchClauseEntries);
    return reached;
  }

  /** Nodes reachable from {@code start} without entering {@code blocked} nodes (start excepted). */
  public BitSet forwardFrom(int start, BitSet blocked) {
    BitSet stop = (BitSet) blocked.clone();
    stop.clear(start);
    return reach(List.of(start), this::successors, stop);
  }

  /**
   * The nodes reached from {@code starts} (included) along {@code edges} ({@link #successors},
   * {@link #normalSuccessors}, {@link #predecessors}), going on from no node in {@code stop}
   * (which is reached, but not left).
   */
  public BitSet reach(List<Integer> starts, IntFunction<List<Integer>> edges, BitSet stop) {
    BitSet seen = new BitSet(handles.length);
    Deque<Integer> work = new ArrayDeque<>();
    for (int start : starts) {
      if (!seen.get(start)) {
        seen.set(start);
        work.add(start);
      }
    }
    while (!work.isEmpty()) {
      int node = work.poll();
      if (stop.get(node)) {
        continue;
      }
      for (int next : edges.apply(node)) {
        if (!seen.get(next)) {
          seen.set(next);
          work.add(next);
        }
      }
    }
    return seen;
  }
}
