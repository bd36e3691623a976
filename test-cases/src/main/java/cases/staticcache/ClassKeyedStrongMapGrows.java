package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: the strong look-alike of {@code WeakHashMapKeyedByClass}. Classes are not a closed
 * set (proxies, lambdas, scripts and redeployed applications make new ones at run time), and a
 * strong {@code Class} key keeps its class loader, with all its classes, reachable for good.
 */
class ClassKeyedStrongMapGrows {
  private static final Map<Class<?>, String> LABELS = new HashMap<>(); // expect: UnboundedStaticCache

  static synchronized String label(Class<?> type) {
    String label = LABELS.get(type);
    if (label == null) {
      label = type.getSimpleName().toLowerCase();
      LABELS.put(type, label);
    }
    return label;
  }
}
