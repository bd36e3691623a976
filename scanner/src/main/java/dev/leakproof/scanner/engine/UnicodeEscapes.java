package dev.leakproof.scanner.engine;

/**
 * The two readings of a text with Unicode escapes ({@code \u0041}) that the prefilter must
 * cover. The Java language translates every escape before anything else (JLS 3.3: {@code
 * \u0063lass} is {@code class}, {@code \u000a} ends a line comment). JavaParser, as the scanner
 * configures it (no {@code preprocessUnicodeEscapes}), does not: it reads an escape in code as
 * part of an identifier ({@code caf\u00e9}, and {@code \u002b} is a name, not a {@code +}), one in
 * a literal as a character of the literal, one in a comment as comment. The rules see the
 * parser's tree, so its reading decides what they can report; the language's reading is kept
 * as well, so that the filter stays sound if the parser is ever told to translate.
 */
final class UnicodeEscapes {
  private UnicodeEscapes() {}

  /**
   * The text as JavaParser reads it, for a reader that knows no escapes: the backslash of each
   * escape becomes {@code _}, so that an escape inside a name stays part of one name (none that a
   * table knows) and one in a literal or comment stays inside it. Same length as {@code text}.
   */
  static String asTheParserReadsThem(String text) {
    // From backslash to backslash, copying what is between at once: a character at a time was
    // a sixth of the prefilter's cost for the 1% of files with an escape (under C1).
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
      if (beginsEscape(text, at)) {
        out.append(text, from, at).append('_');
        from = at + 1;
      }
    }
    return out.append(text, from, text.length()).toString();
  }

  /**
   * The text with every Unicode escape translated as the Java language does (JLS 3.3), or null
   * when an escape is malformed (not four hexadecimal digits: javac rejects the file) or
   * spells a backslash ({@code \u005c}, which may begin an escape sequence of a literal: too
   * rare to read here; the file is parsed).
   */
  static String translated(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0; // what is not yet copied
    int at = text.indexOf('\\');
    while (at >= 0) {
      if (!beginsEscape(text, at)) {
        at = text.indexOf('\\', at + 1);
        continue;
      }
      int digits = at + 1;
      while (digits < text.length() && text.charAt(digits) == 'u') {
        digits++; // \uuu0041 is an escape too
      }
      if (digits + 4 > text.length()) {
        return null;
      }
      int value = 0;
      for (int d = digits; d < digits + 4; d++) {
        int digit = Character.digit(text.charAt(d), 16);
        if (digit < 0) {
          return null;
        }
        value = value * 16 + digit;
      }
      if (value == '\\') {
        return null;
      }
      out.append(text, from, at).append((char) value);
      from = digits + 4;
      at = text.indexOf('\\', from);
    }
    return out.append(text, from, text.length()).toString();
  }

  /**
   * Whether a Unicode escape begins at {@code at}: a backslash followed by {@code u} and preceded
   * by an even number of backslashes ({@code \\u0041} is a backslash, then {@code u0041}).
   */
  private static boolean beginsEscape(String text, int at) {
    if (text.charAt(at) != '\\' || at + 1 >= text.length() || text.charAt(at + 1) != 'u') {
      return false;
    }
    int backslashes = 0;
    for (int before = at - 1; before >= 0 && text.charAt(before) == '\\'; before--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }
}
