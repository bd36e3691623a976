package cases.staticcache;

import java.util.HashSet;
import java.util.Set;

/**
 * Silent (Equinox's {@code SubMonitor.logProblem}): a log-once set keyed by the caller's stack
 * frame, computed by a private helper that returns a frame's text or a literal. A place in the
 * code is one of the program's finitely many lines, like a class's name, so the set holds at most
 * one entry per call site, whatever data passes. The helper cannot be overridden, so its returns
 * are the key's only sources.
 */
class KeyedByCallerThroughPrivateHelper {
  private static final Set<String> KNOWN_CALLERS = new HashSet<>();
  private static final Set<String> KNOWN_METHODS = new HashSet<>();

  static void warnOnce(String message) {
    String caller = callerName();
    synchronized (KNOWN_CALLERS) {
      if (!KNOWN_CALLERS.add(caller)) {
        return;
      }
    }
    System.err.println(message);
  }

  void warnOncePerMethod(String message) {
    if (KNOWN_METHODS.add(callingMethod())) {
      System.err.println(message);
    }
  }

  private static String callerName() {
    StackTraceElement[] stack = Thread.currentThread().getStackTrace();
    String ours = KeyedByCallerThroughPrivateHelper.class.getName();
    for (int i = 1; i < stack.length; i++) {
      if (!stack[i].getClassName().equals(ours)) {
        return stack[i].toString();
      }
    }
    return "Unknown";
  }

  private String callingMethod() {
    StackTraceElement[] stack = new Throwable().getStackTrace();
    if (stack.length > 2) {
      return stack[2].getMethodName();
    }
    return "?";
  }
}
