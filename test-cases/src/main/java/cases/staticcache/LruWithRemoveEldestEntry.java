package cases.staticcache;

import java.util.LinkedHashMap;
import java.util.Map;

/** Silent: a LinkedHashMap subclass whose {@code removeEldestEntry} bounds it to MAX entries. */
class LruWithRemoveEldestEntry {
  private static final int MAX = 256;

  private static final Map<String, String> RECENT = new LinkedHashMap<String, String>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > MAX;
    }
  };

  static void remember(String key, String value) {
    RECENT.put(key, value);
  }

  static String recall(String key) {
    return RECENT.get(key);
  }
}
