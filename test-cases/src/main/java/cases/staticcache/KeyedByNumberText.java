package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: keyed by a number's text. {@code Integer.toHexString(id)} is at most 8 characters
 * long, but there are as many such strings as ints, so the map grows with every new id (only the
 * text's length() is a bounded key: PaddingKeyedByHexLength).
 */
class KeyedByNumberText {
  private static final Map<String, Object> BY_HEX_ID = new HashMap<>(); // expect: UnboundedStaticCache

  static Object lookup(int id) {
    String key = Integer.toHexString(id);
    Object value = BY_HEX_ID.get(key);
    if (value == null) {
      value = new Object();
      BY_HEX_ID.put(key, value);
    }
    return value;
  }
}
