package cases.outerinstance;

/**
 * Silent: the thread running the inner Runnable is joined before the method returns, so it has
 * ended before the outer object could become garbage (precision first: nothing outlives the call).
 */
class ThreadJoinedBeforeReturn {
  private long result;

  private final class Compute implements Runnable {
    @Override
    public void run() {
      result = 42L;
    }
  }

  long computeOnWorker() throws InterruptedException {
    Thread worker = new Thread(new Compute());
    worker.start();
    worker.join();
    return result;
  }
}
