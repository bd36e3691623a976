package dev.leakproof.scanner.engine;

import java.util.Arrays;

/**
 * A growable list of pairs of ints in two arrays, without boxing: the prefilter's places in a
 * text, each with what it noted there (a word's number, a body's brace), and its stacks.
 */
final class IntPairs {
  private int[] first;
  private int[] second;
  private int size;

  IntPairs(int room) {
    first = new int[Math.max(1, room)];
    second = new int[first.length];
  }

  void add(int a, int b) {
    if (size == first.length) {
      grow();
    }
    first[size] = a;
    second[size] = b;
    size++;
  }

  private void grow() {
    first = Arrays.copyOf(first, size * 2);
    second = Arrays.copyOf(second, size * 2);
  }

  /** Drops the last pair (there is one). */
  void removeLast() {
    size--;
  }

  int size() {
    return size;
  }

  int first(int index) {
    return first[index];
  }

  int second(int index) {
    return second[index];
  }

  /**
   * Where {@code key} is among the first ints, which must be ascending, as {@link
   * Arrays#binarySearch(int[], int, int, int)} answers.
   */
  int searchFirst(int key) {
    return Arrays.binarySearch(first, 0, size, key);
  }
}
