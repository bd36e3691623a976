package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: the map is an instance field; it is collected together with the object that owns it. */
class InstanceFieldMap {
  private final Map<String, String> values = new HashMap<>();

  void put(String key, String value) {
    values.put(key, value);
  }

  String get(String key) {
    return values.get(key);
  }
}
