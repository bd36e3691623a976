package cases.concat;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: a string declared before a {@code while} loop grows by {@code +=} on each line until
 * a blank line hands it on and resets it; both branches {@code continue} (JGit 5.13
 * {@code NetRC.parse}'s macro body). ecj compiles the loop with its test at the bottom, entered
 * by a jump into the test; {@code StringConcatInLoopDetectorTest} runs this file compiled by ecj
 * too. The look-alike builds each line's string afresh.
 */
class MacroBodyGrownUntilABlankLine {
  List<String> macros(BufferedReader reader) throws IOException {
    List<String> macros = new ArrayList<>();
    String body = "";
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        macros.add(body);
        body = "";
        continue;
      }
      body += line + "\n"; // expect: StringConcatInLoop
    }
    return macros;
  }

  List<String> lines(BufferedReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty()) {
        continue;
      }
      String withEnd = line + "\n";
      lines.add(withEnd);
    }
    return lines;
  }
}
