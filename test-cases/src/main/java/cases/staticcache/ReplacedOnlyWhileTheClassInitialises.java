package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: a private method that only the static initializer calls runs once, while the class
 * initialises, so its store is one of the field's initial values, not a replacement that later
 * empties the map. {@code NAMES} starts as one {@code HashMap} and {@code reset()} makes it
 * another before any other code can run; {@code ALIASES} is first given its map there. Each then
 * only grows. The look-alike is {@link ReplacedAgainAfterTheClassInitialised}.
 */
class ReplacedOnlyWhileTheClassInitialises {
  private static Map<String, String> NAMES = new HashMap<>(); // expect: UnboundedStaticCache
  private static Map<String, String> ALIASES; // expect: UnboundedStaticCache

  static {
    reset();
  }

  private static void reset() {
    NAMES = new HashMap<>();
    ALIASES = new HashMap<>();
  }

  static void remember(String key, String name) {
    NAMES.put(key, name);
    ALIASES.put(name, key);
  }
}
