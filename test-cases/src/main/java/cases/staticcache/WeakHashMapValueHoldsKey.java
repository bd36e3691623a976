package cases.staticcache;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Flagged: the value references its own key, so the map's strong reference to the value keeps the
 * weak key reachable and no entry is ever cleared (the WeakHashMap documentation warns about this).
 */
class WeakHashMapValueHoldsKey {
  static final class Metadata {
    final Class<?> type;
    final String label;

    Metadata(Class<?> type, String label) {
      this.type = type;
      this.label = label;
    }
  }

  private static final Map<Class<?>, Metadata> METADATA = new WeakHashMap<>(); // expect: UnboundedStaticCache

  static Metadata of(Class<?> type) {
    Metadata metadata = METADATA.get(type);
    if (metadata == null) {
      metadata = new Metadata(type, type.getName());
      METADATA.put(type, metadata);
    }
    return metadata;
  }
}
