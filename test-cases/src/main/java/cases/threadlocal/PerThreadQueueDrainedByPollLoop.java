package cases.threadlocal;

import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Not flagged: Undertow's PipeliningExecutor. A task running on a pool thread sets a new, empty
 * queue on it; tasks submitted while it runs are added to that queue (execute never takes out)
 * and the task's own method drains them with a poll() loop before it returns (it never adds).
 * Like a begin/end pair, what stays on the thread between tasks is an empty LinkedList, a JDK
 * object that pins nothing.
 */
class PerThreadQueueDrainedByPollLoop {
  private static final ThreadLocal<LinkedList<Runnable>> QUEUE = new ThreadLocal<>();
  private final Executor executor;

  PerThreadQueueDrainedByPollLoop(Executor executor) {
    this.executor = executor;
  }

  void execute(Runnable command) {
    List<Runnable> queue = QUEUE.get();
    if (queue != null) {
      queue.add(command);
      return;
    }
    executor.execute(() -> {
      LinkedList<Runnable> own = QUEUE.get();
      if (own == null) {
        QUEUE.set(own = new LinkedList<>());
      }
      runQuietly(command);
      Runnable next = own.poll();
      while (next != null) {
        runQuietly(next);
        next = own.poll();
      }
    });
  }

  private static void runQuietly(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      // logged and dropped, as the pool would
    }
  }
}
