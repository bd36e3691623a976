package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: look-alikes of {@link RegistryFilledThroughRegisterMethod}. A memo the static
 * initialiser warms through its lookup method is still a cache keyed by the data looked up (the
 * lookup returns what it stores); a private method the initialiser calls is no registration API,
 * and here it is also called for every request.
 */
class RegistryLookAlikesGrow {
  private static final Map<String, String> NORMALISED = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<String, Long> SEEN = new HashMap<>(); // expect: UnboundedStaticCache

  static {
    normalise("default");
    remember("startup");
  }

  public static String normalise(String name) {
    String cached = NORMALISED.get(name);
    if (cached == null) {
      cached = name.trim().toLowerCase();
      NORMALISED.put(name, cached);
    }
    return cached;
  }

  private static void remember(String requestId) {
    SEEN.put(requestId, System.nanoTime());
  }

  void handle(String requestId) {
    remember(requestId);
  }
}
