package cases.threadlocal;

import net.sf.ehcache.util.lang.VicariousThreadLocal;

/**
 * Silent: ehcache's {@code SlewClock} shape, a {@code VicariousThreadLocal} set and removed again
 * on one path only (not in a {@code finally}): the thread keeps no strong reference to the value,
 * so the path that skips the removal leaks nothing. The same method on a plain
 * {@code ThreadLocal} is reported.
 */
class ValuesKeptOffThreadRemovedOnOnePath {
  private static final VicariousThreadLocal<Object> OFF_THREAD = new VicariousThreadLocal<>();

  private static final ThreadLocal<Object> ON_THREAD = new ThreadLocal<>();

  static void adjust(Object offset, boolean settled) {
    OFF_THREAD.set(offset);
    if (settled) {
      OFF_THREAD.remove();
    }
  }

  static void adjustOnThread(Object offset, boolean settled) {
    ON_THREAD.set(offset); // expect: ThreadLocalNotRemoved
    if (settled) {
      ON_THREAD.remove();
    }
  }
}
