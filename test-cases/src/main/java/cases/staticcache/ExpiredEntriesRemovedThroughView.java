package cases.staticcache;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Silent: expired entries are removed through the values view ({@code removeIf}), which removes from the map. */
class ExpiredEntriesRemovedThroughView {
  private static final ConcurrentMap<String, Long> EXPIRIES = new ConcurrentHashMap<>();

  static void touch(String key, long ttlMillis) {
    EXPIRIES.put(key, System.currentTimeMillis() + ttlMillis);
  }

  static void evictExpired() {
    long now = System.currentTimeMillis();
    EXPIRIES.values().removeIf(expiry -> expiry < now);
  }
}
