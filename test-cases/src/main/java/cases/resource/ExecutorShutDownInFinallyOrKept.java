package cases.resource;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Silent: pools shut down in a finally block, kept in a field for the object's lifetime (its
 * close() shuts it down), returned to the caller, or of a kind whose idle threads end by
 * themselves (a cached pool).
 */
class ExecutorShutDownInFinallyOrKept implements AutoCloseable {
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

  List<Future<String>> runAll(List<Callable<String>> tasks) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      return pool.invokeAll(tasks);
    } finally {
      pool.shutdown();
    }
  }

  ExecutorService newWorkers(int count) {
    ExecutorService workers = Executors.newScheduledThreadPool(count);
    return workers;
  }

  void fireAndForget(Runnable task) {
    ExecutorService pool = Executors.newCachedThreadPool();
    pool.execute(task);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
