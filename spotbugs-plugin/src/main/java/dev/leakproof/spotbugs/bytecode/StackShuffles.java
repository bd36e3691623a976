package dev.leakproof.spotbugs.bytecode;

import java.util.List;
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

/**
 * The stack-only instructions ({@code pop}, {@code dup…}, {@code swap}) applied exactly to an
 * abstract operand stack of one entry per word (bottom first), so copies of tracked values stay
 * tracked.
 */
public final class StackShuffles {
  private StackShuffles() {}

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
