package dev.leakproof.scanner.engine;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * A neighbour file's text with its method and constructor bodies blanked: what the type solvers
 * need of a file they parse only to resolve a name (its types, members and signatures), at a
 * fraction of the parse and of the tree the caches keep. A blanked body keeps its braces and
 * line ends; the rest becomes one comment ({@code /* ... *}{@code /}) padded with spaces, so every
 * remaining node keeps its line and column, and the body costs the lexer one token (JavaParser
 * makes a token of every white-space character). The bodies are read in when a rule asks for
 * one ({@link Bodies}).
 *
 * <p>Only what is certainly a method's or constructor's body is blanked, and leaving a body is
 * always safe: a {@code {} directly inside a class body, after a closing parenthesis (and a
 * {@code throws} clause), in a member whose text has no {@code =} outside parentheses (a field
 * initializer's anonymous class or lambda) and that is not an enum constant (anything before the
 * first {@code ;} of an enum's body). Initializer blocks, compact constructors and everything of
 * a text this reading is not sure of (a text block, a Unicode escape, unbalanced braces or
 * parentheses, an unterminated literal or comment) stay. (Stop 28's reading; stop 35's comments:
 * scanner/bench/README.md.)
 */
final class DeclarationsOnly {
  private DeclarationsOnly() {}

  /**
   * A file's text and the same text with its bodies blanked: {@code opens} and {@code closes} are
   * the offsets of each blanked body's braces, in order.
   */
  record Blanked(String text, String declarations, int[] opens, int[] closes) {
    /** The index of the blanked body whose opening brace is at {@code offset}, or -1. */
    int bodyAt(int offset) {
      int i = Arrays.binarySearch(opens, offset);
      return i >= 0 ? i : -1;
    }
  }

  /** {@code text} with its bodies blanked; empty when no body is. */
  static Optional<Blanked> of(String text) {
    if (text.contains("\"\"\"") || text.contains("\\u")) {
      return Optional.empty();
    }
    char[] out = text.toCharArray();
    int[] opens = new int[16];
    int[] closes = new int[16];
    int blanked = 0;
    int n = out.length;
    // One entry per open brace: whether it opened a class body (enum: before its first ';').
    Deque<Brace> braces = new ArrayDeque<>();
    // The current member's text so far (in a class body), as the facts that matter.
    int parens = 0;
    boolean memberHasAssign = false;
    boolean memberHasParens = false;
    char last = 0; // the last significant character outside comments and literals
    String lastWord = "";
    String wordBeforeParens = "";
    boolean classHeaderPending = false; // saw class/interface/enum/record since the last brace
    boolean enumHeaderPending = false;
    boolean recordPending = false;
    int i = 0;
    while (i < n) {
      char c = out[i];
      if (c == '/' && i + 1 < n && out[i + 1] == '/') {
        while (i < n && out[i] != '\n') {
          i++;
        }
        continue;
      }
      if (c == '/' && i + 1 < n && out[i + 1] == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return Optional.empty();
        }
        i = end + 2;
        continue;
      }
      if (c == '"' || c == '\'') {
        int end = literalEnd(text, i);
        if (end < 0) {
          return Optional.empty();
        }
        i = end + 1;
        last = c;
        continue;
      }
      if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < n && Character.isJavaIdentifierPart(out[j])) {
          j++;
        }
        String word = text.substring(i, j);
        boolean afterDot = last == '.';
        if (recordPending) {
          classHeaderPending = true; // `record Name`, not a method or variable named record
        }
        recordPending = !afterDot && parens == 0 && word.equals("record");
        if (!afterDot && parens == 0 && (word.equals("class") || word.equals("interface")
            || word.equals("enum"))) {
          classHeaderPending = true;
          enumHeaderPending = word.equals("enum");
        }
        lastWord = word;
        last = 'a';
        i = j;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      recordPending = false;
      Brace inside = braces.peek();
      boolean inClassBody = inside != null && inside.classBody;
      switch (c) {
        case '(' -> {
          if (parens == 0) {
            wordBeforeParens = lastWord;
          }
          parens++;
          memberHasParens = true;
        }
        case ')' -> {
          if (--parens < 0) {
            return Optional.empty();
          }
        }
        case '=' -> {
          if (parens == 0) {
            memberHasAssign = true;
          }
        }
        case ';' -> {
          if (parens == 0) {
            if (inside != null && inside.enumConstants) {
              inside.enumConstants = false;
            }
            memberHasAssign = false;
            memberHasParens = false;
            classHeaderPending = false;
            enumHeaderPending = false;
          }
        }
        case ',' -> {
          if (parens == 0 && inside != null && inside.enumConstants) {
            memberHasParens = false; // the next enum constant
          }
        }
        case '{' -> {
          if (parens != 0) {
            // An annotation's array or a lambda's body among arguments: no member starts here.
            braces.push(new Brace(false, false));
            last = c;
            i++;
            continue;
          }
          boolean header = classHeaderPending;
          boolean body = !header && inClassBody && !inside.enumConstants && memberHasParens
              && !memberHasAssign && (last == ')' || isThrowsClauseEnd(text, i))
              && !wordBeforeParens.isEmpty() && !isKeyword(wordBeforeParens);
          if (body) {
            int close = matchingBrace(text, i);
            if (close < 0) {
              return Optional.empty();
            }
            if (blank(out, i + 1, close)) {
              if (blanked == opens.length) {
                opens = Arrays.copyOf(opens, 2 * blanked);
                closes = Arrays.copyOf(closes, 2 * blanked);
              }
              opens[blanked] = i;
              closes[blanked] = close;
              blanked++;
            }
            i = close + 1;
            last = '}';
            memberHasAssign = false;
            memberHasParens = false;
            continue;
          }
          braces.push(new Brace(header, header && enumHeaderPending));
          classHeaderPending = false;
          enumHeaderPending = false;
          memberHasAssign = false;
          memberHasParens = false;
        }
        case '}' -> {
          if (braces.isEmpty()) {
            return Optional.empty();
          }
          braces.pop();
          if (parens == 0) {
            memberHasAssign = false;
            memberHasParens = false;
          }
        }
        default -> { }
      }
      last = c;
      i++;
    }
    if (!braces.isEmpty() || parens != 0) {
      return Optional.empty();
    }
    return blanked == 0 ? Optional.empty() : Optional.of(new Blanked(text, new String(out),
        Arrays.copyOf(opens, blanked), Arrays.copyOf(closes, blanked)));
  }

  /**
   * Blanks {@code out[from, to)} but its line ends, as one comment where it is long enough;
   * false, leaving it, when it holds nothing but white space (nothing to save).
   */
  static boolean blank(char[] out, int from, int to) {
    boolean content = false;
    for (int k = from; k < to && !content; k++) {
      content = !Character.isWhitespace(out[k]);
    }
    if (!content) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isLineEnd(out[k])) {
        out[k] = ' ';
      }
    }
    // The comment opens at the first two neighbouring characters of no line end, and closes at
    // the last two, with a space at least between (so "/*" is no "/**" and no "*/" is inside).
    int open = from;
    while (open + 1 < to && (isLineEnd(out[open]) || isLineEnd(out[open + 1]))) {
      open++;
    }
    int close = to - 1;
    while (close - 1 >= from && (isLineEnd(out[close]) || isLineEnd(out[close - 1]))) {
      close--;
    }
    if (open + 2 < close - 1) {
      out[open] = '/';
      out[open + 1] = '*';
      out[close - 1] = '*';
      out[close] = '/';
    }
    return true;
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }

  /** One open brace: a class body, and, for an enum's, whether its constants are still read. */
  private static final class Brace {
    final boolean classBody;
    boolean enumConstants;

    Brace(boolean classBody, boolean enumConstants) {
      this.classBody = classBody;
      this.enumConstants = enumConstants;
    }
  }

  private static boolean isKeyword(String word) {
    return switch (word) {
      case "if", "for", "while", "switch", "synchronized", "catch", "try", "new", "return",
          "throw", "assert", "do", "else", "case", "default" -> true;
      default -> false;
    };
  }

  /**
   * Whether the brace at {@code at} follows a {@code throws} clause: names, dots, commas,
   * type arguments and annotations back to the word {@code throws}, after a {@code )}.
   */
  private static boolean isThrowsClauseEnd(String text, int at) {
    int i = at - 1;
    while (i >= 0) {
      char c = text.charAt(i);
      if (Character.isJavaIdentifierPart(c)) {
        int end = i + 1;
        while (i >= 0 && Character.isJavaIdentifierPart(text.charAt(i))) {
          i--;
        }
        if (text.substring(i + 1, end).equals("throws")) {
          int j = i;
          while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
          }
          return j >= 0 && text.charAt(j) == ')';
        }
        continue;
      }
      if (Character.isWhitespace(c) || c == '.' || c == ',' || c == '<' || c == '>' || c == '@'
          || c == '?') {
        i--;
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * The index of the quote closing the string or character literal whose opening quote is at
   * {@code open} (escapes skipped), or -1 when a line or the text ends first: no literal of a
   * text without text blocks spans lines.
   */
  static int literalEnd(String text, int open) {
    char quote = text.charAt(open);
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++;
        c = j < text.length() ? text.charAt(j) : '\n';
      } else if (c == quote) {
        return j;
      }
      if (c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The index of the brace closing the one at {@code open}, skipping comments and literals, or
   * -1 when the text does not close it (or holds something this reading is not sure of).
   */
  private static int matchingBrace(String text, int open) {
    int depth = 0;
    int n = text.length();
    for (int i = open; i < n; i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        if (end < 0) {
          return -1;
        }
        i = end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return -1;
        }
        i = end + 1;
      } else if (c == '"' || c == '\'') {
        i = literalEnd(text, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (--depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
