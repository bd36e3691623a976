package cases.concat;

import java.util.List;

/** Flagged: a {@code continue} skips some iterations but the loop still iterates many times. */
class ExtendedAfterContinueInLoop {
  String nonEmpty(List<String> parts) {
    String joined = "";
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      joined += part; // expect: StringConcatInLoop
    }
    return joined;
  }
}
