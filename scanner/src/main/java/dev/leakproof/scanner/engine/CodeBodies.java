package dev.leakproof.scanner.engine;

/**
 * Which body of a method, constructor or initializer each place of a file's code is in, read
 * from its braces (comments and literals already blanked, as {@link SourceWords} reads them):
 * two places in different bodies cannot be in one body of the parsed tree either, so a rule
 * that needs two things in one body ({@code SelfClosedLocals}: a local stored and then closed)
 * cannot report where they never are.
 *
 * <p>A brace opens a class's body only when its header says so for certain: {@code class},
 * {@code interface} or {@code enum} among the names right before it, or {@code new T(..)} right
 * before it (an anonymous class). Every other brace is code, and a code brace directly inside a
 * class's body opens a body of its own (a method's, a constructor's, an initializer's, a block
 * lambda's in a field's value). Taking a class's body for code only merges bodies (a record's
 * or an enum constant's methods count as one body), which keeps the answer a necessary
 * condition; taking code for a class's body would split one, so the headers read as a class's
 * are only those that cannot head code.
 */
final class CodeBodies {
  /** Where a place at a class's level is: in no body. */
  private static final int NO_BODY = -1;

  private final byte[] code;
  /**
   * Where each brace is, in order, and the body a place is in from it on (up to the next brace):
   * a place's body is that of the last brace at or before it (a change point per brace, rather
   * than an entry per character). Null when the braces do not balance.
   */
  private IntPairs braces;

  private CodeBodies(byte[] code, int[] braceAt) {
    this.code = code;
    read(braceAt);
  }

  /** The bodies of {@code code}, whose braces are at {@code braceAt} (in order, every one). */
  static CodeBodies of(byte[] code, int[] braceAt) {
    return new CodeBodies(code, braceAt);
  }

  /**
   * Whether the places {@code a} and {@code b} may be in one body: they are in the same body,
   * or the braces do not balance and this reading cannot tell.
   */
  boolean maySameBody(int a, int b) {
    return braces == null || bodyAt(a) != NO_BODY && bodyAt(a) == bodyAt(b);
  }

  /** Whether the places {@code a} and {@code b} are certainly in one body. */
  boolean certainlySameBody(int a, int b) {
    return braces != null && bodyAt(a) != NO_BODY && bodyAt(a) == bodyAt(b);
  }

  /** Where the body of the place {@code at} opens, or {@link #NO_BODY}. */
  private int bodyAt(int at) {
    int index = braces.searchFirst(at);
    int last = index >= 0 ? index : -index - 2; // the last brace at or before it
    return last < 0 ? NO_BODY : braces.second(last);
  }

  private void read(int[] braceAt) {
    // Per open brace, the body inside it and whether it is a class's (1) or not (0).
    IntPairs open = new IntPairs(16);
    int current = NO_BODY;
    braces = new IntPairs(braceAt.length);
    for (int i : braceAt) {
      if (code[i] == '{') {
        boolean opensClass = opensClassBody(i);
        boolean atClassLevel = open.size() == 0 || open.second(open.size() - 1) == 1;
        current = opensClass ? NO_BODY : atClassLevel ? i : current;
        open.add(current, opensClass ? 1 : 0);
      } else { // a closing brace
        if (open.size() == 0) {
          braces = null;
          return;
        }
        open.removeLast();
        current = open.size() == 0 ? NO_BODY : open.first(open.size() - 1);
      }
      braces.add(i, current);
    }
    if (open.size() != 0) {
      braces = null;
    }
  }

  private static final String[] CLASS_KEYWORDS = {"class", "interface", "enum"};
  private static final String[] NEW = {"new"};

  /** Whether the brace at {@code brace} certainly opens a class's body (see the class comment). */
  private boolean opensClassBody(int brace) {
    int at = SourceWords.skipSpaceBack(code, brace - 1);
    if (at >= 0 && code[at] == ')') {
      int open = SourceWords.openingBack(code, at);
      return open >= 0 && headerHasWord(open, NEW);
    }
    return headerHasWord(brace, CLASS_KEYWORDS);
  }

  /**
   * Whether one of {@code keywords} is among the words right before {@code at}, over what a
   * type's header holds between its keyword and its brace: names, dots, type arguments, commas,
   * wildcards, annotations without arguments, array brackets. (Compared in place: no string per
   * word.)
   */
  private boolean headerHasWord(int at, String[] keywords) {
    int i = at - 1;
    while (i >= 0) {
      byte c = code[i];
      if (SourceWords.isIdentifierPart(c)) {
        int end = i;
        while (i > 0 && SourceWords.isIdentifierPart(code[i - 1])) {
          i--;
        }
        for (String keyword : keywords) {
          if (keyword.length() == end + 1 - i && SourceWords.matches(code, keyword, i)) {
            return true;
          }
        }
      } else if (!SourceWords.isSpace(c) && ".<>,?&@[]".indexOf(c) < 0) {
        break;
      }
      i--;
    }
    return false;
  }
}
