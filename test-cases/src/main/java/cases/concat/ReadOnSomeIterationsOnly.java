package cases.concat;

import java.util.List;
import java.util.Map;

/**
 * Flagged: the string is read besides its extension, but not whole on every iteration, so a
 * builder would still save the copies: read on one branch only (Ant's {@code Execute} reading
 * VMS logicals), only after a {@code continue} that skips it, or only for its length.
 */
class ReadOnSomeIterationsOnly {
  static void logicals(List<String> lines, Map<String, String> logicals) {
    String value = "";
    for (String line : lines) {
      if (line.startsWith("\t")) {
        value += "," + line.trim(); // expect: StringConcatInLoop
      } else {
        logicals.put(line, value);
      }
    }
  }

  static void skipped(List<String> parts, List<String> seen) {
    String text = "";
    for (String part : parts) {
      text += part; // expect: StringConcatInLoop
      if (part.isEmpty()) {
        continue;
      }
      seen.add(text);
    }
  }

  static int measured(List<String> parts) {
    String text = "";
    int longest = 0;
    for (String part : parts) {
      text += part; // expect: StringConcatInLoop
      longest = Math.max(longest, text.length());
    }
    return longest + text.hashCode();
  }
}
