package samples.staticcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Caffeine caches (through the stand-ins beside this file; the corpus holds JDK code only): one
 * built without a bound grows, one with maximumSize and one invalidated do not. Lines ending in
 * "// flag" must be reported; every other line must stay silent.
 */
class CaffeineCaches {
  private static final Cache<String, String> UNBOUNDED = Caffeine.newBuilder().recordStats().build(); // flag
  private static final Cache<String, String> BOUNDED = Caffeine.newBuilder().maximumSize(10).build();
  private static final Cache<String, String> INVALIDATED = Caffeine.newBuilder().build();

  static String put(String key) {
    UNBOUNDED.put(key, key);
    BOUNDED.put(key, key);
    INVALIDATED.put(key, key);
    return UNBOUNDED.getIfPresent(key);
  }

  static void reset() {
    INVALIDATED.invalidateAll();
  }
}
