package cases.staticcache;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Silent: an EnumMap can hold at most one entry per constant, so it cannot grow without bound. */
class EnumKeyedMapIsBounded {
  private static final Map<TimeUnit, Long> LAST_SEEN = new EnumMap<>(TimeUnit.class);

  static void seen(TimeUnit unit, long when) {
    LAST_SEEN.put(unit, when);
  }

  static Long lastSeen(TimeUnit unit) {
    return LAST_SEEN.get(unit);
  }
}
