package cases.threadlocal;

/** Flagged: an InheritableThreadLocal leaks like any ThreadLocal, and is copied into every thread started meanwhile. */
class InheritableThreadLocalSet {
  static final class Trace {
    final String id;

    Trace(String id) {
      this.id = id;
    }
  }

  private static final InheritableThreadLocal<Trace> TRACE_ID = new InheritableThreadLocal<>();

  void begin(String traceId) {
    TRACE_ID.set(new Trace(traceId)); // expect: ThreadLocalNotRemoved
  }

  static Trace trace() {
    return TRACE_ID.get();
  }
}
