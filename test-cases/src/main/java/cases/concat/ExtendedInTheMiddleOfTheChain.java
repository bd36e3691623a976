package cases.concat;

import java.util.List;

/**
 * Flagged: the string is an operand of the concatenation, though not its first or last: wrapped
 * in parentheses on each pass, or handed to {@code concat} as the argument. Each copies the
 * whole string. Silent: only the string's length in the chain, which copies nothing of it.
 */
class ExtendedInTheMiddleOfTheChain {
  static String nest(String expression, int depth) {
    String nested = expression;
    for (int i = 0; i < depth; i++) {
      nested = "(" + nested + ")"; // expect: StringConcatInLoop
    }
    return nested;
  }

  static String prependAll(List<String> parts) {
    String path = "";
    for (String part : parts) {
      path = part.concat("/").concat(path); // expect: StringConcatInLoop
    }
    return path;
  }

  static String numbered(List<String> parts) {
    String label = "";
    for (String part : parts) {
      label = "[" + label.length() + "] " + part;
    }
    return label;
  }
}
