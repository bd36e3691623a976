package cases.threadlocal;

/**
 * Silent: {@code set(null)} in a finally drops the value on every path. The empty entry left in
 * the thread's map holds no value and pins no class loader (remove() is tidier, but this is not a
 * leak, so precision first stays silent).
 */
class ClearedWithSetNullInFinally {
  private static final ThreadLocal<String> CORRELATION_ID = new ThreadLocal<>();

  void handle(String correlationId, Runnable work) {
    CORRELATION_ID.set(correlationId);
    try {
      work.run();
    } finally {
      CORRELATION_ID.set(null);
    }
  }
}
