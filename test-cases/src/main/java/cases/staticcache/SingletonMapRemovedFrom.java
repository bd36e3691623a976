package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: the singleton's map lives forever, but entries are removed when a session ends. */
final class SingletonMapRemovedFrom {
  private static final SingletonMapRemovedFrom INSTANCE = new SingletonMapRemovedFrom();

  private final Map<String, String> sessions = new HashMap<>();

  private SingletonMapRemovedFrom() {
  }

  static SingletonMapRemovedFrom instance() {
    return INSTANCE;
  }

  void open(String id, String user) {
    sessions.put(id, user);
  }

  void close(String id) {
    sessions.remove(id);
  }
}
