package dev.leakproof.spotbugs.bytecode;

import java.util.List;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP;
import org.apache.bcel.generic.DUP2;
import org.apache.bcel.generic.DUP2_X1;
import org.apache.bcel.generic.DUP2_X2;
import org.apache.bcel.generic.DUP_X1;
import org.apache.bcel.generic.DUP_X2;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.POP;
import org.apache.bcel.generic.POP2;
import org.apache.bcel.generic.SWAP;
import org.apache.bcel.generic.Type;

/**
 * The stack-only instructions ({@code pop}, {@code dup…}, {@code swap}) applied exactly to an
 * abstract operand stack of one entry per word (bottom first), so copies of tracked values stay
 * tracked; any other instruction by its size alone.
 */
public final class StackShuffles {
  private StackShuffles() {}

  /**
   * The words the arguments after {@code index} take on the stack before a call: how far below
   * the top argument {@code index}'s top word lies ({@code -1}: the receiver).
   */
  public static int wordsAfter(Type[] arguments, int index) {
    int words = 0;
    for (int i = index + 1; i < arguments.length; i++) {
      words += arguments[i].getSize();
    }
    return words;
  }

  /** Applies {@code ins} to {@code stack} if it is a stack-only instruction; says whether it was. */
  public static <T> boolean apply(Instruction ins, List<T> stack) {
    if (ins instanceof POP) {
      pop(stack);
    } else if (ins instanceof POP2) {
      pop(stack);
      pop(stack);
    } else if (ins instanceof DUP) {
      T a = pop(stack);
      push(stack, a, a);
    } else if (ins instanceof DUP_X1) {
      T a = pop(stack);
      T b = pop(stack);
      push(stack, a, b, a);
    } else if (ins instanceof DUP_X2) {
      T a = pop(stack);
      T b = pop(stack);
      T c = pop(stack);
      push(stack, a, c, b, a);
    } else if (ins instanceof DUP2) {
      T a = pop(stack);
      T b = pop(stack);
      push(stack, b, a, b, a);
    } else if (ins instanceof DUP2_X1) {
      T a = pop(stack);
      T b = pop(stack);
      T c = pop(stack);
      push(stack, b, a, c, b, a);
    } else if (ins instanceof DUP2_X2) {
      T a = pop(stack);
      T b = pop(stack);
      T c = pop(stack);
      T d = pop(stack);
      push(stack, b, a, d, c, b, a);
    } else if (ins instanceof SWAP) {
      T a = pop(stack);
      T b = pop(stack);
      push(stack, a, b);
    } else {
      return false;
    }
    return true;
  }

  /**
   * Applies any other instruction by its size alone: the words it consumes are dropped and each
   * word it produces is {@code unknown}.
   */
  public static <T> void applyUntracked(Instruction ins, ConstantPoolGen cpg, List<T> stack,
      T unknown) {
    int consumed = ins.consumeStack(cpg);
    int produced = ins.produceStack(cpg);
    if (consumed < 0 || produced < 0) {
      throw new IllegalStateException("unpredictable stack effect of " + ins);
    }
    for (int i = 0; i < consumed; i++) {
      pop(stack);
    }
    for (int i = 0; i < produced; i++) {
      stack.add(unknown);
    }
  }

  private static <T> T pop(List<T> stack) {
    return stack.remove(stack.size() - 1);
  }

  @SafeVarargs
  private static <T> void push(List<T> stack, T... values) {
    for (T value : values) {
      stack.add(value);
    }
  }
}
