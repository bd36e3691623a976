package dev.leakproof.spotbugs.bytecode;

import java.util.Arrays;
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
 * An operand stack of abstract values, one {@code int} per JVM stack word (a {@code long} or
 * {@code double} takes two), so the word-level shuffles ({@code dup2_x1}, ...) are exact. What
 * the ints mean is up to the analysis; {@code 0} is "nothing known".
 */
public final class WordStack {
  private int[] words;
  private int size;

  public WordStack() {
    this.words = new int[8];
  }

  private WordStack(int[] words, int size) {
    this.words = words;
    this.size = size;
  }

  public static WordStack of(int... values) {
    return new WordStack(Arrays.copyOf(values, Math.max(8, values.length)), values.length);
  }

  public WordStack copy() {
    return new WordStack(words.clone(), size);
  }

  public int size() {
    return size;
  }

  public void push(int value) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
    }
    words[size++] = value;
  }

  public void pushAll(int value, int count) {
    for (int i = 0; i < count; i++) {
      push(value);
    }
  }

  public int pop() {
    if (size == 0) {
      throw new IllegalStateException("operand stack underflow");
    }
    return words[--size];
  }

  /** The word {@code depth} below the top ({@code 0} is the top). */
  public int peek(int depth) {
    if (depth >= size) {
      throw new IllegalStateException("operand stack underflow");
    }
    return words[size - 1 - depth];
  }

  public int get(int index) {
    return words[index];
  }

  public boolean contains(int value) {
    for (int i = 0; i < size; i++) {
      if (words[i] == value) {
        return true;
      }
    }
    return false;
  }

  public void replaceAll(int from, int to) {
    for (int i = 0; i < size; i++) {
      if (words[i] == from) {
        words[i] = to;
      }
    }
  }

  public void clear() {
    size = 0;
  }

  /**
   * Applies {@code ins} if it only moves words around ({@code pop}, {@code dup*}, {@code swap}),
   * keeping every value exactly; returns whether it did.
   */
  public boolean shuffle(Instruction ins) {
    if (ins instanceof POP) {
      pop();
    } else if (ins instanceof POP2) {
      pop();
      pop();
    } else if (ins instanceof DUP) {
      int a = pop();
      push(a);
      push(a);
    } else if (ins instanceof DUP_X1) {
      int a = pop();
      int b = pop();
      pushAll(a, b, a);
    } else if (ins instanceof DUP_X2) {
      int a = pop();
      int b = pop();
      int c = pop();
      pushAll(a, c, b, a);
    } else if (ins instanceof DUP2) {
      int a = pop();
      int b = pop();
      pushAll(b, a, b, a);
    } else if (ins instanceof DUP2_X1) {
      int a = pop();
      int b = pop();
      int c = pop();
      pushAll(b, a, c, b, a);
    } else if (ins instanceof DUP2_X2) {
      int a = pop();
      int b = pop();
      int c = pop();
      int d = pop();
      pushAll(b, a, d, c, b, a);
    } else if (ins instanceof SWAP) {
      int a = pop();
      int b = pop();
      pushAll(a, b);
    } else {
      return false;
    }
    return true;
  }

  private void pushAll(int... values) {
    for (int value : values) {
      push(value);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WordStack other && size == other.size
        && Arrays.equals(words, 0, size, other.words, 0, other.size);
  }

  @Override
  public int hashCode() {
    int hash = size;
    for (int i = 0; i < size; i++) {
      hash = 31 * hash + words[i];
    }
    return hash;
  }

  @Override
  public String toString() {
    return Arrays.toString(Arrays.copyOf(words, size));
  }
}
