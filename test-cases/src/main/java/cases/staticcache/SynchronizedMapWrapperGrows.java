package cases.staticcache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Flagged: a synchronized wrapper is still a mutable map that only grows. */
class SynchronizedMapWrapperGrows {
  private static final Map<String, String> SESSIONS = Collections.synchronizedMap(new HashMap<String, String>()); // expect: UnboundedStaticCache

  static void open(String sessionId, String user) {
    SESSIONS.put(sessionId, user);
  }

  static String user(String sessionId) {
    return SESSIONS.get(sessionId);
  }
}
