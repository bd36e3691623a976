package cases.threadlocal;

/**
 * Silent: an interceptor-style pair; {@code begin} sets, {@code end} removes, and the framework
 * calling them guarantees {@code end}. The class does remove the value; whether every caller
 * reaches {@code end} is not visible here, so precision first stays silent.
 */
class RemovedByPairedEndMethod {
  private static final ThreadLocal<Long> STARTED_AT = new ThreadLocal<>();

  void begin() {
    STARTED_AT.set(System.nanoTime());
  }

  long end() {
    long elapsed = System.nanoTime() - STARTED_AT.get();
    STARTED_AT.remove();
    return elapsed;
  }
}
