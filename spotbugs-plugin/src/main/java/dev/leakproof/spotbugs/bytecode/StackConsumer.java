package dev.leakproof.spotbugs.bytecode;

import java.util.BitSet;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MONITORENTER;
import org.apache.bcel.generic.POP;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Type;
import org.apache.bcel.generic.ATHROW;

/**
 * Which instruction takes the value another one pushed, found by counting stack words forward
 * along straight-line code. Answers only what it is sure of: a value still on the stack at a
 * branch or at a jump target (a conditional expression) is {@link Kind#UNKNOWN}.
 */
public final class StackConsumer {
  /** How the value is taken. */
  public enum Kind {
    /** As the receiver of an instance call ({@link #index} is the call). */
    RECEIVER,
    /** Thrown away ({@code pop}) or only locked on ({@code synchronized}). */
    HARMLESS,
    /** Anything else: an argument, a store, a return, a field of another object. */
    ESCAPES,
    /** Not followed to the end. */
    UNKNOWN
  }

  public final Kind kind;
  /** The consuming instruction, for {@link Kind#RECEIVER}. */
  public final int index;
  /**
   * For {@link Kind#ESCAPES}, how many stack words lay above the value when it was taken: 0 when
   * it is a call's last argument, which tells the argument's position.
   */
  public final int wordsAbove;

  private StackConsumer(Kind kind, int index) {
    this(kind, index, 0);
  }

  private StackConsumer(Kind kind, int index, int wordsAbove) {
    this.kind = kind;
    this.index = index;
    this.wordsAbove = wordsAbove;
  }

  /**
   * Follows the one-word value pushed by {@code handles[producer]}.
   *
   * @param jumpTargets indexes some branch jumps to
   */
  public static StackConsumer of(InstructionHandle[] handles, int producer, BitSet jumpTargets,
      ConstantPoolGen cpg) {
    int above = 0; // stack words pushed on top of the value since it was produced
    for (int i = producer + 1; i < handles.length; i++) {
      if (jumpTargets.get(i)) {
        return new StackConsumer(Kind.UNKNOWN, i);
      }
      Instruction instruction = handles[i].getInstruction();
      int consumed = instruction.consumeStack(cpg);
      int produced = instruction.produceStack(cpg);
      if (consumed == Const.UNPREDICTABLE || produced == Const.UNPREDICTABLE) {
        return new StackConsumer(Kind.UNKNOWN, i);
      }
      if (consumed <= above) {
        if (instruction instanceof BranchInstruction || instruction instanceof ReturnInstruction
            || instruction instanceof ATHROW) {
          return new StackConsumer(Kind.UNKNOWN, i); // still on the stack across a jump
        }
        above += produced - consumed;
        continue;
      }
      if (consumed == above + 1 && instruction instanceof InvokeInstruction
          && !(instruction instanceof INVOKESTATIC)) {
        return new StackConsumer(Kind.RECEIVER, i); // the receiver is the deepest operand
      }
      if (above == 0 && instruction instanceof CHECKCAST) {
        continue; // the same value, seen as a narrower type
      }
      if (above == 0 && instruction instanceof POP) {
        return new StackConsumer(Kind.HARMLESS, i);
      }
      if (above == 0 && instruction instanceof DUP && isLock(handles, i)) {
        return new StackConsumer(Kind.HARMLESS, i);
      }
      return new StackConsumer(Kind.ESCAPES, i, above);
    }
    return new StackConsumer(Kind.UNKNOWN, handles.length);
  }

  /**
   * For {@link Kind#ESCAPES} into a call whose parameters are {@code arguments}: the position of
   * the argument the value is ({@link #wordsAbove} words lay above it); -1 when it is none of
   * them (the receiver).
   */
  public int argumentOf(Type[] arguments) {
    for (int i = 0; i < arguments.length; i++) {
      if (StackShuffles.wordsAfter(arguments, i) == wordsAbove) {
        return i;
      }
    }
    return -1;
  }

  /** {@code dup; astore n; monitorenter}: how javac enters {@code synchronized (value)}. */
  private static boolean isLock(InstructionHandle[] handles, int dup) {
    return dup + 2 < handles.length && handles[dup + 1].getInstruction() instanceof ASTORE
        && handles[dup + 2].getInstruction() instanceof MONITORENTER;
  }

  /** The indexes branch instructions (and switch cases) jump to. */
  public static BitSet jumpTargets(InstructionHandle[] handles) {
    BitSet targets = new BitSet(handles.length);
    java.util.Map<InstructionHandle, Integer> index = new java.util.IdentityHashMap<>();
    for (int i = 0; i < handles.length; i++) {
      index.put(handles[i], i);
    }
    for (InstructionHandle handle : handles) {
      if (handle.getInstruction() instanceof BranchInstruction branch) {
        Integer target = index.get(branch.getTarget());
        if (target != null) {
          targets.set(target);
        }
        if (branch instanceof org.apache.bcel.generic.Select select) {
          for (InstructionHandle t : select.getTargets()) {
            Integer caseTarget = index.get(t);
            if (caseTarget != null) {
              targets.set(caseTarget);
            }
          }
        }
      }
    }
    return targets;
  }
}
