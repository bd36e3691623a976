package cases.concat;

import java.util.List;

/** Flagged: the body of a lambda passed to {@code forEach} runs once per element, like a loop body. */
class FieldExtendedInListForEach {
  private String text = "";

  void appendAll(List<String> parts) {
    parts.forEach(part -> this.text += part); // expect: StringConcatInLoop
  }

  String text() {
    return text;
  }
}
