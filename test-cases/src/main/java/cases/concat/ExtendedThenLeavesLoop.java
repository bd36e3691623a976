package cases.concat;

import java.util.List;

/**
 * Silent: each concatenation is followed at once by a break or a return, so it runs at most once
 * and the string never grows across iterations (Ant's JspNameMangler: {@code className += "%";
 * break;}).
 */
class ExtendedThenLeavesLoop {
  String avoidKeyword(String className, List<String> keywords) {
    for (String keyword : keywords) {
      if (className.equals(keyword)) {
        className += "%";
        break;
      }
    }
    return className;
  }

  String firstMatch(String prefix, List<String> names) {
    String result = prefix;
    for (String name : names) {
      if (name.startsWith(prefix)) {
        result += name;
        return result;
      }
    }
    return result;
  }
}
