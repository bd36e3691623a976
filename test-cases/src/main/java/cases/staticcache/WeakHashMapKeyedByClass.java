package cases.staticcache;

import java.util.Map;
import java.util.WeakHashMap;

/** Silent: weak keys, and the String values do not reference their keys, so entries go when the class is unloaded. */
class WeakHashMapKeyedByClass {
  private static final Map<Class<?>, String> LABELS = new WeakHashMap<>();

  static String label(Class<?> type) {
    String label = LABELS.get(type);
    if (label == null) {
      label = type.getSimpleName().toLowerCase();
      LABELS.put(type, label);
    }
    return label;
  }
}
