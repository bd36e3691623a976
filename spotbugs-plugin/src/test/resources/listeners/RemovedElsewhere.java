package listeners;

class RemovedElsewhere implements Runnable {
  private static final Bus STATIC = new Bus();
  private final Bus own = new Bus();

  void start() {
    Bus.register(this); // flag
    STATIC.addListener(this); // flag
  }

  void stop() {
    own.removeListener(this); // another subject: removes nothing registered on STATIC
    STATIC.unsubscribe(this);
  }

  @Override
  public void run() {}
}
