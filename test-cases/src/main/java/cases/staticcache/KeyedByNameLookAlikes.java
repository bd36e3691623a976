package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: a class's name joined with data, and an object's own {@code toString()}, are not
 * bounded by the program's classes.
 */
class KeyedByNameLookAlikes {
  private static final Map<String, String> BY_QUALIFIED_ID = new HashMap<>(); // expect: UnboundedStaticCache
  private static final Map<String, Object> BY_TEXT = new HashMap<>(); // expect: UnboundedStaticCache

  static void remember(Object value, String id) {
    BY_QUALIFIED_ID.put(value.getClass().getName() + "#" + id, id);
    BY_TEXT.put(value.toString(), value);
  }
}
