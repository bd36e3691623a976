package cases.concat;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Not flagged: continuation lines are joined while the value still ends in a backslash (Ant's
 * {@code Translate}); the loop's test reads the string, which decides when the loop stops, and
 * needs it whole on every iteration.
 */
class ContinuationLinesJoined {
  static String value(String first, BufferedReader in) throws IOException {
    String value = first;
    while (value.endsWith("\\")) {
      value = value.substring(0, value.length() - 1);
      String line = in.readLine();
      if (line == null) {
        break;
      }
      value += line.trim();
    }
    return value;
  }
}
