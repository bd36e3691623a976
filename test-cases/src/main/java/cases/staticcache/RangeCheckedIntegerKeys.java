package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: each add runs only where a range check bounds its integer key on both sides (an
 * enclosing if, or an earlier if that returns or throws), so each map holds a fixed number of
 * entries.
 */
class RangeCheckedIntegerKeys {
  private static final int MAX_CODE = 511;
  private static final Map<Integer, String> NAMES = new HashMap<>();
  private static final Map<Integer, String> LABELS = new HashMap<>();

  static String name(int code) {
    String name = NAMES.get(code);
    if (name == null && code >= 0 && code <= MAX_CODE) {
      name = "code-" + code;
      NAMES.put(code, name);
    }
    return name;
  }

  static String label(int status) {
    if (status < 100 || 599 < status) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    return LABELS.computeIfAbsent(status, s -> "HTTP " + s);
  }
}
