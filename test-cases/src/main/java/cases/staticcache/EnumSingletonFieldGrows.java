package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: an enum with one constant is a singleton held by a static field, so its map lives as
 * long as the class loader and every key put into it stays with it.
 */
enum EnumSingletonFieldGrows {
  INSTANCE;

  private final Map<String, String> entries = new HashMap<>(); // expect: UnboundedStaticCache

  void remember(String key, String value) {
    entries.put(key, value);
  }

  String recall(String key) {
    return this.entries.get(key);
  }
}
