package cases.concat;

import java.util.Map;

/**
 * Not flagged: the expression built so far is published after each part (OGNL's
 * {@code ASTChain} puts it into the evaluation context for the next part to read), so every
 * iteration needs it as a String; a builder would be copied into one just as often.
 */
class ChainPublishedAfterEachPart {
  static String compile(String[] parts, Map<String, Object> context) {
    String result = "";
    for (int i = 0; i < parts.length; i++) {
      String value = parts[i].trim();
      if (value.startsWith("new ")) {
        result = value;
      } else {
        result += value;
      }
      context.put("currentChain", result);
    }
    return result;
  }
}
