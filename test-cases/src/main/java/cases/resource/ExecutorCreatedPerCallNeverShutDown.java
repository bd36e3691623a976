package cases.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A fixed pool created on every call and never shut down: its four threads wait for work forever,
 * so every call leaves four more threads behind (and keeps the JVM from exiting).
 */
class ExecutorCreatedPerCallNeverShutDown {
  List<String> fetchAll(List<Callable<String>> tasks)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(4); // expect: UnclosedResource
    List<String> results = new ArrayList<String>();
    for (Future<String> result : pool.invokeAll(tasks)) {
      results.add(result.get());
    }
    return results;
  }

  /** Shut down on the normal path only: an interrupted invokeAll leaves the threads behind. */
  void runAll(List<Callable<String>> tasks) throws InterruptedException {
    ScheduledExecutorService pool = Executors.newScheduledThreadPool(2); // expect: UnclosedResource
    pool.invokeAll(tasks);
    pool.shutdown();
  }
}
