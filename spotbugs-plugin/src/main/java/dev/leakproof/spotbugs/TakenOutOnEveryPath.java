package dev.leakproof.spotbugs;

import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * Whether every path from a {@code set} to the method's exit passes one of the instructions that
 * take the value out. Exits are returns, and exceptions leaving the method: from an
 * {@code athrow} or a call that no catch-everything handler ({@code finally}, or
 * {@code catch (Throwable)}) covers. Other instructions are assumed not to throw (precision
 * first). Paths through handlers follow the exception table, where javac puts its copy of a
 * {@code finally}.
 */
final class TakenOutOnEveryPath {
  private TakenOutOnEveryPath() {}

  static boolean from(InstructionGraph graph, Code code, int set, List<Integer> cleanups) {
    BitSet blocked = new BitSet(graph.size());
    cleanups.forEach(blocked::set);
    BitSet catchesAll = coveredByCatchAll(graph, code);
    BitSet seen = new BitSet(graph.size());
    Deque<Integer> work = new ArrayDeque<>();
    for (int next : graph.normalSuccessors(set)) {
      if (!seen.get(next)) {
        seen.set(next);
        work.add(next);
      }
    }
    while (!work.isEmpty()) {
      int node = work.poll();
      if (blocked.get(node)) {
        continue;
      }
      var instruction = graph.instruction(node);
      boolean mayLeave = instruction instanceof ATHROW || instruction instanceof InvokeInstruction;
      if (instruction instanceof ReturnInstruction || mayLeave && !catchesAll.get(node)) {
        return false;
      }
      for (int next : graph.successors(node)) {
        if (!seen.get(next)) {
          seen.set(next);
          work.add(next);
        }
      }
    }
    return true;
  }

  private static BitSet coveredByCatchAll(InstructionGraph graph, Code code) {
    BitSet covered = new BitSet(graph.size());
    CodeException[] handlers = code.getExceptionTable();
    if (handlers == null) {
      return covered;
    }
    ConstantPool pool = code.getConstantPool();
    for (CodeException handler : handlers) {
      boolean all = handler.getCatchType() == 0
          || "java.lang.Throwable".equals(pool.getConstantString(handler.getCatchType(),
              org.apache.bcel.Const.CONSTANT_Class).replace('/', '.'));
      if (!all) {
        continue;
      }
      for (int node = 0; node < graph.size(); node++) {
        int pc = graph.pc(node);
        if (pc >= handler.getStartPC() && pc < handler.getEndPC()) {
          covered.set(node);
        }
      }
    }
    return covered;
  }
}
