package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: the look-alike of {@link ReplacedOnlyWhileTheClassInitialises}. {@code reset()} also
 * runs from {@code clear()}, at any time after initialisation, and each call replaces the map
 * with an empty one: what was put in before becomes unreachable.
 */
class ReplacedAgainAfterTheClassInitialised {
  private static Map<String, String> NAMES = new HashMap<>();

  static {
    reset();
  }

  private static void reset() {
    NAMES = new HashMap<>();
  }

  static void clear() {
    reset();
  }

  static void remember(String key, String name) {
    NAMES.put(key, name);
  }
}
