package cases.concat;

import java.util.List;

/** Flagged: a static String field extended inside a loop is carried across iterations. */
class StaticFieldExtendedInLoop {
  private static String log = "";

  static void record(List<String> events) {
    for (String event : events) {
      log += event + "\n"; // expect: StringConcatInLoop
    }
  }

  static String log() {
    return log;
  }
}
