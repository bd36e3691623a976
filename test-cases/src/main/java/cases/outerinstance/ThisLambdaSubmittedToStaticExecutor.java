package cases.outerinstance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Silent: a static pool holds a one-shot {@code this}-capturing task, and the object, only until
 * the task has run; that is what submitting it asks for, not a leak. A periodic schedule is
 * kept until cancelled ({@code MethodReferenceScheduledOnStaticScheduler}).
 */
class ThisLambdaSubmittedToStaticExecutor {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  private final int[] data = new int[1 << 16];

  void processLater() {
    POOL.submit(() -> this.process());
  }

  private void process() {
    data[0]++;
  }
}
