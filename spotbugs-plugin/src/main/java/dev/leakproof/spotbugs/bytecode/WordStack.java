package dev.leakproof.spotbugs.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.StackInstruction;

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

  /**
   * Applies {@code ins} if it only moves words around ({@code pop}, {@code dup*}, {@code swap}),
   * keeping every value exactly ({@link StackShuffles#apply}); returns whether it did.
   */
  public boolean shuffle(Instruction ins) {
    if (!(ins instanceof StackInstruction)) {
      return false;
    }
    int depth = Math.min(size, 4); // dup2_x2 moves four words, no shuffle more
    List<Integer> top = new ArrayList<>(6);
    for (int i = size - depth; i < size; i++) {
      top.add(words[i]);
    }
    StackShuffles.apply(ins, top);
    size -= depth;
    top.forEach(this::push);
    return true;
  }

  /**
   * Joins {@code other}, the stack another path brings to the same instruction, into this one
   * word by word; says whether a word changed. Heights that differ are unverifiable bytecode.
   */
  public boolean join(WordStack other, IntBinaryOperator join) {
    if (size != other.size) {
      throw new IllegalStateException("stack heights differ (" + size + " vs " + other.size
          + "): unverifiable bytecode");
    }
    boolean changed = false;
    for (int i = 0; i < size; i++) {
      int value = join.applyAsInt(words[i], other.words[i]);
      changed |= value != words[i];
      words[i] = value;
    }
    return changed;
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
}
