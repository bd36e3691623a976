package cases.staticcache;

import java.util.HashSet;
import java.util.Set;

/**
 * Flagged: a key made by a helper is bounded only if every value the helper returns is. A private
 * helper that returns its (data) parameter trimmed, one that returns a stack frame on one path and
 * the message on another, and an overridable method returning a literal (a subclass may return
 * anything) all store data.
 */
class HelperKeyLookAlikes {
  private static final Set<String> SEEN_USERS = new HashSet<>(); // expect: UnboundedStaticCache
  private static final Set<String> SEEN_PROBLEMS = new HashSet<>(); // expect: UnboundedStaticCache
  private static final Set<String> CATEGORIES = new HashSet<>(); // expect: UnboundedStaticCache

  static void greet(String user) {
    if (SEEN_USERS.add(normalised(user))) {
      System.out.println("welcome " + user);
    }
  }

  static void report(String message) {
    String key = frameOrMessage(message);
    SEEN_PROBLEMS.add(key);
  }

  void categorise() {
    CATEGORIES.add(category());
  }

  protected String category() {
    return "default";
  }

  private static String normalised(String user) {
    return user.trim();
  }

  private static String frameOrMessage(String message) {
    StackTraceElement[] stack = new Throwable().getStackTrace();
    if (stack.length > 3) {
      return stack[3].toString();
    }
    return message;
  }
}
