package cases.concat;

import java.util.List;

/**
 * Flagged: a {@code //noinspection} comment silences only the inspection it names, and only for
 * the statement directly below it.
 */
class IntelliJSuppressionLookAlikes {
  static String otherInspection(List<String> parts) {
    String joined = "";
    for (String part : parts) {
      //noinspection StringEquality
      joined += part; // expect: StringConcatInLoop
    }
    return joined;
  }

  static String notTheStatementBelow(List<String> parts) {
    String joined = "";
    String last = "";
    for (String part : parts) {
      //noinspection StringConcatenationInLoop
      last = part;
      joined += part; // expect: StringConcatInLoop
    }
    return joined + last;
  }
}
