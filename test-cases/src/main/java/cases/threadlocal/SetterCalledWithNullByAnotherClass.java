package cases.threadlocal;

/**
 * Flagged at the setter's {@code set}: only {@code RequestFilter}, another class, calls
 * {@code setSession(null)}; nothing in {@code SessionHolder} itself takes the value out. The
 * rule judges a thread-local by what its own class (and the classes nested in it) does: the
 * finding says "never removed in this class", and it must not come and go with the other
 * classes that happen to be analysed beside it (a library's jar on its own, one source file at a
 * time). The look-alike is {@link SetterCalledWithNullByANestedClass}.
 */
class SetterCalledWithNullByAnotherClass {
  static final class Session {}

  static final class SessionHolder {
    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<Session>();

    void setSession(Session session) {
      CURRENT.set(session); // expect: ThreadLocalNotRemoved
    }
  }
}

/** Resets the holder after each request, from outside it. */
class RequestFilter {
  private static final ThreadLocal<Object> UNUSED_HERE = new ThreadLocal<Object>();

  void serve(SetterCalledWithNullByAnotherClass.SessionHolder holder,
      SetterCalledWithNullByAnotherClass.Session session) {
    try {
      holder.setSession(session);
    } finally {
      holder.setSession(null);
    }
  }
}
