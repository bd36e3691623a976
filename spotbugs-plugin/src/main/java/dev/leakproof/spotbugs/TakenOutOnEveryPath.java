package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.CatchAll;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * Whether every path from a {@code set} to the method's exit passes one of the instructions that
 * take the value out. Exits are returns, and exceptions leaving the method: from an
 * {@code athrow} or a call that no catch-everything handler ({@code finally}, or
 * {@code catch (Throwable)}) covers. Other instructions are assumed not to throw (precision
 * first). Paths through handlers follow the exception table, where javac puts its copy of a
 * {@code finally}.
 *
 * <p>A removal under a condition in a {@code finally} ({@code if (owner) TL.remove();}) counts,
 * as it does for the source engines: the condition usually repeats the one that guarded the
 * {@code set}, which paths cannot see. Such a branch is recognised by its line: javac copies the
 * {@code finally} onto every exit, and one copy is the code of a catch-everything handler.
 */
final class TakenOutOnEveryPath {
  private TakenOutOnEveryPath() {}

  static boolean from(InstructionGraph graph, Method method, int set, List<Integer> cleanups) {
    Code code = method.getCode();
    BitSet blocked = new BitSet(graph.size());
    cleanups.forEach(blocked::set);
    BitSet catchesAll = new BitSet(graph.size());
    List<Integer> finallyEntries = catchAllHandlers(graph, code, catchesAll);
    blocked.or(conditionalCleanupsInFinally(graph, method, finallyEntries, blocked));
    Set<Integer> cleaningFinallyLines = cleaningFinallyLines(graph, method, finallyEntries, blocked);
    LineNumberTable lines = method.getLineNumberTable();
    BitSet reached = graph.reach(graph.normalSuccessors(set), graph::successors, blocked);
    reached.andNot(blocked);
    for (int node = reached.nextSetBit(0); node >= 0; node = reached.nextSetBit(node + 1)) {
      var instruction = graph.instruction(node);
      // A call in a finally that takes the value out (exitScope(); TL.set(saved);) is taken not
      // to throw before the removal, as the source engines take it: the finally is the cleanup.
      boolean mayLeave = instruction instanceof ATHROW || instruction instanceof InvokeInstruction
          && !(lines != null && cleaningFinallyLines.contains(lines.getSourceLine(graph.pc(node))));
      if (instruction instanceof ReturnInstruction || mayLeave && !catchesAll.get(node)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The entries of handlers that catch everything; marks in {@code covered} the instructions
   * they cover.
   */
  private static List<Integer> catchAllHandlers(InstructionGraph graph, Code code,
      BitSet covered) {
    CodeException[] handlers = code.getExceptionTable();
    List<Integer> entries = new ArrayList<>();
    if (handlers == null) {
      return entries;
    }
    ConstantPool pool = code.getConstantPool();
    for (CodeException handler : handlers) {
      boolean all = handler.getCatchType() == 0 // a finally
          || CatchAll.catchesEverything(pool.getConstantString(handler.getCatchType(),
              Const.CONSTANT_Class).replace('/', '.'));
      if (!all) {
        continue;
      }
      for (int node = 0; node < graph.size(); node++) {
        int pc = graph.pc(node);
        if (pc >= handler.getStartPC() && pc < handler.getEndPC()) {
          covered.set(node);
        }
        if (pc == handler.getHandlerPC()) {
          entries.add(node);
        }
      }
    }
    return entries;
  }

  /**
   * Conditional branches, wherever they are, on a line where a catch-everything handler's code
   * branches to a removal: the copies of {@code if (…) TL.remove();} in a {@code finally}.
   */
  private static BitSet conditionalCleanupsInFinally(InstructionGraph graph, Method method,
      List<Integer> finallyEntries, BitSet cleanups) {
    BitSet branches = new BitSet(graph.size());
    LineNumberTable lines = method.getLineNumberTable();
    if (lines == null || finallyEntries.isEmpty() || cleanups.isEmpty()) {
      return branches;
    }
    Set<Integer> finallyLines = new HashSet<>();
    for (int entry : finallyEntries) {
      BitSet handlerCode = graph.forwardFrom(entry, new BitSet());
      for (int node = handlerCode.nextSetBit(0); node >= 0;
          node = handlerCode.nextSetBit(node + 1)) {
        if (graph.instruction(node) instanceof IfInstruction
            && reachesCleanup(graph, node, cleanups)) {
          finallyLines.add(lines.getSourceLine(graph.pc(node)));
        }
      }
    }
    for (int node = 0; node < graph.size(); node++) {
      if (graph.instruction(node) instanceof IfInstruction
          && finallyLines.contains(lines.getSourceLine(graph.pc(node)))
          && reachesCleanup(graph, node, cleanups)) {
        branches.set(node);
      }
    }
    return branches;
  }

  /**
   * The source lines of the code of catch-everything handlers that reach a removal: javac's
   * copies of a {@code finally} that takes the value out carry the same lines on every exit.
   */
  private static Set<Integer> cleaningFinallyLines(InstructionGraph graph, Method method,
      List<Integer> finallyEntries, BitSet cleanups) {
    Set<Integer> finallyLines = new HashSet<>();
    LineNumberTable lines = method.getLineNumberTable();
    if (lines == null || cleanups.isEmpty()) {
      return finallyLines;
    }
    for (int entry : finallyEntries) {
      BitSet handlerCode = graph.forwardFrom(entry, cleanups);
      if (!handlerCode.intersects(cleanups)) {
        continue;
      }
      for (int node = handlerCode.nextSetBit(0); node >= 0;
          node = handlerCode.nextSetBit(node + 1)) {
        if (graph.instruction(node) instanceof InvokeInstruction && !cleanups.get(node)) {
          finallyLines.add(lines.getSourceLine(graph.pc(node)));
        }
      }
    }
    return finallyLines;
  }

  private static boolean reachesCleanup(InstructionGraph graph, int node, BitSet cleanups) {
    BitSet reached = graph.forwardFrom(node, cleanups);
    return reached.intersects(cleanups);
  }
}
