package cases.threadlocal;

/**
 * Reported: a thread-local class of the same simple name as ehcache's {@code VicariousThreadLocal}
 * that keeps the value in the thread as {@code ThreadLocal} does; only the verified class keeps
 * values off the thread.
 */
class VicariousThreadLocalLookAlike {
  static class VicariousThreadLocal<T> extends ThreadLocal<T> {}

  static final class Generator {
    final java.util.List<String> seen = new java.util.ArrayList<>();
  }

  private static final ThreadLocal<Generator> GENERATOR = new VicariousThreadLocal<Generator>() {
    @Override
    protected Generator initialValue() {
      return new Generator();
    }
  };

  static Generator current() {
    return GENERATOR.get(); // expect: ThreadLocalNotRemoved
  }
}
