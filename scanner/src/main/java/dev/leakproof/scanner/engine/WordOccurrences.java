package dev.leakproof.scanner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of one text in order, each distinct word made into a {@link String} once: a file
 * repeats most of its words, and a string per occurrence (made, hashed, then dropped by a set
 * that had it) was about a quarter of the prefilter's reading (scanner/bench/README.md, stop 31).
 * Later readings of the same text ({@link SourceWords}' declarations and calls) walk these
 * occurrences instead of finding the words among the characters again.
 */
final class WordOccurrences {
  /** The distinct words, open addressing by {@link #hash} (a power of two long). */
  private String[] table = new String[512];
  private int distinct;
  private final Set<String> words = new HashSet<>();
  private int[] starts = new int[256];
  private String[] occurrences = new String[256];
  private int count;

  /**
   * Adds the word {@code code[start..end)} (whose {@link #hash} is {@code hash}) as the next
   * occurrence, and gives it, the same string for each occurrence of the same word.
   */
  String add(char[] code, int start, int end, int hash) {
    String word = intern(code, start, end, hash);
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      occurrences = Arrays.copyOf(occurrences, count * 2);
    }
    starts[count] = start;
    occurrences[count] = word;
    count++;
    return word;
  }

  /** The next value of a word's hash after {@code hash}, for the character {@code c}. */
  static int hash(int hash, char c) {
    return 31 * hash + c;
  }

  private String intern(char[] code, int start, int end, int hash) {
    int mask = table.length - 1;
    int length = end - start;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = table[slot];
      if (known == null) {
        String word = new String(code, start, length);
        table[slot] = word;
        words.add(word);
        if (++distinct * 2 > table.length) {
          grow();
        }
        return word;
      }
      if (known.length() == length && sameCharacters(known, code, start)) {
        return known;
      }
    }
  }

  private static boolean sameCharacters(String word, char[] code, int start) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != code[start + k]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String word : old) {
      if (word != null) {
        int slot = spread(word.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = word;
      }
    }
  }

  /** The distinct words. */
  Set<String> words() {
    return words;
  }

  /** How many words the text has, repeats counted. */
  int count() {
    return count;
  }

  /** Where the {@code index}th word starts. */
  int start(int index) {
    return starts[index];
  }

  /** The word that starts at {@code start}, or null when none does. */
  String startingAt(int start) {
    int index = Arrays.binarySearch(starts, 0, count, start);
    return index >= 0 ? occurrences[index] : null;
  }

  /** Where each occurrence of {@code word} starts, in order. */
  List<Integer> startsOf(String word) {
    String known = interned(word);
    if (known == null) {
      return List.of();
    }
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (occurrences[i] == known) {
        found.add(starts[i]);
      }
    }
    return found;
  }

  /** This text's string for {@code word}, or null when the text does not have it. */
  private String interned(String word) {
    int mask = table.length - 1;
    for (int slot = spread(word.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      String known = table[slot];
      if (known == null || known.equals(word)) {
        return known;
      }
    }
  }

  /** The {@code index}th word. */
  String word(int index) {
    return occurrences[index];
  }
}
