package cases.outerinstance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Flagged: a JVM-wide static pool holds the {@code this}-capturing task (and the object) for as long as it is queued or running. */
class ThisLambdaSubmittedToStaticExecutor {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  private final int[] data = new int[1 << 16];

  void processLater() {
    POOL.submit(() -> this.process()); // expect: OuterInstanceRetention
  }

  private void process() {
    data[0]++;
  }
}
