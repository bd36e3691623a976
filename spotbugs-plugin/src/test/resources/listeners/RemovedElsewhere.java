package listeners;

class RemovedElsewhere implements Runnable {
  private static final Bus STATIC = new Bus();

  void start() {
    Bus.register(this); // flag
    STATIC.addListener(this); // flag
  }

  void stop(Bus other) {
    other.removeListener(this);
    STATIC.unsubscribe(this);
  }

  @Override
  public void run() {}
}
