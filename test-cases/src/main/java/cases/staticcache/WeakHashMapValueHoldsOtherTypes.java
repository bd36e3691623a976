package cases.staticcache;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Silent: the values hold the key's name and a class of another kind, never the key itself, so
 * an entry goes once nothing else holds its key.
 */
class WeakHashMapValueHoldsOtherTypes {
  static final class Description {
    final String name;
    final Thread owner;
    static Class<?> lastDescribed;

    Description(String name, Thread owner) {
      this.name = name;
      this.owner = owner;
    }
  }

  private static final Map<Class<?>, Description> DESCRIPTIONS = new WeakHashMap<>();

  static Description of(Class<?> type) {
    Description description = DESCRIPTIONS.get(type);
    if (description == null) {
      description = new Description(type.getName(), Thread.currentThread());
      DESCRIPTIONS.put(type, description);
      Description.lastDescribed = type;
    }
    return description;
  }
}
