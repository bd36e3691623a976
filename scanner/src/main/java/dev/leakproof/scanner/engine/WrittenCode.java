package dev.leakproof.scanner.engine;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Questions about where a name is written in a file's code, as the rules' own evidence classes
 * ({@link StaticCacheEvidence}, {@link ThreadLocalEvidence}, {@link ListenerEvidence}) ask them
 * of {@link SourceWords}' reading (comments and literals blanked). Each answer is a superset of
 * what the parsed tree would show: a shape this reading cannot tell counts as a yes.
 */
final class WrittenCode {
  private WrittenCode() {}

  /** A stretch of code, {@code code[from..to)}. */
  interface Span {
    boolean test(int from, int to);
  }

  /** The names written right after {@code class}: the classes the file declares. */
  static Set<String> declaredClasses(SourceWords words) {
    byte[] code = words.code();
    Set<String> declared = new HashSet<>();
    for (int keyword : words.startsOf("class")) {
      String name = words.wordAt(SourceWords.skipSpace(code, keyword + "class".length()));
      if (name != null) {
        declared.add(name);
      }
    }
    return declared;
  }

  /**
   * Whether some identifier or keyword written in {@code code[from..to)} passes {@code test}
   * (a word cut by {@code from} counts from there).
   */
  static boolean anyWordIn(SourceWords words, int from, int to, Predicate<String> test) {
    byte[] code = words.code();
    for (int i = Math.max(0, from); i < to && i < code.length; i++) {
      if (!SourceWords.isIdentifierStart(code[i])) {
        continue;
      }
      int end = i + 1;
      while (end < code.length && SourceWords.isIdentifierPart(code[end])) {
        end++;
      }
      if (test.test(words.wordAt(i))) {
        return true;
      }
      i = end - 1;
    }
    return false;
  }

  /**
   * Whether some plain {@code =} right after the name {@code name} ({@code name = v}, {@code
   * this.name = v}, {@code T name = v}, a later declarator {@code a = x, name = v}) stores a
   * value, up to the end of its expression ({@link SourceWords#statementEnd}), that {@code value}
   * accepts. Every initializer and assignment of a variable of that name is one of these.
   */
  static boolean anyValueStoredInto(SourceWords words, String name, Span value) {
    byte[] code = words.code();
    for (int at : words.startsOf(name)) {
      int sign = SourceWords.skipSpace(code, at + name.length());
      if (sign < code.length && code[sign] == '=' && words.isPlainAssignment(sign)
          && value.test(sign + 1, words.statementEnd(sign + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds to {@code found} each of {@code names} written in the receiver's chain of some call of
   * {@code method} ({@code this.cache.keySet()} in {@code this.cache.keySet().add(k)}, {@link
   * SourceWords#chainStart}, up to the dot before the method's name); all of them for a chain
   * this reading cannot tell ({@code m.<K, V>put(k, v)}). A call with no receiver written adds
   * none.
   */
  static void namesInReceiverChains(SourceWords words, String method, Set<String> names,
      Set<String> found) {
    byte[] code = words.code();
    for (int open : words.callOpensOf(method)) {
      int nameStart = SourceWords.skipSpaceBack(code, open - 1) - method.length() + 1;
      int start = words.chainStart(nameStart);
      if (start < 0) {
        found.addAll(names);
        return;
      }
      anyWordIn(words, start, nameStart, word -> {
        if (names.contains(word)) {
          found.add(word);
        }
        return false;
      });
    }
  }
}
