package cases.concat;

import java.util.Map;

/** Flagged: {@code Map.forEach} runs its lambda once per entry; the field is carried across entries. */
class FieldExtendedInMapForEach {
  private String report = "";

  void describe(Map<String, Integer> scores) {
    scores.forEach((name, score) -> this.report += name + "=" + score + "\n"); // expect: StringConcatInLoop
  }

  String report() {
    return report;
  }
}
