package dev.leakproof.spotbugs.bytecode;

import edu.umd.cs.findbugs.ba.BytecodeScanner;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;

/**
 * Whether a method may contain a loop, read from its raw bytecode before any graph is built.
 *
 * <p>{@link Loops} finds a loop only at a branch that jumps backwards (or to itself) in code
 * order; fall-through always goes forwards and exception edges are not normal successors. So a
 * method whose branches all jump forwards has no loop, and a detector that reports only inside
 * loops can skip it. The scan is SpotBugs' own {@link BytecodeScanner} walk (no instruction
 * objects, no allocation): most methods have no loop, and building the {@link InstructionGraph}
 * of each one was the larger part of such a detector's time. A {@code tableswitch} or
 * {@code lookupswitch} counts as a possible loop without reading its targets (javac never jumps
 * backwards from one; a "no" must be final, a "maybe" only costs the full analysis).
 */
public final class BackwardBranches {
  private BackwardBranches() {}

  /** Whether some branch of {@code code} may jump backwards; {@code true} when unsure. */
  public static boolean mayLoop(Code code) {
    byte[] bytes = code.getCode();
    boolean[] found = {false};
    try {
      new BytecodeScanner().scan(bytes, (opcode, index) -> {
        if (!found[0] && jumpsBackOrMayJumpBack(bytes, opcode, index)) {
          found[0] = true;
        }
      });
    } catch (RuntimeException e) {
      return true; // bytecode the scanner cannot walk: let the full analysis decide
    }
    return found[0];
  }

  private static boolean jumpsBackOrMayJumpBack(byte[] bytes, int opcode, int index) {
    return switch (opcode) {
      case Const.IFEQ, Const.IFNE, Const.IFLT, Const.IFGE, Const.IFGT, Const.IFLE,
          Const.IF_ICMPEQ, Const.IF_ICMPNE, Const.IF_ICMPLT, Const.IF_ICMPGE, Const.IF_ICMPGT,
          Const.IF_ICMPLE, Const.IF_ACMPEQ, Const.IF_ACMPNE, Const.IFNULL, Const.IFNONNULL,
          Const.GOTO, Const.JSR -> (short) ((bytes[index + 1] << 8) | (bytes[index + 2] & 0xff)) <= 0;
      case Const.GOTO_W, Const.JSR_W -> ((bytes[index + 1] << 24) | ((bytes[index + 2] & 0xff) << 16)
          | ((bytes[index + 3] & 0xff) << 8) | (bytes[index + 4] & 0xff)) <= 0;
      case Const.TABLESWITCH, Const.LOOKUPSWITCH -> true;
      default -> false;
    };
  }
}
