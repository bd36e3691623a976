package cases.concat;

import java.util.List;

/** Flagged: {@code s = s + x} is the same quadratic copy as {@code s += x}. */
class SelfConcatAssignmentInLoop {
  String render(List<String> parts) {
    String result = "";
    for (String part : parts) {
      result = result + part + ","; // expect: StringConcatInLoop
    }
    return result;
  }
}
