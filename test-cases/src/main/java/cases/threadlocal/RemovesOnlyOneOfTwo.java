package cases.threadlocal;

/** Flagged at the second set only: the finally removes LOCALE but not ZONE; each ThreadLocal needs its own remove(). */
class RemovesOnlyOneOfTwo {
  private static final ThreadLocal<String> LOCALE = new ThreadLocal<>();
  private static final ThreadLocal<String> ZONE = new ThreadLocal<>();

  void handle(String locale, String zone, Runnable work) {
    ZONE.set(zone); // expect: ThreadLocalNotRemoved
    LOCALE.set(locale);
    try {
      work.run();
    } finally {
      LOCALE.remove();
    }
  }
}
