package cases.concat;

import java.util.List;

/** Compliant: the builder grows in place; one copy at the end. */
class StringBuilderInLoop {
  String render(List<String> parts) {
    StringBuilder result = new StringBuilder();
    for (String part : parts) {
      result.append(part);
    }
    return result.toString();
  }
}
