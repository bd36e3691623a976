package dev.leakproof.scanner.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * What a file's code says before it is parsed: its identifiers and keywords, and whether some
 * operators and shapes occur, read from its text with comments and literals left out (no rule
 * reads those: they are not in the syntax tree the rules walk). One pass over the text, much
 * cheaper than parsing it.
 *
 * <p>{@link #of} gives null when the text is not plain enough to read this way (a Unicode
 * escape, which may spell any token, or an unterminated comment or literal): the caller then
 * parses the file, as it would without this class.
 */
final class SourceWords {
  private final Set<String> words;
  private final char[] code;
  private final int classKeywords;

  private SourceWords(Set<String> words, char[] code, int classKeywords) {
    this.words = words;
    this.code = code;
    this.classKeywords = classKeywords;
  }

  /** The code of {@code text}, or null when it cannot be read without parsing. */
  static SourceWords of(String text) {
    if (text.contains("\\u")) {
      return null; // \u002B is a '+', \u0063lass a 'class': only the parser's reading counts
    }
    char[] code = blankCommentsAndLiterals(text);
    if (code == null) {
      return null;
    }
    Set<String> words = new HashSet<>();
    int classKeywords = 0;
    for (int i = 0; i < code.length; i++) {
      if (Character.isJavaIdentifierStart(code[i])) {
        int start = i;
        while (i + 1 < code.length && Character.isJavaIdentifierPart(code[i + 1])) {
          i++;
        }
        String word = new String(code, start, i + 1 - start);
        words.add(word);
        if (word.equals("class")) {
          classKeywords++;
        }
      } else if (Character.isJavaIdentifierPart(code[i])) {
        // Digits of a number (0x1F, 10L): skip to its end so that no word starts inside it.
        while (i + 1 < code.length && Character.isJavaIdentifierPart(code[i + 1])) {
          i++;
        }
      }
    }
    return new SourceWords(words, code, classKeywords);
  }

  /** Whether the code has the identifier or keyword {@code word}. */
  boolean has(String word) {
    return words.contains(word);
  }

  /** Whether the code has one of {@code candidates} as an identifier or keyword. */
  boolean hasAny(Set<String> candidates) {
    Set<String> smaller = candidates.size() < words.size() ? candidates : words;
    Set<String> larger = smaller == candidates ? words : candidates;
    for (String word : smaller) {
      if (larger.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Every identifier and keyword of the code. */
  Set<String> words() {
    return words;
  }

  /** Whether {@code operator} occurs in the code (outside comments and literals). */
  boolean hasOperator(String operator) {
    for (int i = 0; i + operator.length() <= code.length; i++) {
      if (matches(operator, i)) {
        return true;
      }
    }
    return false;
  }

  /** How often the keyword {@code class} occurs: two or more means a nested class. */
  int classKeywords() {
    return classKeywords;
  }

  /**
   * Whether the code may create an instance of an anonymous class: some {@code new T(…)} whose
   * closing parenthesis is followed by a brace. Answers yes whenever the shape is unclear (an
   * annotation on the type, parentheses that do not balance).
   */
  boolean mayHaveAnonymousClass() {
    for (int at = indexOfWord("new", 0); at >= 0; at = indexOfWord("new", at + 3)) {
      int i = at + 3;
      while (i < code.length && code[i] != '(') {
        char c = code[i];
        if (c == '@') {
          return true; // new @A(x) T(): the first parenthesis is not the constructor's
        }
        if (!(Character.isJavaIdentifierPart(c) || Character.isWhitespace(c) || c == '.'
            || c == '<' || c == '>' || c == ',' || c == '?')) {
          break; // new int[3], new T[] {…}: an array, never anonymous
        }
        i++;
      }
      if (i >= code.length || code[i] != '(') {
        continue;
      }
      int depth = 0;
      for (; i < code.length; i++) {
        if (code[i] == '(') {
          depth++;
        } else if (code[i] == ')' && --depth == 0) {
          break;
        }
      }
      if (i >= code.length) {
        return true;
      }
      i++;
      while (i < code.length && Character.isWhitespace(code[i])) {
        i++;
      }
      if (i < code.length && code[i] == '{') {
        return true;
      }
    }
    return false;
  }

  private int indexOfWord(String word, int from) {
    for (int i = from; i + word.length() <= code.length; i++) {
      if ((i == 0 || !Character.isJavaIdentifierPart(code[i - 1]))
          && (i + word.length() == code.length
              || !Character.isJavaIdentifierPart(code[i + word.length()]))
          && matches(word, i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean matches(String word, int at) {
    for (int j = 0; j < word.length(); j++) {
      if (code[at + j] != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with every comment and every string, character and text-block literal replaced by
   * spaces (line breaks kept); null when one of them does not end.
   */
  static char[] blankCommentsAndLiterals(String text) {
    char[] code = text.toCharArray();
    int n = code.length;
    int i = 0;
    while (i < n) {
      char c = code[i];
      int end;
      if (c == '/' && i + 1 < n && code[i + 1] == '/') {
        end = i;
        while (end < n && code[end] != '\n' && code[end] != '\r') {
          end++;
        }
      } else if (c == '/' && i + 1 < n && code[i + 1] == '*') {
        int close = text.indexOf("*/", i + 2);
        if (close < 0) {
          return null;
        }
        end = close + 2;
      } else if (text.startsWith("\"\"\"", i)) {
        end = literalEnd(text, i + 3, "\"\"\"");
      } else if (c == '"' || c == '\'') {
        end = literalEnd(text, i + 1, String.valueOf(c));
      } else {
        i++;
        continue;
      }
      if (end < 0) {
        return null;
      }
      for (int j = i; j < end; j++) {
        if (code[j] != '\n' && code[j] != '\r') {
          code[j] = ' ';
        }
      }
      i = end;
    }
    return code;
  }

  /** Where the literal whose content starts at {@code from} ends (after {@code quote}), or -1. */
  private static int literalEnd(String text, int from, String quote) {
    boolean textBlock = quote.length() == 3;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (!textBlock && (c == '\n' || c == '\r')) {
        return -1;
      } else if (text.startsWith(quote, i)) {
        return i + quote.length();
      }
    }
    return -1;
  }
}
