package cases.threadlocal;

/** Flagged: remove() runs only when the work does not throw; an exception leaves the value on the thread. */
class RemovedAfterWorkNotInFinally {
  static final class Tenant {
    final String id;

    Tenant(String id) {
      this.id = id;
    }
  }

  private static final ThreadLocal<Tenant> TENANT = new ThreadLocal<>();

  void handle(Tenant tenant, Runnable work) {
    TENANT.set(tenant); // expect: ThreadLocalNotRemoved
    work.run();
    TENANT.remove();
  }

  static Tenant tenant() {
    return TENANT.get();
  }
}
