package cases.threadlocal;

/** Flagged: remove() runs only when the work does not throw; an exception leaves the value on the thread. */
class RemovedAfterWorkNotInFinally {
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  void handle(String tenant, Runnable work) {
    TENANT.set(tenant); // expect: ThreadLocalNotRemoved
    work.run();
    TENANT.remove();
  }

  static String tenant() {
    return TENANT.get();
  }
}
