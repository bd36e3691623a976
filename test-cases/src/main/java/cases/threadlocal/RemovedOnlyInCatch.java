package cases.threadlocal;

/** Flagged: remove() runs only on the exception path; every successful call leaves the value behind. */
class RemovedOnlyInCatch {
  private static final ThreadLocal<Long> STARTED_AT = new ThreadLocal<>();

  void timed(Runnable work) {
    STARTED_AT.set(System.nanoTime()); // expect: ThreadLocalNotRemoved
    try {
      work.run();
    } catch (RuntimeException e) {
      STARTED_AT.remove();
      throw e;
    }
  }
}
