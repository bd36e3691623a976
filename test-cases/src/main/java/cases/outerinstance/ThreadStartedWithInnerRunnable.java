package cases.outerinstance;

/** Flagged: a started thread is a GC root; its non-static inner Runnable keeps the outer object alive while it runs. */
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
    new Thread(new Worker()).start(); // expect: OuterInstanceRetention
  }

  void stop() {
    running = false;
  }
}
