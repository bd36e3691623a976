package cases.threadlocal;

/**
 * Flagged: the look-alike of {@link SetterCalledWithNullThroughItsClassName}. The nested filter
 * calls {@code Audit.setSession(null)}, a method of the same name and shape in another nested
 * class, which does not touch {@code CURRENT}: nothing takes the session out.
 */
class SetterOfAnotherClassCalledWithNull {
  static final class Session {}

  private static final ThreadLocal<Session> CURRENT = new ThreadLocal<Session>();

  static void setSession(Session session) {
    CURRENT.set(session); // expect: ThreadLocalNotRemoved
  }

  static final class Audit {
    private static Session last;

    static void setSession(Session session) {
      last = session;
    }
  }

  static final class RequestFilter {
    void serve(Session session) {
      try {
        setSession(session);
        Audit.setSession(session);
      } finally {
        Audit.setSession(null);
      }
    }
  }
}
