package cases.concat;

import java.util.Iterator;

/**
 * Flagged: the loop's test reads a different string (the separator), not the one that grows; the
 * number of iterations is the number of elements.
 */
class LoopTestReadsAnotherString {
  static String join(Iterator<String> parts, String separator) {
    String joined = "";
    while (parts.hasNext() && !separator.isEmpty()) {
      joined += separator + parts.next(); // expect: StringConcatInLoop
    }
    return joined;
  }
}
