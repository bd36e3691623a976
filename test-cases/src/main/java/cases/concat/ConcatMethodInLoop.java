package cases.concat;

import java.util.List;

/** Flagged: {@code s = s.concat(x)} copies the whole string on every call, exactly like {@code s += x}. */
class ConcatMethodInLoop {
  String render(List<String> parts) {
    String result = "";
    for (String part : parts) {
      result = result.concat(part).concat(";"); // expect: StringConcatInLoop
    }
    return result;
  }
}
