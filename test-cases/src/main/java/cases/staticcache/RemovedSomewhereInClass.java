package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Silent: entries are removed when a session closes, so the map is as large as the live sessions. */
class RemovedSomewhereInClass {
  private static final Map<String, String> OPEN_SESSIONS = new HashMap<>();

  static void open(String id, String user) {
    OPEN_SESSIONS.put(id, user);
  }

  static void close(String id) {
    OPEN_SESSIONS.remove(id);
  }
}
