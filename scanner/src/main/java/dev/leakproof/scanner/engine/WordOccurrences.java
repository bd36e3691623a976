package dev.leakproof.scanner.engine;

import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The words of one text in order, each distinct word made into a {@link String} once: a file
 * repeats most of its words, and a string per occurrence (made, hashed, then dropped by a set
 * that had it) was about a quarter of the prefilter's reading (scanner/bench/README.md, stop 31).
 * Later readings of the same text ({@link SourceWords}' declarations and calls) walk these
 * occurrences instead of finding the words among the characters again.
 *
 * <p>Each distinct word has a number (in the order of first occurrence), so that a question
 * asked of every occurrence is answered once per distinct word ({@link #distinct}); the set of
 * distinct words is a view of the table, not a second hash set (stop 35).
 */
final class WordOccurrences {
  /**
   * The distinct words, open addressing by their strings' hash (a power of two long): per slot,
   * its word's number + 1, or 0 when free. Ints, not the strings: a probe reads no string.
   */
  private int[] slots;
  /** Per slot, its word's hash. */
  private int[] slotHashes;
  /** The distinct words by number. */
  private String[] distinctWords;
  /** Per number, where the word first occurs (its characters are compared there). */
  private int[] firstStarts;
  /** Per number, the word's length. */
  private int[] lengths;
  private int distinct;
  private final Set<String> words = new Distinct();
  /** See SourceWords.spelling: the text the words are read from, or null. */
  private final String spelling;
  /** Per occurrence, in order, where it starts and its word's number. */
  private final IntPairs occurrences;

  /**
   * For a text of {@code length} characters, room at first for what most source files have (the
   * nine bench libraries: a word per 22 characters, comments counted, a tenth of the files one
   * per 14 or fewer; a fifth of the words distinct), so that the arrays seldom grow.
   */
  WordOccurrences(int length, String spelling) {
    this.spelling = spelling;
    occurrences = new IntPairs(Math.max(64, length / 16));
    int distinctRoom = Math.max(32, length / 64);
    distinctWords = new String[distinctRoom];
    firstStarts = new int[distinctRoom];
    lengths = new int[distinctRoom];
    slots = new int[Integer.highestOneBit(distinctRoom) * 4]; // at most half full
    slotHashes = new int[slots.length];
  }

  /**
   * Adds the word {@code code[start..end)} (whose string's hash is {@code hash}, unless the code
   * is spelled from a text: see SourceWords.spelling) as the next occurrence; gives its index.
   */
  int add(byte[] code, int start, int end, int hash) {
    int number = spelling == null ? intern(code, start, end, hash)
        : intern(spelling.substring(start, end), start);
    occurrences.add(start, number);
    return occurrences.size() - 1;
  }

  private int intern(byte[] code, int start, int end, int hash) {
    int mask = slots.length - 1;
    int length = end - start;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return addDistinct(new String(code, start, length, StandardCharsets.ISO_8859_1), start,
            hash, slot);
      }
      int number = entry - 1;
      if (slotHashes[slot] == hash && lengths[number] == length
          && sameCharacters(code, firstStarts[number], start, length)) {
        return number;
      }
    }
  }

  /** As above, for a word spelled from the text (whose bytes may be stand-ins). */
  private int intern(String word, int start) {
    int hash = word.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return addDistinct(word, start, hash, slot);
      }
      if (slotHashes[slot] == hash && distinctWords[entry - 1].equals(word)) {
        return entry - 1;
      }
    }
  }

  /**
   * Adds {@code word} (whose hash is {@code hash}), first at {@code start}, at the free {@code
   * slot}; gives its number.
   */
  private int addDistinct(String word, int start, int hash, int slot) {
    if (distinct == distinctWords.length) {
      distinctWords = Arrays.copyOf(distinctWords, distinct * 2);
      firstStarts = Arrays.copyOf(firstStarts, distinct * 2);
      lengths = Arrays.copyOf(lengths, distinct * 2);
    }
    int number = distinct++;
    distinctWords[number] = word;
    firstStarts[number] = start;
    lengths[number] = word.length();
    slots[slot] = number + 1;
    slotHashes[slot] = hash;
    if (distinct * 2 > slots.length) {
      grow();
    }
    return number;
  }

  /**
   * Whether {@code code} has the same characters at {@code first} and at {@code start}: a word's
   * first occurrence stays in the code as read (only comments and literals are blanked), and
   * comparing two places of one array is cheaper than reading a string's characters.
   */
  private static boolean sameCharacters(byte[] code, int first, int start, int length) {
    for (int k = 0; k < length; k++) {
      if (code[first + k] != code[start + k]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void grow() {
    slots = new int[slots.length * 2];
    slotHashes = new int[slots.length];
    int mask = slots.length - 1;
    for (int number = 0; number < distinct; number++) {
      int hash = distinctWords[number].hashCode();
      int slot = spread(hash) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = number + 1;
      slotHashes[slot] = hash;
    }
  }

  /** The distinct words (a view: read only). */
  Set<String> words() {
    return words;
  }

  /** How many distinct words the text has. */
  int distinct() {
    return distinct;
  }

  /** The distinct word numbered {@code number}. */
  String distinctWord(int number) {
    return distinctWords[number];
  }

  /** How many words the text has, repeats counted. */
  int count() {
    return occurrences.size();
  }

  /** Where the {@code index}th word starts. */
  int start(int index) {
    return occurrences.first(index);
  }

  /** The number of the {@code index}th word. */
  int number(int index) {
    return occurrences.second(index);
  }

  /** The word that starts at {@code start}, or null when none does. */
  String startingAt(int start) {
    int index = occurrences.searchFirst(start);
    return index >= 0 ? distinctWords[occurrences.second(index)] : null;
  }

  /**
   * Per group of {@code groups}, where each occurrence of one of its words starts, in order: one
   * walk over the occurrences for every group.
   */
  int[][] startsOf(String[][] groups) {
    int[] groupOf = new int[distinct]; // per word's number, its group + 1, or 0
    boolean any = false;
    for (int g = 0; g < groups.length; g++) {
      for (String word : groups[g]) {
        int number = numberOf(word);
        if (number >= 0) {
          groupOf[number] = g + 1;
          any = true;
        }
      }
    }
    int[][] found = new int[groups.length][];
    int[] sizes = new int[groups.length];
    for (int i = 0; any && i < occurrences.size(); i++) {
      int g = groupOf[occurrences.second(i)];
      if (g > 0) {
        sizes[g - 1]++;
      }
    }
    for (int g = 0; g < groups.length; g++) {
      found[g] = sizes[g] == 0 ? NONE : new int[sizes[g]];
      sizes[g] = 0;
    }
    for (int i = 0; any && i < occurrences.size(); i++) {
      int g = groupOf[occurrences.second(i)] - 1;
      if (g >= 0) {
        found[g][sizes[g]++] = occurrences.first(i);
      }
    }
    return found;
  }

  private static final int[] NONE = new int[0];

  /** The number of {@code word}, or -1 when the text does not have it. */
  int numberOf(String word) {
    int hash = word.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (slotHashes[slot] == hash && distinctWords[entry - 1].equals(word)) {
        return entry - 1;
      }
    }
  }

  /** The {@code index}th word. */
  String word(int index) {
    return distinctWords[occurrences.second(index)];
  }

  /** The distinct words as a set, read from the table. */
  private final class Distinct extends AbstractSet<String> {
    @Override
    public boolean contains(Object o) {
      return o instanceof String word && numberOf(word) >= 0;
    }

    @Override
    public int size() {
      return distinct;
    }

    @Override
    public Iterator<String> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < distinct;
        }

        @Override
        public String next() {
          if (next >= distinct) {
            throw new NoSuchElementException();
          }
          return distinctWords[next++];
        }
      };
    }
  }
}
