package cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * Silent: a String, or a map of Strings, left on a pool thread is one small JDK object per
 * thread. It pins no application class and does not grow with the work; the next task on the
 * thread replaces it. (Whether a stale value is read by the next task is a correctness question
 * this leak rule does not judge.)
 */
class JdkValueSetNeverRemoved {
  private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();
  private static final ThreadLocal<Map<String, String>> HEADERS = new ThreadLocal<>();

  void handle(String user, Runnable work) {
    CURRENT_USER.set(user);
    HEADERS.set(new HashMap<String, String>());
    work.run();
  }

  static String currentUser() {
    return CURRENT_USER.get();
  }
}
