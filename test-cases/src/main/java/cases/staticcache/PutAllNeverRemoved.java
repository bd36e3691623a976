package cases.staticcache;

import java.util.Map;
import java.util.TreeMap;

/** Flagged: {@code putAll} merges every caller's settings into a static map that is never trimmed. */
class PutAllNeverRemoved {
  private static final Map<String, String> SETTINGS = new TreeMap<>(); // expect: UnboundedStaticCache

  static void merge(Map<String, String> more) {
    SETTINGS.putAll(more);
  }

  static String get(String key) {
    return SETTINGS.get(key);
  }
}
