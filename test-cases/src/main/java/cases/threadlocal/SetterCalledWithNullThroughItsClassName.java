package cases.threadlocal;

/**
 * Silent: as {@link SetterCalledWithNullByANestedClass}, a class nested in the holder's class
 * takes the value out through the holder's setter in its {@code finally}, here naming the class,
 * {@code SetterCalledWithNullThroughItsClassName.setSession(null)}. The look-alike is
 * {@link SetterOfAnotherClassCalledWithNull}.
 */
class SetterCalledWithNullThroughItsClassName {
  static final class Session {}

  private static final ThreadLocal<Session> CURRENT = new ThreadLocal<Session>();

  static void setSession(Session session) {
    CURRENT.set(session);
  }

  static final class RequestFilter {
    void serve(Session session) {
      try {
        SetterCalledWithNullThroughItsClassName.setSession(session);
      } finally {
        SetterCalledWithNullThroughItsClassName.setSession(null);
      }
    }
  }
}
