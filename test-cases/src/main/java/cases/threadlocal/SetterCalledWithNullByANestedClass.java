package cases.threadlocal;

/**
 * Silent: the look-alike of {@link SetterCalledWithNullByAnotherClass}. The class that calls
 * {@code setSession(null)} in its {@code finally} is nested in the holder's class, so the
 * holder's own code takes the value out.
 */
class SetterCalledWithNullByANestedClass {
  static final class Session {}

  private static final ThreadLocal<Session> CURRENT = new ThreadLocal<Session>();

  static void setSession(Session session) {
    CURRENT.set(session);
  }

  static final class RequestFilter {
    void serve(Session session) {
      try {
        setSession(session);
      } finally {
        setSession(null);
      }
    }
  }
}
