package cases.threadlocal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Flagged: the task sets the ThreadLocal on a pool thread that outlives the task; nothing removes it. */
class SetInTaskOnPool {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  static final class RequestId {
    final String value;

    RequestId(String value) {
      this.value = value;
    }
  }

  private static final ThreadLocal<RequestId> REQUEST_ID = new ThreadLocal<>();

  static void handleAsync(final String id) {
    POOL.submit(() -> {
      REQUEST_ID.set(new RequestId(id)); // expect: ThreadLocalNotRemoved
      log("handling");
    });
  }

  private static void log(String message) {
    System.out.println(REQUEST_ID.get().value + ": " + message);
  }
}
