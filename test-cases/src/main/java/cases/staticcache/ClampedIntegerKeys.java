package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: the key is clamped to 0..64, so the map holds at most 65 entries. */
class ClampedIntegerKeys {
  private static final Map<Integer, String> PADDING = new HashMap<>();

  static String padding(int width) {
    int key = Math.max(0, Math.min(width, 64));
    String pad = PADDING.get(key);
    if (pad == null) {
      StringBuilder spaces = new StringBuilder();
      for (int i = 0; i < key; i++) {
        spaces.append(' ');
      }
      pad = spaces.toString();
      PADDING.put(key, pad);
    }
    return pad;
  }
}
