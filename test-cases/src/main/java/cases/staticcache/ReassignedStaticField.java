package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: {@code reset()} replaces the whole map, dropping every entry; the field is not append-only. */
class ReassignedStaticField {
  private static Map<String, Object> cache = new HashMap<>();

  static void put(String key, Object value) {
    cache.put(key, value);
  }

  static void reset() {
    cache = new HashMap<>();
  }
}
