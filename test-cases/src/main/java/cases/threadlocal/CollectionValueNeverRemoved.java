package cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: a per-thread map of request attributes holds whatever objects the application puts in
 * it (here its own Session), and nothing removes the map: every pool thread keeps the last
 * request's attributes, their classes and so the application's class loader.
 */
class CollectionValueNeverRemoved {
  static final class Session {}

  private static final ThreadLocal<Map<String, Object>> ATTRIBUTES = new ThreadLocal<>();

  void begin(Session session) {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("session", session);
    ATTRIBUTES.set(attributes); // expect: ThreadLocalNotRemoved
  }

  static Object attribute(String name) {
    return ATTRIBUTES.get().get(name);
  }
}
