package cases.threadlocal;

/** Flagged at the second set only: the finally removes LOCALE but not ZONE; each ThreadLocal needs its own remove(). */
class RemovesOnlyOneOfTwo {
  static final class Setting {
    final String value;

    Setting(String value) {
      this.value = value;
    }
  }

  private static final ThreadLocal<Setting> LOCALE = new ThreadLocal<>();
  private static final ThreadLocal<Setting> ZONE = new ThreadLocal<>();

  void handle(Setting locale, Setting zone, Runnable work) {
    ZONE.set(zone); // expect: ThreadLocalNotRemoved
    LOCALE.set(locale);
    try {
      work.run();
    } finally {
      LOCALE.remove();
    }
  }
}
