package cases.outerinstance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Silent: the lambdas capture only parameters and locals, not {@code this}, so nothing of the outer object is retained. */
class LambdaCapturingOnlyParameters {
  private static final ExecutorService POOL = Executors.newCachedThreadPool();

  void report(String message, int attempts) {
    String line = attempts + "x " + message;
    POOL.submit(() -> System.out.println(line));
    new Thread(() -> System.err.println(message)).start();
  }
}
