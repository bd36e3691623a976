package cases.staticcache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Silent (XStream's attribute converters): keyed by the name of a class, so it holds at most one
 * entry per class of the program, whatever data passes, like a map keyed by an enum.
 */
class KeyedByClassName {
  private static final Map<String, Object[]> CONSTANTS =
      Collections.synchronizedMap(new HashMap<String, Object[]>());

  private final Class<?> type;

  KeyedByClassName(Class<?> type) {
    this.type = type;
  }

  Object[] constants() {
    Object[] found = CONSTANTS.get(type.getName());
    if (found == null) {
      found = type.getEnumConstants();
      CONSTANTS.put(type.getName(), found);
    }
    return found;
  }
}
