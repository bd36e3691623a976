package cases.threadlocal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Flagged: the task sets the thread-local on a pool thread, but the remove() in the submitting
 * method's finally runs on the caller's thread, so the pool thread keeps the value.
 */
class SetInTaskRemovedBySubmitter {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  static final class Tenant {
    final String id;

    Tenant(String id) {
      this.id = id;
    }
  }

  private static final ThreadLocal<Tenant> TENANT = new ThreadLocal<>();

  static void handle(final String tenantId, final Runnable work) {
    try {
      POOL.execute(() -> {
        TENANT.set(new Tenant(tenantId)); // expect: ThreadLocalNotRemoved
        work.run();
      });
    } finally {
      TENANT.remove();
    }
  }
}
