package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Flagged: every distinct key is kept for the life of the class loader; nothing removes or bounds it. */
class StaticMapPutNeverRemoved {
  private static final Map<String, byte[]> CACHE = new HashMap<>(); // expect: UnboundedStaticCache

  static byte[] load(String key) {
    byte[] value = CACHE.get(key);
    if (value == null) {
      value = key.getBytes();
      CACHE.put(key, value);
    }
    return value;
  }
}
