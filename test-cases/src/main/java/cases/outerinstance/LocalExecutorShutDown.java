package cases.outerinstance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Silent: the executor is local and shut down and awaited in the same call; it is not a long-lived holder. */
class LocalExecutorShutDown {
  private int processed;

  int processAll() throws InterruptedException {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(() -> this.processOne());
    } finally {
      pool.shutdown();
    }
    pool.awaitTermination(1L, TimeUnit.MINUTES);
    return processed;
  }

  private void processOne() {
    processed++;
  }
}
