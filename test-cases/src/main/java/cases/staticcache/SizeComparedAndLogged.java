package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: the insertion is guarded by a comparison of size() with a limit; that the same method
 * also logs the size does not undo the bound.
 */
class SizeComparedAndLogged {
  private static final int MAX = 500;
  private static final Map<String, String> NORMALISED = new HashMap<>();

  static String normalise(String text) {
    String cached = NORMALISED.get(text);
    if (cached == null) {
      cached = text.trim().toLowerCase();
      if (NORMALISED.size() < MAX) {
        NORMALISED.put(text, cached);
      }
      System.out.println("cached: " + NORMALISED.size());
    }
    return cached;
  }
}
