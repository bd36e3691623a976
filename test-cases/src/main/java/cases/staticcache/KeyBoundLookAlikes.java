package cases.staticcache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flagged: keys that look bounded but are not. Clamped on one side only (Math.min leaves every
 * negative number; a range check with no lower bound), the length of any string, a key changed
 * after its range check, a list (which holds a clamped value many times), and a guard set that
 * itself grows.
 */
class KeyBoundLookAlikes {
  private static final Map<Integer, String> BY_WIDTH = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<Integer, String> BY_CODE = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<Integer, String> BY_LENGTH = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<Integer, String> BY_SHIFTED = new HashMap<>(); // expect: UnboundedStaticCache
  private static final List<Integer> WIDTHS = new ArrayList<>(); // expect: UnboundedStaticCache
  private static final Set<String> SEEN = new HashSet<>(); // expect: UnboundedStaticCache
  private static final Map<String, String> BY_SEEN = new HashMap<>(); // expect: UnboundedStaticCache

  static void width(int width) {
    int key = Math.min(width, 64);
    BY_WIDTH.put(key, "w" + key);
    WIDTHS.add(Math.max(0, Math.min(width, 64)));
  }

  static void code(int code) {
    if (code < 512) {
      BY_CODE.put(code, "c" + code);
    }
  }

  static void length(String text) {
    BY_LENGTH.put(text.length(), text);
  }

  static void shifted(int value) {
    int key = value;
    if (key >= 0 && key < 16) {
      key = key * value;
      BY_SHIFTED.put(key, "s");
    }
  }

  static void seen(String name) {
    SEEN.add(name);
    if (SEEN.contains(name)) {
      BY_SEEN.put(name, name);
    }
  }
}
