package cases.threadlocal;

import java.util.concurrent.Executor;

/**
 * Flagged, once for each way a class can declare and reach a static thread-local that it sets and
 * never removes: a plain and an inheritable one, its own subclass and an anonymous one, a name
 * spelled with its package or with the class, a set in a lambda run by an executor, from a nested
 * class, and (through a synthetic accessor in Java 8 bytecode) of a private field. The values
 * are typed {@code Object}, so any application object may stay on the thread.
 */
class EveryKindOfThreadLocalSetNeverRemoved {
  static class OwnThreadLocal extends ThreadLocal<Object> {}

  static final ThreadLocal<Object> USER = new ThreadLocal<>();
  static final InheritableThreadLocal<Object> TRACE = new InheritableThreadLocal<>();
  static final java.lang.ThreadLocal<Object> QUALIFIED = new java.lang.ThreadLocal<>();
  static final OwnThreadLocal OWN = new OwnThreadLocal();
  static final ThreadLocal<Object> ANONYMOUS = new ThreadLocal<Object>() {};
  private static final ThreadLocal<Object> HIDDEN = new ThreadLocal<>();

  void handle(Object user) {
    USER.set(user); // expect: ThreadLocalNotRemoved
    EveryKindOfThreadLocalSetNeverRemoved.TRACE.set(user); // expect: ThreadLocalNotRemoved
    QUALIFIED.set(this); // expect: ThreadLocalNotRemoved
    OWN.set(user); // expect: ThreadLocalNotRemoved
    ANONYMOUS.set(user); // expect: ThreadLocalNotRemoved
  }

  void async(Executor pool, final Object user) {
    pool.execute(() -> USER.set(user)); // expect: ThreadLocalNotRemoved
  }

  static class Nested {
    void nested(Object user) {
      USER.set(user); // expect: ThreadLocalNotRemoved
    }

    void hidden(Object user) {
      HIDDEN.set(user); // expect: ThreadLocalNotRemoved
    }
  }
}
