package cases.outerinstance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Silent: the lambda calls only a static method, so it captures no {@code this} even though it is written in an instance method. */
class StaticMethodLambdaOnStaticExecutor {
  private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

  void cleanUpLater() {
    POOL.submit(() -> deleteTempFiles());
  }

  private static void deleteTempFiles() {
    System.out.println("cleaning");
  }
}
