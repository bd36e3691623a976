package cases.threadlocal;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: the thread-local is a subclass, declared in another file, of ehcache's
 * {@code VicariousThreadLocal}, which keeps each thread's value in the thread-local object and
 * only a weak reference in the thread; the engines follow the superclasses of the class the
 * final field is created as. The same value in a plain {@code ThreadLocal} is reported.
 */
class ValuesKeptOffThreadBySubclassOfAnotherFile {
  static final class Trail {
    final List<String> steps = new ArrayList<>();
  }

  private static final ThreadLocal<Trail> KEPT_OFF_THREAD = new OffThreadLocal<>();

  private static final ThreadLocal<Trail> KEPT_ON_THREAD = new ThreadLocal<>();

  static void begin(Trail trail) {
    KEPT_OFF_THREAD.set(trail);
  }

  static void beginOnThread(Trail trail) {
    KEPT_ON_THREAD.set(trail); // expect: ThreadLocalNotRemoved
  }
}
