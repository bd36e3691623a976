package cases.outerinstance;

/** Flagged: a non-static inner Thread subclass holds its outer object for as long as the thread runs. */
class InnerThreadSubclassStarted {
  private final Object lock = new Object();

  private final class Poller extends Thread {
    @Override
    public void run() {
      synchronized (lock) {
        lock.notifyAll();
      }
    }
  }

  void begin() {
    new Poller().start(); // expect: OuterInstanceRetention
  }
}
