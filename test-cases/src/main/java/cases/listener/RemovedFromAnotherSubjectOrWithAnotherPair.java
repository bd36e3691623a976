package cases.listener;

/**
 * Flagged: stop() removes this object from another subject (its own bus), and from STATIC with
 * the other pair's method (unsubscribe ends subscribe, not addListener): neither registration
 * in start() is ever undone.
 */
class RemovedFromAnotherSubjectOrWithAnotherPair implements Runnable {
  private static final SharedBus STATIC = new SharedBus();
  private final SharedBus own = new SharedBus();

  void start() {
    SharedBus.register(this); // expect: ListenerLeak
    STATIC.addListener(this); // expect: ListenerLeak
  }

  void stop() {
    own.removeListener(this);
    STATIC.unsubscribe(this);
  }

  @Override
  public void run() {}
}
