package cases.concat;

import java.util.List;

/** Flagged: a += that runs only on some iterations still extends the carried string. */
class ConditionalConcatInLoop {
  String errors(List<String> lines) {
    String errors = "";
    for (String line : lines) {
      if (line.startsWith("ERROR")) {
        errors += line + "\n"; // expect: StringConcatInLoop
      }
    }
    return errors;
  }
}
