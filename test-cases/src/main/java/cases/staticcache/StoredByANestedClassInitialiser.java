package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: the static initializer of the nested {@code Defaults} stores a new map into
 * {@code NAMES}, but a class initialises once, so that store runs at most once, whenever
 * {@code Defaults} is first used: it is one of the field's initial values, not a replacement
 * that keeps the map small. After it, the map only grows. Silent: {@code LABELS}, which
 * {@code Defaults.reset()} replaces whenever it is called.
 */
class StoredByANestedClassInitialiser {
  private static Map<String, String> NAMES = new HashMap<>(); // expect: UnboundedStaticCache

  static void remember(String key, String name) {
    NAMES.put(key, name);
  }

  static final class Defaults {
    static {
      NAMES = new HashMap<>();
    }

    static void reset() {
      LABELS = new HashMap<>();
    }
  }

  private static Map<String, String> LABELS = new HashMap<>();

  static void label(String key, String label) {
    LABELS.put(key, label);
  }
}
