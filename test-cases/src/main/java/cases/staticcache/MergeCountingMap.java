package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Flagged: a static counter map gains one entry per distinct word and never forgets one. */
class MergeCountingMap {
  private static final Map<String, Integer> COUNTS = new HashMap<>(); // expect: UnboundedStaticCache

  static void count(String word) {
    COUNTS.merge(word, 1, Integer::sum);
  }

  static int countOf(String word) {
    Integer n = COUNTS.get(word);
    return n == null ? 0 : n;
  }
}
