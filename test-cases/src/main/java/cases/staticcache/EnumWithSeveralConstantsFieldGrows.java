package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: with two constants the enum is not a singleton; the rule judges only a class with a
 * single instance (each constant's map grows too, but the rule does not count instances).
 */
enum EnumWithSeveralConstantsFieldGrows {
  LEFT,
  RIGHT;

  private final Map<String, Integer> seen = new HashMap<>();

  void see(String key) {
    seen.merge(key, 1, Integer::sum);
  }
}
