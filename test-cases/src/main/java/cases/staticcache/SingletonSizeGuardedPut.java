package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: the enum singleton's cache checks its size before every put, so it stays below MAX. */
enum SingletonSizeGuardedPut {
  INSTANCE;

  private static final int MAX = 500;

  private final Map<String, Integer> lengths = new HashMap<>();

  int length(String text) {
    Integer cached = lengths.get(text);
    if (cached != null) {
      return cached;
    }
    if (lengths.size() < MAX) {
      lengths.put(text, text.length());
    }
    return text.length();
  }
}
