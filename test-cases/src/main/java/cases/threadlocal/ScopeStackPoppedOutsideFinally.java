package cases.threadlocal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Flagged at every populating {@code get()}: the per-thread stack of scopes is popped after the
 * work, but not in a {@code finally}, so a scope whose work throws stays on the thread, and with
 * it this application's {@code Scope} class and its class loader.
 */
class ScopeStackPoppedOutsideFinally {
  static final class Scope {
    final String name;

    Scope(String name) {
      this.name = name;
    }
  }

  private static final ThreadLocal<Deque<Scope>> SCOPES = ThreadLocal.withInitial(ArrayDeque::new);

  void run(String name, Runnable work) {
    SCOPES.get().push(new Scope(name)); // expect: ThreadLocalNotRemoved
    work.run();
    SCOPES.get().pop(); // expect: ThreadLocalNotRemoved
  }
}
