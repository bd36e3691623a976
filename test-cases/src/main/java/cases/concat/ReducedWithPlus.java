package cases.concat;

import java.util.List;

/**
 * A leak the rule misses: {@code reduce("", (a, b) -> a + b)} builds a new string per element from
 * the whole previous one, the same quadratic copy as {@code +=} in a loop (known-gaps.tsv).
 */
class ReducedWithPlus {
  String join(List<String> parts) {
    return parts.stream().reduce("", (a, b) -> a + b); // expect: StringConcatInLoop
  }
}
