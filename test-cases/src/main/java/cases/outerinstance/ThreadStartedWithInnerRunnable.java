package cases.outerinstance;

/**
 * Silent: the running thread keeps its inner Runnable, and so the outer object, only until
 * {@code stop()} ends the loop: the object lives as long as the work it started, as intended.
 */
class ThreadStartedWithInnerRunnable {
  private volatile boolean running = true;

  private final class Worker implements Runnable {
    @Override
    public void run() {
      while (running) {
        Thread.yield();
      }
    }
  }

  void start() {
    new Thread(new Worker()).start();
  }

  void stop() {
    running = false;
  }
}
