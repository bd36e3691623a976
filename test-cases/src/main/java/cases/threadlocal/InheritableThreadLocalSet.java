package cases.threadlocal;

/** Flagged: an InheritableThreadLocal leaks like any ThreadLocal, and is copied into every thread started meanwhile. */
class InheritableThreadLocalSet {
  private static final InheritableThreadLocal<String> TRACE_ID = new InheritableThreadLocal<>();

  void begin(String traceId) {
    TRACE_ID.set(traceId); // expect: ThreadLocalNotRemoved
  }

  static String traceId() {
    return TRACE_ID.get();
  }
}
