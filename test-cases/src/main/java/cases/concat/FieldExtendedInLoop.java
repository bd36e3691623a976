package cases.concat;

import java.util.List;

/** Flagged: an instance field is carried across iterations just like a local declared outside. */
class FieldExtendedInLoop {
  private String text = "";

  void appendAll(List<String> parts) {
    for (String part : parts) {
      this.text += part; // expect: StringConcatInLoop
    }
  }

  String text() {
    return text;
  }
}
