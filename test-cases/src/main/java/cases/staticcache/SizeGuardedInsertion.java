package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: insertion is guarded by a size check, so the map never exceeds MAX entries. */
class SizeGuardedInsertion {
  private static final int MAX = 1000;
  private static final Map<String, Integer> LENGTHS = new HashMap<>();

  static int length(String text) {
    Integer cached = LENGTHS.get(text);
    if (cached != null) {
      return cached;
    }
    int length = text.length();
    if (LENGTHS.size() < MAX) {
      LENGTHS.put(text, length);
    }
    return length;
  }
}
