package cases.concat;

import java.util.Iterator;

/** Flagged: {@code forEachRemaining} runs its lambda once per element; the field is carried across them. */
class FieldExtendedInForEachRemaining {
  private String log = "";

  void drain(Iterator<String> lines) {
    lines.forEachRemaining(line -> this.log += line + "\n"); // expect: StringConcatInLoop
  }

  String log() {
    return log;
  }
}
