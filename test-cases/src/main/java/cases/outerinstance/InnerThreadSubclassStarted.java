package cases.outerinstance;

/** Silent: the inner Thread subclass holds its outer object only while it runs, and it ends after one notify. */
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
    new Poller().start();
  }
}
