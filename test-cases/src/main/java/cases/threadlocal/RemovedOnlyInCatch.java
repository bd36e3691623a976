package cases.threadlocal;

/** Flagged: remove() runs only on the exception path; every successful call leaves the value behind. */
class RemovedOnlyInCatch {
  static final class Stopwatch {
    final long startedAt = System.nanoTime();
  }

  private static final ThreadLocal<Stopwatch> STARTED_AT = new ThreadLocal<>();

  void timed(Runnable work) {
    STARTED_AT.set(new Stopwatch()); // expect: ThreadLocalNotRemoved
    try {
      work.run();
    } catch (RuntimeException e) {
      STARTED_AT.remove();
      throw e;
    }
  }
}
