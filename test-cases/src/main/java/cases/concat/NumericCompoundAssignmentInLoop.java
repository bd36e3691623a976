package cases.concat;

import java.util.List;

/** Silent: += on an int is arithmetic, not string concatenation. */
class NumericCompoundAssignmentInLoop {
  int totalLength(List<String> parts) {
    int total = 0;
    for (String part : parts) {
      total += part.length();
    }
    return total;
  }
}
